/**
 * Where "Insert caption after" puts a new caption: in the free time after the current caption,
 * keeping the profile's gap on both sides, and never over the next caption. When the gap is too
 * small for a caption, it says how much time there is instead of making an overlap. Section
 * headings are markers between captions, so they take no time and never block a new caption.
 */

import type { Cue } from '../model/cue'

/** How long a new caption is when the gap allows it. */
export const NEW_CAPTION_MS = 1500

/** The room rules: the gap kept from neighbours and the shortest caption worth inserting (the profile's). */
export type InsertRoom = Readonly<{ minGapMs: number; minLengthMs: number; lengthMs?: number }>

/** Where the new caption goes, or how little time there is before `next` (the caption in the way). */
export type InsertSlot =
  Readonly<{ ok: true; startMs: number; endMs: number }> | Readonly<{ ok: false; freeMs: number; next: Cue }>

const isMarker = (cue: Cue): boolean => cue.kind === 'heading'

/**
 * The first free stretch at or after `fromMs`: after every caption already on screen by then (plus
 * the gap), up to the start of the next caption (less the gap). Captions starting at or after
 * `fromMs` are never stepped over: if the first of them is too close, there is no room. Linear.
 */
export function slotFrom(cues: readonly Cue[], fromMs: number, room: InsertRoom, self?: Cue): InsertSlot {
  const gap = Math.max(0, room.minGapMs)
  const from = Math.max(0, Math.round(fromMs))
  // After the current caption the gap applies from its end; from the playhead, the new caption may start right there.
  let startMs = self && !isMarker(self) ? from + gap : from
  let next: Cue | undefined
  for (const cue of cues) {
    if (cue === self || isMarker(cue)) continue
    if (cue.startMs < from) {
      // Still on screen (or too close behind): the new caption starts after it.
      if (cue.endMs + gap > startMs) startMs = cue.endMs + gap
      continue
    }
    next = cue
    break
  }
  const limit = next ? next.startMs - gap : Number.POSITIVE_INFINITY
  const freeMs = limit - startMs
  if (next && freeMs < Math.max(1, room.minLengthMs)) return { ok: false, freeMs: Math.max(0, freeMs), next }
  return { ok: true, startMs, endMs: startMs + Math.min(room.lengthMs ?? NEW_CAPTION_MS, freeMs) }
}

/** The slot after the cue at `index` (after a heading: from the heading's time, as the heading marks where a section starts). */
export function slotAfter(cues: readonly Cue[], index: number, room: InsertRoom): InsertSlot | undefined {
  const cue = cues[index]
  if (!cue) return undefined
  return slotFrom(cues, isMarker(cue) ? cue.startMs : cue.endMs, room, cue)
}
