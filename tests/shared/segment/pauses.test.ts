// The pause finder on synthetic signals with known pauses: digital silence, a noise floor (room
// tone), a music bed under the speech, and quiet speech next to loud speech.
import { describe, expect, it } from 'vitest'
import { findPauses, frameLevels, type SpeechPause } from '../../../shared/segment/pauses'
import { seededRandom } from '../../helpers/generate-captions'

const RATE = 8000
const FRAME = 80 // 10 ms

/** "Speech": bursts of noise shaped like syllables (180 ms, 40 ms dips), for `ms`. */
function speech(ms: number, amplitude: number, random: () => number): number[] {
  const out: number[] = []
  for (let i = 0; i < (ms * RATE) / 1000; i++) {
    const inSyllable = i % (0.22 * RATE) < 0.18 * RATE
    out.push((random() * 2 - 1) * amplitude * (inSyllable ? 1 : 0.25))
  }
  return out
}

type Layout = readonly ({ speak: number; amplitude?: number } | { pause: number })[]

/** Builds a signal from the layout, with `bed(t)` added everywhere; returns it and the true pauses. */
function build(
  layout: Layout,
  bed: (i: number, random: () => number) => number,
): { samples: Float32Array; truth: { startMs: number; endMs: number }[] } {
  const random = seededRandom(5)
  const values: number[] = []
  const truth: { startMs: number; endMs: number }[] = []
  for (const part of layout) {
    const startMs = (values.length / RATE) * 1000
    if ('pause' in part) {
      for (let i = 0; i < (part.pause * RATE) / 1000; i++) values.push(0)
      truth.push({ startMs, endMs: startMs + part.pause })
    } else values.push(...speech(part.speak, part.amplitude ?? 0.3, random))
  }
  return { samples: Float32Array.from(values, (v, i) => v + bed(i, random)), truth }
}

/** Each true pause is found within 40 ms at both ends, and nothing else is found. */
function expectPauses(found: SpeechPause[], truth: { startMs: number; endMs: number }[]): void {
  expect(found.length).toBe(truth.length)
  truth.forEach((t, k) => {
    expect(Math.abs(found[k]!.startMs - t.startMs)).toBeLessThanOrEqual(40)
    expect(Math.abs(found[k]!.endMs - t.endMs)).toBeLessThanOrEqual(40)
    expect(found[k]!.depth).toBeGreaterThan(6)
  })
}

const LAYOUT: Layout = [
  { pause: 500 },
  { speak: 2400 },
  { pause: 200 },
  { speak: 1500 },
  { pause: 900 },
  { speak: 3000 },
  { pause: 350 },
  { speak: 800, amplitude: 0.08 },
  { pause: 1600 },
  { speak: 4200 },
  { pause: 400 },
]

describe('pauses in speech', () => {
  it('are found between speech over digital silence, the short (200 ms) ones too', () => {
    const { samples, truth } = build(LAYOUT, () => 0)
    expectPauses(findPauses(frameLevels(samples, FRAME), 10), truth)
  })

  it('are found over a noise floor (room tone 26 dB under the speech)', () => {
    const { samples, truth } = build(LAYOUT, (_, random) => (random() * 2 - 1) * 0.015)
    expectPauses(findPauses(frameLevels(samples, FRAME), 10), truth)
  })

  it('are found over a music bed (a chord under the speech), which never counts as speech', () => {
    const chord = (i: number) =>
      0.02 *
      (Math.sin((2 * Math.PI * 220 * i) / RATE) +
        Math.sin((2 * Math.PI * 277 * i) / RATE) +
        Math.sin((2 * Math.PI * 330 * i) / RATE))
    const { samples, truth } = build(LAYOUT, chord)
    expectPauses(findPauses(frameLevels(samples, FRAME), 10), truth)
  })

  it('gaps between syllables and pauses shorter than the minimum are not pauses', () => {
    const { samples } = build([{ speak: 3000 }, { pause: 100 }, { speak: 3000 }], () => 0)
    expect(findPauses(frameLevels(samples, FRAME), 10)).toEqual([])
  })

  it('all silence is one pause, and no input gives none', () => {
    expect(findPauses(new Float32Array(300), 10)).toEqual([{ startMs: 0, endMs: 3000, depth: 0 }])
    expect(findPauses(new Float32Array(0), 10)).toEqual([])
  })
})
