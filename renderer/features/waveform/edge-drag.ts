/**
 * Turns a region drag into cue time changes. Dragging the shared edge of two touching cues moves
 * both; nothing is allowed to cross a neighbour or shrink below the minimum length.
 */

import type { CaptionDocument } from '../../../shared/model/document'
import type { CueId } from '../../../shared/model/ids'
import type { TimingPatch } from '../../state/actions'

/** Cues closer than this count as touching (automated captions often leave a few ms). */
export const TOUCH_MS = 40
/** The shortest a cue may become by dragging. */
export const MIN_CUE_MS = 100

/** How the region moved: a resize of one edge, or a move of the whole region. */
export type RegionDrag = Readonly<{ id: CueId; startMs: number; endMs: number; side?: 'start' | 'end' }>

/** The time patches for a drag (empty when the cue is gone). */
export function patchesForDrag(doc: CaptionDocument, drag: RegionDrag): TimingPatch[] {
  const index = doc.cues.findIndex((c) => c.id === drag.id)
  if (index < 0) return []
  const cue = doc.cues[index]!
  const prev = doc.cues[index - 1]
  const next = doc.cues[index + 1]
  const startMs = Math.round(drag.startMs)
  const endMs = Math.round(drag.endMs)

  if (drag.side === 'start') {
    const touching = prev !== undefined && Math.abs(cue.startMs - prev.endMs) <= TOUCH_MS
    const lower = prev ? (touching ? prev.startMs + MIN_CUE_MS : prev.endMs) : 0
    const newStart = clamp(startMs, lower, cue.endMs - MIN_CUE_MS)
    const patches: TimingPatch[] = [{ id: cue.id, startMs: newStart, endMs: cue.endMs }]
    if (touching && prev) patches.unshift({ id: prev.id, startMs: prev.startMs, endMs: newStart })
    return patches
  }
  if (drag.side === 'end') {
    const touching = next !== undefined && Math.abs(next.startMs - cue.endMs) <= TOUCH_MS
    const upper = next ? (touching ? next.endMs - MIN_CUE_MS : next.startMs) : Number.MAX_SAFE_INTEGER
    const newEnd = clamp(endMs, cue.startMs + MIN_CUE_MS, upper)
    const patches: TimingPatch[] = [{ id: cue.id, startMs: cue.startMs, endMs: newEnd }]
    if (touching && next) patches.push({ id: next.id, startMs: newEnd, endMs: next.endMs })
    return patches
  }
  // A move keeps the length and stays between the neighbours.
  const length = cue.endMs - cue.startMs
  const lower = prev ? prev.endMs : 0
  const upper = next ? next.startMs - length : Number.MAX_SAFE_INTEGER
  const newStart = upper < lower ? cue.startMs : clamp(startMs, lower, upper)
  return [{ id: cue.id, startMs: newStart, endMs: newStart + length }]
}

const clamp = (value: number, lo: number, hi: number): number => Math.min(Math.max(value, lo), Math.max(lo, hi))
