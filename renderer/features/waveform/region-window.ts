/**
 * Which cues get a live wavesurfer region. The Regions plugin slows badly with thousands of
 * regions (every region listens to every scroll), so only cues near the visible part of the
 * waveform are regions; the rest exist only in the store and the list.
 */

import type { Cue } from '../../../shared/model/cue'
import { cueIndexAt } from '../../../shared/model/document'

/** At most this many regions are alive at once. */
export const MAX_LIVE_REGIONS = 200

/** The cues to show for a visible time span, with one screen of margin on each side. */
export function cuesNearView(
  cues: readonly Cue[],
  visibleStartMs: number,
  visibleEndMs: number,
  max = MAX_LIVE_REGIONS,
): readonly Cue[] {
  const span = Math.max(1, visibleEndMs - visibleStartMs)
  const from = visibleStartMs - span
  const to = visibleEndMs + span
  // Cues are sorted by start; one that started before `from` may still reach into view. The running
  // maximum of end times says how far back such a cue can be, so the step back stops as soon as none can.
  const maxEnd = prefixMaxEnd(cues)
  let first = Math.max(0, cueIndexAt(cues, from))
  while (first > 0 && maxEnd[first - 1]! >= from) first--
  const out: Cue[] = []
  for (let i = first; i < cues.length && cues[i]!.startMs <= to; i++) {
    if (cues[i]!.endMs >= from) out.push(cues[i]!)
  }
  if (out.length <= max) return out
  // Too many (zoomed far out): keep those nearest the middle of the view.
  const middle = (visibleStartMs + visibleEndMs) / 2
  return [...out]
    .sort((a, b) => Math.abs(a.startMs - middle) - Math.abs(b.startMs - middle))
    .slice(0, max)
    .sort((a, b) => a.startMs - b.startMs)
}

const prefixCache = new WeakMap<readonly Cue[], Float64Array>()

/** For each index, the latest end time of any cue up to it (cached per cue array: documents are immutable). */
function prefixMaxEnd(cues: readonly Cue[]): Float64Array {
  let cached = prefixCache.get(cues)
  if (!cached) {
    cached = new Float64Array(cues.length)
    let max = -Infinity
    cues.forEach((cue, i) => {
      max = Math.max(max, cue.endMs)
      cached![i] = max
    })
    prefixCache.set(cues, cached)
  }
  return cached
}

/** What to do to the live regions to match the wanted cues. */
export type RegionDiff = Readonly<{ add: readonly Cue[]; update: readonly Cue[]; remove: readonly string[] }>

/** Compares live regions (id → the cue they were made from) with the wanted cues. */
export function diffRegions(live: ReadonlyMap<string, Cue>, wanted: readonly Cue[]): RegionDiff {
  const wantedIds = new Set(wanted.map((c) => c.id as string))
  const add: Cue[] = []
  const update: Cue[] = []
  for (const cue of wanted) {
    const existing = live.get(cue.id)
    if (!existing) add.push(cue)
    else if (existing !== cue) update.push(cue)
  }
  const remove = [...live.keys()].filter((id) => !wantedIds.has(id))
  return { add, update, remove }
}
