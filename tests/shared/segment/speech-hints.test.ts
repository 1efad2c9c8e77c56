// Re-segmentation that follows the speech: pauses from the audio or the word stamps, speaker
// changes as hard boundaries, cue times at the speech onset and offset.
import { describe, expect, it } from 'vitest'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../../../shared/model'
import { segmentWords } from '../../../shared/segment/segment-words'
import { hintsFromPauses, hintsFromWords } from '../../../shared/segment/speech-hints'

/** Words stamped by start only, each lasting until the next one (as YouTube stamps them). */
const stamped = (text: string, starts: number[]) =>
  text.split(' ').map((w, i) => ({ startMs: starts[i]!, endMs: starts[i + 1] ?? starts[i]! + 400, text: w }))

describe('re-segmentation that follows the speech', () => {
  const text = 'we came here today to talk about housing and then we will hear from the tenants themselves'
  const starts = text.split(' ').map((_, i) => 1000 + i * 300 + (i >= 10 ? 700 : 0))

  it('ends a caption at a pause heard in the audio rather than filling the line, and starts the next at the onset', () => {
    const words = stamped(text, starts)
    const pauseStart = starts[9]! + 280
    const hints = hintsFromPauses(words, [{ startMs: pauseStart, endMs: starts[10]! - 20, depth: 20 }])
    const cues = segmentWords(words, ACCESSIBLE_DEFAULT_PROFILE, false, hints)
    expect(cues[0]!.text.replace('\n', ' ')).toBe('we came here today to talk about housing and then')
    expect(cues[0]!.endMs).toBe(pauseStart + hints.leadOutMs)
    expect(cues[1]!.startMs).toBe(starts[10]! - 20)
    expect(cues.flatMap((c) => c.words!.map((w) => w.text)).join(' ')).toBe(text)
  })

  it('a speaker change always starts a caption, however short the one before', () => {
    const words = stamped('yes please go on they listen first', [0, 300, 600, 900, 1150, 1450, 1750])
    const breaks = new Uint8Array(words.length)
    breaks[4] = 1
    const cues = segmentWords(words, ACCESSIBLE_DEFAULT_PROFILE, false, hintsFromWords(words, breaks))
    expect(cues.map((c) => c.text)).toEqual(['yes please go on', 'they listen first'])
  })

  it('a hesitation after "the" is no place to cut, though a pause after "on" at a sentence end is', () => {
    const words = stamped(
      'i work with the university yes please go on they listen',
      [0, 200, 400, 600, 1400, 2000, 2200, 2400, 2600, 3400, 3600],
    )
    const pauses = [
      { startMs: 780, endMs: 1380, depth: 20 },
      { startMs: 2780, endMs: 3380, depth: 20 },
    ]
    const cues = segmentWords(words, ACCESSIBLE_DEFAULT_PROFILE, false, hintsFromPauses(words, pauses))
    expect(cues.map((c) => c.text.replace('\n', ' '))).toEqual([
      'i work with the university yes please go on',
      'they listen',
    ])
  })

  it('without audio, a word stamped far longer than its letters need is followed by a pause', () => {
    const words = stamped('so that is it we start now', [0, 250, 500, 750, 2300, 2550, 2800])
    const hints = hintsFromWords(words)
    expect(hints.pauseAfterMs[3]).toBeGreaterThan(1000)
    expect(hints.pauseAfterMs[1]).toBe(0)
    expect(segmentWords(words, ACCESSIBLE_DEFAULT_PROFILE, false, hints).map((c) => c.text)).toEqual([
      'so that is it',
      'we start now',
    ])
  })
})
