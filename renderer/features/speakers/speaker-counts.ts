/**
 * How many captions each speaker has, kept for the speakers panel without a pass over every caption
 * per keystroke: captions are immutable, so against the list last counted only the changed entries
 * are looked at, and the same Map comes back while the counts stay the same (the panel does not
 * re-render while typing).
 */

import type { Cue } from '../../../shared/model/cue'

/** Captions per speaker id. */
export type SpeakerCounts = ReadonlyMap<string, number>

let lastCues: readonly Cue[] | undefined
let lastCounts: SpeakerCounts = new Map()

function countAll(cues: readonly Cue[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const cue of cues) if (cue.speakerId) counts.set(cue.speakerId, (counts.get(cue.speakerId) ?? 0) + 1)
  return counts
}

/** The counts for `cues`; the previous Map itself when they did not change. */
export function speakerCounts(cues: readonly Cue[]): SpeakerCounts {
  if (cues === lastCues) return lastCounts
  const before = lastCues
  lastCues = cues
  if (!before || before.length !== cues.length) return changedTo(countAll(cues))
  let next: Map<string, number> | undefined
  for (let i = 0; i < cues.length; i++) {
    const was = before[i]!
    const now = cues[i]!
    if (was === now || was.speakerId === now.speakerId) continue
    next ??= new Map(lastCounts)
    if (was.speakerId) next.set(was.speakerId, (next.get(was.speakerId) ?? 0) - 1)
    if (now.speakerId) next.set(now.speakerId, (next.get(now.speakerId) ?? 0) + 1)
  }
  return next ? changedTo(next) : lastCounts
}

/** Keeps `counts` as the latest, unless it says the same as before (then the old Map stays, for equality). */
function changedTo(counts: Map<string, number>): SpeakerCounts {
  for (const [id, n] of counts) if (n === 0) counts.delete(id)
  if (counts.size === lastCounts.size && [...counts].every(([id, n]) => lastCounts.get(id) === n)) return lastCounts
  lastCounts = counts
  return counts
}
