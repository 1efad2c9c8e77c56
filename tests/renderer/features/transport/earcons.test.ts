import { describe, expect, it } from 'vitest'
import { createEarcons, crossings, EARCON_TONES } from '../../../../renderer/features/transport/earcons'

const cues = [
  { startMs: 1000, endMs: 2000 },
  { startMs: 2000, endMs: 3000 },
  { startMs: 4000, endMs: 5000 },
]

describe('earcon timing', () => {
  it('finds the starts and ends passed in one playback step, an end before a touching start', () => {
    expect(crossings(cues, 900, 1016)).toEqual([{ kind: 'start', cueIndex: 0 }])
    expect(crossings(cues, 1990, 2010)).toEqual([
      { kind: 'end', cueIndex: 0 },
      { kind: 'start', cueIndex: 1 },
    ])
    expect(crossings(cues, 2100, 2200)).toEqual([])
  })

  it('stays quiet when seeking backwards or jumping far ahead', () => {
    expect(crossings(cues, 3000, 900)).toEqual([])
    expect(crossings(cues, 0, 4500)).toEqual([])
  })

  it('rises for a start and falls for an end, and is silent without Web Audio', () => {
    expect(EARCON_TONES.start.toHz).toBeGreaterThan(EARCON_TONES.start.fromHz)
    expect(EARCON_TONES.end.toHz).toBeLessThan(EARCON_TONES.end.fromHz)
    expect(() => createEarcons().play('start')).not.toThrow()
  })
})
