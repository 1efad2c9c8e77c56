import { describe, expect, it } from 'vitest'
import { rulerNotches, rulerSpacing } from '../../../../renderer/features/waveform/time-ruler'

describe('the time ruler under the waveform', () => {
  it('draws only the notches in view, however long the recording', () => {
    // An hour into a three-hour recording at 100 px a second, 1,000 px wide: 10 s in view.
    const notches = rulerNotches(3600, 1000, 100, 3 * 3600)
    expect(notches.length).toBeLessThan(15)
    expect(notches.filter((n) => n.x >= 0 && n.x <= 1000).map((n) => n.seconds)).toEqual([
      3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610,
    ])
    // Placed from the view's left edge, not from the start of the recording.
    expect(notches.find((n) => n.seconds === 3605)).toEqual({ x: 500, seconds: 3605, kind: 'secondary' })
    expect(notches.find((n) => n.seconds === 3610)?.kind).toBe('primary')
    expect(notches.find((n) => n.seconds === 3601)?.kind).toBe('tick')
  })

  it('spaces notches further apart as the view zooms out, and stops at the end of the recording', () => {
    expect(rulerSpacing(100).tick).toBe(1)
    expect(rulerSpacing(10).tick).toBe(5)
    expect(rulerSpacing(2).tick).toBe(15)
    expect(rulerSpacing(0.1).tick).toBe(300)
    const whole = rulerNotches(0, 1000, 1000 / 600, 600)
    expect(whole.at(-1)?.seconds).toBe(600)
    expect(whole.every((n) => n.seconds <= 600 && n.seconds >= 0)).toBe(true)
    expect(rulerNotches(0, 0, 100, 60)).toEqual([])
  })
})
