// Re-segmentation breaks each new cue's lines from word traits worked out once; its contract is that
// every cue reads exactly as breakLines would set its words, whatever the words look like.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../../../shared/model'
import { breakLines } from '../../../shared/quality/line-break'
import { segmentWords, type StreamWord } from '../../../shared/segment/segment-words'

/** Words as transcripts have them, and a few that are not single tokens. */
const wordText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      'the',
      'The',
      'and',
      'so',
      'Beth',
      'Perry',
      'of',
      'co-production,',
      '"Hi."',
      'end.',
      'wait;',
      'dash—',
      'Élan',
      'ŵyr',
      'İstanbul',
      "it's",
      '(yes)',
      'a',
    ),
  },
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z',.!?;:()"\-–—]{1,12}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', 'two words', 'line\nbreak', '\u00a0') },
)

const stream = fc
  .array(
    fc.record({ text: wordText, gap: fc.integer({ min: 0, max: 2500 }), length: fc.integer({ min: 0, max: 900 }) }),
    { maxLength: 120 },
  )
  .map((items) => {
    let at = 0
    return items.map(({ text, gap, length }): StreamWord => {
      at += gap
      const word = { startMs: at, endMs: at + length, text }
      at += length
      return word
    })
  })

describe('re-segmentation', () => {
  it('sets every cue’s lines exactly as breakLines sets its words', () => {
    fc.assert(
      fc.property(
        stream,
        fc.integer({ min: 8, max: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (words, maxCharsPerLine, maxLines) => {
          const profile = { ...ACCESSIBLE_DEFAULT_PROFILE, maxCharsPerLine, maxLines }
          for (const cue of segmentWords(words, profile)) {
            expect(cue.text).toBe(breakLines((cue.words ?? []).map((w) => w.text).join(' '), profile))
          }
        },
      ),
      { numRuns: 400 },
    )
  })

  it('keeps a name and its surname on one line and breaks after the clause', () => {
    const texts = 'Today we are joined by our guest Niccola Hutchinson-Pascal, who works on co-production.'.split(' ')
    const words = texts.map((text, k) => ({ startMs: k * 300, endMs: k * 300 + 250, text }))
    const [cue] = segmentWords(words, ACCESSIBLE_DEFAULT_PROFILE)
    expect(cue!.text).toBe('Today we are joined by our guest\nNiccola Hutchinson-Pascal,')
  })
})
