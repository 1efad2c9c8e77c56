/**
 * Part of the tidy-up: a gap between two captions shorter than the profile's minimum gap is closed
 * (the first caption stays up until the next one starts), as the "Close the gap" fix would. Such
 * gaps (often 10 ms, where the automated captions' lines met) are too short for viewers to see and
 * would otherwise each be listed as a problem.
 */

import type { Cue } from '../model/cue'

/** The cues with every gap under `minGapMs` closed; cues that need no change are kept as they are. */
export function closeSmallGaps(cues: readonly Cue[], minGapMs: number): Cue[] {
  return cues.map((cue, i) => {
    const next = cues[i + 1]
    const gap = next ? next.startMs - cue.endMs : -1
    return next && gap > 0 && gap < minGapMs ? { ...cue, endMs: next.startMs } : cue
  })
}
