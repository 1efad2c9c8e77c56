// The voice-change finder on synthetic voices with known pitch: two voices handing over with no gap,
// one voice with pauses and intonation, a music bed under the speech, and two voices too alike to
// tell apart; then how a change of voice reaches re-segmentation through the list of pauses.
import { describe, expect, it } from 'vitest'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../../../shared/model'
import { findPauses } from '../../../shared/segment/pauses'
import { voiceFrames } from '../../../shared/segment/pitch'
import { segmentWords } from '../../../shared/segment/segment-words'
import { hintsFromPauses } from '../../../shared/segment/speech-hints'
import { findVoiceChanges, isVoiceChange, withVoiceChanges } from '../../../shared/segment/voice-changes'
import { seededRandom } from '../../helpers/generate-captions'

const RATE = 8000
const FRAME = 80 // 10 ms

type Part = Readonly<{ hz: number; ms: number } | { pause: number }>

/**
 * A voice: harmonics of a pitch that wanders ±8 % (intonation) in syllables of 180 ms with 40 ms dips,
 * breath noise between; pauses are silence. Returns the samples and where each part starts (ms).
 */
function voices(parts: readonly Part[], bed = 0): { samples: Float32Array; starts: number[] } {
  const random = seededRandom(9)
  const values: number[] = []
  const starts: number[] = []
  let phase = 0
  for (const part of parts) {
    starts.push((values.length / RATE) * 1000)
    const n = (('pause' in part ? part.pause : part.ms) * RATE) / 1000
    for (let i = 0; i < n; i++) {
      if ('pause' in part) {
        values.push(0)
        continue
      }
      const t = i / RATE
      const hz = part.hz * (1 + 0.08 * Math.sin(2 * Math.PI * 0.7 * t + part.hz))
      phase += (2 * Math.PI * hz) / RATE
      const inSyllable = i % (0.22 * RATE) < 0.18 * RATE
      let v = 0
      for (let h = 1; h <= 6; h++) v += Math.sin(h * phase) / h
      values.push(inSyllable ? 0.2 * v : (random() * 2 - 1) * 0.02)
    }
  }
  const samples = Float32Array.from(values, (v, i) => {
    const s = i / RATE
    return (
      v + bed * (Math.sin(2 * Math.PI * 196 * s) + Math.sin(2 * Math.PI * 247 * s) + Math.sin(2 * Math.PI * 294 * s))
    )
  })
  return { samples, starts }
}

/** The voice changes in samples, found as the media decode finds them (levels, pitch, pauses, then changes). */
function changesIn(samples: Float32Array) {
  const { rms, pitch } = voiceFrames(samples, FRAME, RATE)
  return findVoiceChanges(rms, pitch, 10, findPauses(rms, 10))
}

describe('pitch of each frame', () => {
  it('is the pitch of a voice within 3 %, and none in noise or silence', () => {
    const { samples } = voices([{ hz: 150, ms: 1000 }])
    const steady = Float32Array.from({ length: RATE }, (_, i) => Math.sin((2 * Math.PI * 150 * i) / RATE) * 0.3)
    const { pitch } = voiceFrames(steady, FRAME, RATE)
    const heard = [...pitch.slice(10)].filter((p) => p > 0)
    expect(heard.length).toBeGreaterThan(85)
    for (const p of heard) expect(Math.abs(p - 150) / 150).toBeLessThan(0.03)
    expect([...voiceFrames(samples, FRAME, RATE).pitch].filter((p) => p > 0).length).toBeGreaterThan(50)
    const random = seededRandom(3)
    const noise = Float32Array.from({ length: RATE }, () => (random() * 2 - 1) * 0.3)
    expect([...voiceFrames(noise, FRAME, RATE).pitch].filter((p) => p > 0).length).toBeLessThan(5)
    expect([...voiceFrames(new Float32Array(RATE), FRAME, RATE).pitch].every((p) => p === 0)).toBe(true)
  })
})

