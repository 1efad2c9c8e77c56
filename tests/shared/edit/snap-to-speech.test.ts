// Snap to speech: chosen captions' edges move to the nearest onset/offset in a small window, never over a neighbour.
import { describe, expect, it } from 'vitest'
import { snapToSpeech } from '../../../shared/edit/snap-to-speech'
import { asCueId } from '../../../shared/model/ids'

const cue = (n: number, startMs: number, endMs: number) => ({
  id: asCueId(`c${n}`),
  startMs,
  endMs,
  text: `caption ${n}`,
})
const pauses = [
  { startMs: 0, endMs: 1_040, depth: 30 },
  { startMs: 3_120, endMs: 3_700, depth: 25 },
  { startMs: 6_300, endMs: 9_000, depth: 30 },
]

describe('snap to speech', () => {
  it('moves the chosen captions to the speech onset and offset within the window', () => {
    const cues = [cue(1, 1_200, 3_400), cue(2, 3_500, 6_000)]
    expect(snapToSpeech(cues, new Set([cues[0]!.id, cues[1]!.id]), pauses, { windowMs: 400 })).toEqual([
      { id: cues[0]!.id, startMs: 1_040, endMs: 3_120 },
      { id: cues[1]!.id, startMs: 3_700, endMs: 6_300 },
    ])
  })

  it('leaves edges with no speech edge near them, and captions not chosen, as they are', () => {
    const cues = [cue(1, 1_200, 2_000), cue(2, 4_500, 6_000)]
    expect(snapToSpeech(cues, new Set([cues[0]!.id]), pauses, { windowMs: 400 })).toEqual([
      { id: cues[0]!.id, startMs: 1_040, endMs: 2_000 },
    ])
  })

  it('never moves an edge over a neighbour that was not chosen, and keeps the lead-out and gap', () => {
    const cues = [cue(1, 1_100, 3_050), cue(2, 3_150, 5_000)]
    const [patch] = snapToSpeech(cues, new Set([cues[0]!.id]), pauses, { windowMs: 400, leadOutMs: 200, minGapMs: 80 })
    expect(patch).toEqual({ id: cues[0]!.id, startMs: 1_040, endMs: 3_070 })
  })
})
