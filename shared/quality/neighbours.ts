/**
 * Which captions count as a caption's neighbours for timing. A section heading is a marker between
 * captions, not something a viewer reads against the clock: timing rules and fixes skip over it.
 */

import type { Cue } from '../model/cue'

/** True for cues that take screen time (everything but section headings). */
export const isTimed = (cue: Cue): boolean => cue.kind !== 'heading'

/** The nearest timed cues before and after `index` (headings are stepped over; they are rare, so the walk is short). */
export function timedNeighbours(
  cues: readonly Cue[],
  index: number,
): { previous: Cue | undefined; next: Cue | undefined } {
  let p = index - 1
  while (p >= 0 && !isTimed(cues[p]!)) p--
  let n = index + 1
  while (n < cues.length && !isTimed(cues[n]!)) n++
  return { previous: cues[p], next: cues[n] }
}
