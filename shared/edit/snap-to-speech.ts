/**
 * Snap to speech: moves captions' edges to where the speech starts and stops. A start goes to the
 * nearest speech onset (the end of a pause) and an end to the nearest offset (the start of a pause),
 * each only within a small window, and never over a neighbouring caption.
 */

import type { Cue } from '../model/cue'
import type { CueId } from '../model/ids'
import type { SpeechPause } from '../segment/pauses'

/** New times for one caption. */
export type SnapPatch = Readonly<{ id: CueId; startMs: number; endMs: number }>

/** How far an edge may move, the time kept after the speech stops, and the gap kept between captions. */
export type SnapOptions = Readonly<{ windowMs?: number; leadOutMs?: number; minGapMs?: number }>

/** The value in the sorted `values` nearest to `t` within `window`, or undefined. */
function nearest(values: readonly number[], t: number, window: number): number | undefined {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid]! < t) lo = mid + 1
    else hi = mid
  }
  let best: number | undefined
  for (const k of [lo - 1, lo]) {
    const v = values[k]
    if (v !== undefined && Math.abs(v - t) <= window && (best === undefined || Math.abs(v - t) < Math.abs(best - t)))
      best = v
  }
  return best
}

/** The patches that snap the captions `ids` (in `cues`, in time order) to the speech; unchanged ones are left out. */
export function snapToSpeech(
  cues: readonly Cue[],
  ids: ReadonlySet<CueId>,
  pauses: readonly SpeechPause[],
  options: SnapOptions = {},
): SnapPatch[] {
  const window = options.windowMs ?? 400
  const leadOut = options.leadOutMs ?? 0
  const gap = options.minGapMs ?? 0
  const onsets = pauses.map((p) => p.endMs)
  const offsets = pauses.map((p) => p.startMs)
  const patches: SnapPatch[] = []
  let previousEnd = Number.NEGATIVE_INFINITY
  cues.forEach((cue, k) => {
    if (!ids.has(cue.id)) {
      previousEnd = cue.endMs
      return
    }
    const next = cues[k + 1]
    const onset = nearest(onsets, cue.startMs, window)
    const offset = nearest(offsets, cue.endMs - leadOut, window)
    let startMs = onset ?? cue.startMs
    let endMs = offset !== undefined ? offset + leadOut : cue.endMs
    startMs = Math.max(startMs, previousEnd + gap, 0)
    if (next && !ids.has(next.id)) endMs = Math.min(endMs, next.startMs - gap)
    if (endMs <= startMs) ({ startMs, endMs } = cue)
    if (startMs !== cue.startMs || endMs !== cue.endMs) patches.push({ id: cue.id, startMs, endMs })
    previousEnd = endMs
  })
  return patches
}
