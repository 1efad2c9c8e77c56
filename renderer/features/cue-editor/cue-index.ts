/**
 * Where a caption sits in the list, found without a scan in the usual case. Store selectors run on
 * every dispatch (each keystroke, each playhead tick), and a scan of 10,000 captions for the current
 * one in each of them adds up; an edit keeps the captions in place, so the last place found is
 * checked first. Ids are unique, so a hit there is the answer.
 */

import type { Cue } from '../../../shared/model/cue'

let lastIndex = -1

/** The index of the caption with `id` in `cues`, or -1 (the same answer as `findIndex`). */
export function cueIndexOf(cues: readonly Cue[], id: string | undefined): number {
  if (id === undefined) return -1
  if (cues[lastIndex]?.id === id) return lastIndex
  const index = cues.findIndex((c) => c.id === id)
  if (index >= 0) lastIndex = index
  return index
}

/** The caption with `id` in `cues`, if any. */
export function cueById(cues: readonly Cue[], id: string | undefined): Cue | undefined {
  const index = cueIndexOf(cues, id)
  return index < 0 ? undefined : cues[index]
}
