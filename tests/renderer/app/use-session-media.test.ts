import { describe, expect, it } from 'vitest'
import { peaksFromPayload } from '../../../renderer/app/use-session-media'

describe('peaks from main', () => {
  it('the whole recording: pairs as they come, scaled to −1..1', () => {
    const peaks = peaksFromPayload({ perSecond: 100, durationMs: 20, data: Int8Array.from([-127, 127, -64, 64]) })
    expect([...peaks.min]).toEqual([-1, -64 / 127].map(Math.fround))
    expect([...peaks.max]).toEqual([1, 64 / 127].map(Math.fround))
  })

  it('a window: its pairs where they belong in arrays as long as the recording, flat elsewhere', () => {
    const peaks = peaksFromPayload({
      perSecond: 100,
      durationMs: 100,
      startMs: 30,
      data: Int8Array.from([-127, 127, -127, 127]),
    })
    expect(peaks.min.length).toBe(10)
    expect([...peaks.max]).toEqual([0, 0, 0, 1, 1, 0, 0, 0, 0, 0])
    expect(peaks.durationMs).toBe(100)
  })
})