describe('changes of voice', () => {
  it('two voices handing over with no gap: one change, where the second starts', () => {
    const { samples, starts } = voices([{ pause: 300 }, { hz: 110, ms: 3000 }, { hz: 210, ms: 3000 }, { pause: 300 }])
    const found = changesIn(samples)
    expect(found).toHaveLength(1)
    expect(Math.abs(found[0]!.endMs - starts[2]!)).toBeLessThanOrEqual(60)
    expect(found[0]!.semitones).toBeGreaterThan(9)
  })

  it('a hand-over in a short gap, over a music bed 24 dB under the voices: one change, in the gap', () => {
    const { samples, starts } = voices(
      [{ hz: 200, ms: 2500 }, { pause: 120 }, { hz: 105, ms: 2500 }, { pause: 150 }, { hz: 240, ms: 2000 }],
      0.01,
    )
    const found = changesIn(samples)
    expect(found).toHaveLength(2)
    // The new voice's onset: after the last one stopped, and at most 100 ms into it (pitch is measured every 30 ms).
    for (const [k, gap] of [
      [0, 1],
      [1, 3],
    ] as const) {
      expect(found[k]!.endMs).toBeGreaterThanOrEqual(starts[gap]!)
      expect(found[k]!.endMs).toBeLessThanOrEqual(starts[gap + 1]! + 100)
    }
  })

  it('one steady voice with pauses and intonation: none', () => {
    const { samples } = voices([
      { hz: 130, ms: 2000 },
      { pause: 400 },
      { hz: 140, ms: 1500 },
      { pause: 200 },
      { hz: 125, ms: 3000 },
      { pause: 900 },
      { hz: 135, ms: 2500 },
    ])
    expect(changesIn(samples)).toEqual([])
  })

  it('two voices of nearly the same pitch are not told apart (the limit of this finder)', () => {
    const { samples } = voices([
      { hz: 120, ms: 3000 },
      { hz: 135, ms: 3000 },
    ])
    expect(changesIn(samples)).toEqual([])
  })
})

describe('a change of voice in re-segmentation', () => {
  // "thank you all for coming i agree with that": one stream of words with no pause at the hand-over.
  const texts = ['thank', 'you', 'all', 'for', 'coming', 'i', 'agree', 'with', 'that']
  const words = texts.map((text, k) => ({ startMs: 1000 + k * 300, endMs: 1000 + k * 300 + 290, text }))

  it('rides in the pause list as a zero-length entry of negative depth, in time order', () => {
    const list = withVoiceChanges(
      [
        { startMs: 200, endMs: 900, depth: 30 },
        { startMs: 3800, endMs: 4200, depth: 25 },
      ],
      [{ startMs: 2470, endMs: 2510, semitones: 11 }],
    )
    expect(list.map((p) => [p.startMs, p.endMs, p.depth])).toEqual([
      [200, 900, 30],
      [2510, 2510, -11],
      [3800, 4200, 25],
    ])
    expect(list.map(isVoiceChange)).toEqual([false, true, false])
  })

  it('starts a caption at the first word of the new voice, even when its stamp is a little early', () => {
    const plain = segmentWords(words, ACCESSIBLE_DEFAULT_PROFILE, false, hintsFromPauses(words, []))
    expect(plain).toHaveLength(1)
    for (const onset of [2500, 2560, 2420]) {
      const pauses = withVoiceChanges([], [{ startMs: onset - 30, endMs: onset, semitones: 11 }])
      const cues = segmentWords(words, ACCESSIBLE_DEFAULT_PROFILE, false, hintsFromPauses(words, pauses))
      expect(
        cues.map((c) => c.text.replace(/\n/g, ' ')),
        `onset ${onset}`,
      ).toEqual(['thank you all for coming', 'i agree with that'])
    }
  })

  it('far from any word stamp, or adding no break: a voice change is not a pause', () => {
    const pauses = withVoiceChanges([], [{ startMs: 8000, endMs: 8100, semitones: 11 }])
    const hints = hintsFromPauses(words, pauses)
    expect([...hints.breakBefore].every((b) => b === 0)).toBe(true)
    const near = hintsFromPauses(words, withVoiceChanges([], [{ startMs: 2480, endMs: 2500, semitones: 11 }]))
    expect([...near.pauseAfterMs].every((p) => p === 0)).toBe(true)
    expect([...near.onsetMs].every(Number.isNaN)).toBe(true)
  })
})
