// Bug (#16): a tidied 3-hour file listed 280 "gap too small" problems, 10 ms gaps where the
// automated captions' lines met, which the tidy-up should close itself.
import { describe, expect, it } from 'vitest'
import { closeSmallGaps } from '../../../shared/segment/close-gaps'
import { ACCESSIBLE_DEFAULT_PROFILE as P } from '../../../shared/model'
import { checkDocument } from '../../../shared/quality/checks'
import { makeDocument } from '../../../shared/model'
import { makeCue } from '../../helpers/builders'

describe('closing gaps too short to see', () => {
  it('extends a caption to the next one when the gap is under the minimum, and leaves wider gaps and touching captions alone', () => {
    const cues = [
      makeCue(1, 'a', { startMs: 0, endMs: 990 }),
      makeCue(2, 'b', { startMs: 1000, endMs: 1500 }),
      makeCue(3, 'c', { startMs: 2000, endMs: 2500 }),
      makeCue(4, 'd', { startMs: 2500, endMs: 3000 }),
    ]
    const closed = closeSmallGaps(cues, P.minGapMs)
    expect(closed.map((c) => [c.startMs, c.endMs])).toEqual([
      [0, 1000],
      [1000, 1500],
      [2000, 2500],
      [2500, 3000],
    ])
    expect(closed[1]).toBe(cues[1])
    expect(checkDocument(makeDocument(closed), P, { rules: ['gap-too-small'] })).toEqual([])
  })
})
