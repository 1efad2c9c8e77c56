import { describe, expect, it } from 'vitest'
import { captionSlotAt } from '../../../shared/edit/caption-slot'
import { makeCue } from '../../helpers/builders'

// Captions at 1.0–1.9 s, 2.0–2.9 s and 5.0–5.9 s (makeCue puts caption n at n s, 0.9 s long).
const cues = [makeCue(1, 'a'), makeCue(2, 'b'), makeCue(5, 'c')]

describe('a new caption at the playhead', () => {
  it('starts at the playhead and lasts 1.5 s when there is room', () => {
    expect(captionSlotAt(cues, 3000)).toEqual({ ok: true, startMs: 3000, endMs: 4500 })
    expect(captionSlotAt(cues, 6000)).toEqual({ ok: true, startMs: 6000, endMs: 7500 })
    expect(captionSlotAt([], 0)).toEqual({ ok: true, startMs: 0, endMs: 1500 })
  })

  it('stops where the next caption starts, so it never overlaps it', () => {
    expect(captionSlotAt(cues, 4000)).toEqual({ ok: true, startMs: 4000, endMs: 5000 })
  })

  it('says which caption is already there when the playhead is inside one, and when there is no room', () => {
    expect(captionSlotAt(cues, 2500)).toEqual({ ok: false, reason: 'inside', index: 1 })
    expect(captionSlotAt(cues, 4700)).toEqual({ ok: false, reason: 'no-room', index: 2 })
    expect(captionSlotAt(cues, 1950)).toEqual({ ok: false, reason: 'no-room', index: 1 })
  })
})
