import { describe, expect, it } from 'vitest'
import { asCueId, type Cue } from '../../../../shared/model'
import { cuesNearView, diffRegions, MAX_LIVE_REGIONS } from '../../../../renderer/features/waveform/region-window'

const cues: Cue[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: asCueId(`c${i}`),
  startMs: i * 1000,
  endMs: i * 1000 + 900,
  text: `cue ${i}`,
}))

describe('live region window', () => {
  it('keeps only cues within one screen either side of the view', () => {
    const near = cuesNearView(cues, 100_000, 120_000)
    expect(near[0]!.startMs).toBe(80_000)
    expect(near[near.length - 1]!.startMs).toBe(140_000)
    expect(near.length).toBe(61)
  })

  it('includes a long cue that started before the window but reaches into it', () => {
    const withLong = [
      ...cues.slice(0, 5),
      { id: asCueId('long'), startMs: 5000, endMs: 200_000, text: 'long' },
      ...cues.slice(5),
    ].sort((a, b) => a.startMs - b.startMs)
    expect(cuesNearView(withLong, 150_000, 160_000).some((c) => c.id === 'long')).toBe(true)
  })

  it('never returns more than the cap, even zoomed out over three hours', () => {
    const near = cuesNearView(cues, 0, 10_000_000)
    expect(near.length).toBe(MAX_LIVE_REGIONS)
    expect([...near].sort((a, b) => a.startMs - b.startMs)).toEqual(near)
  })

  it('diffs live regions against wanted cues by id and identity', () => {
    const live = new Map(cues.slice(0, 3).map((c) => [c.id as string, c]))
    const changed = { ...cues[1]!, text: 'changed' }
    const diff = diffRegions(live, [cues[0]!, changed, cues[3]!])
    expect(diff.add.map((c) => c.id)).toEqual(['c3'])
    expect(diff.update.map((c) => c.id)).toEqual(['c1'])
    expect(diff.remove).toEqual(['c2'])
  })
})
