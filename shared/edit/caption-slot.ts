/** Where a new caption fits at a moment of the recording without covering another one. */

import type { Cue } from '../model/cue'
import { cueIndexAt } from '../model/document'

/** A new caption shorter than this would be too brief to read, so there is said to be no room. */
export const MIN_NEW_CAPTION_MS = 500

/** Outcome: the times for the new caption, or the caption already showing at that moment, or no room before the next one. */
export type CaptionSlot =
  | Readonly<{ ok: true; startMs: number; endMs: number }>
  | Readonly<{ ok: false; reason: 'inside'; index: number }>
  | Readonly<{ ok: false; reason: 'no-room'; index: number }>

/** A caption of up to `lengthMs` starting at `atMs`, cut short before the next caption (keeping `gapMs` free). */
export function captionSlotAt(cues: readonly Cue[], atMs: number, lengthMs = 1500, gapMs = 0): CaptionSlot {
  const start = Math.max(0, Math.round(atMs))
  const before = cueIndexAt(cues, start)
  if (before >= 0 && cues[before]!.endMs > start) return { ok: false, reason: 'inside', index: before }
  const next = cues[before + 1]
  const endMs = Math.min(start + lengthMs, next ? next.startMs - gapMs : Number.POSITIVE_INFINITY)
  if (endMs - start < MIN_NEW_CAPTION_MS) return { ok: false, reason: 'no-room', index: before + 1 }
  return { ok: true, startMs: start, endMs }
}
