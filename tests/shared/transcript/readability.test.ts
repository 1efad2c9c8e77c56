import { describe, expect, it } from 'vitest'
import { asCueId } from '../../../shared/model'
import { PLAIN_WORDS } from '../../../shared/transcript/plain-words'
import { applyPlainerWord, findPlainerWords } from '../../../shared/transcript/plainer-words'
import { documentReport, passivesIn } from '../../../shared/transcript/readability'
import { makeCue, makeDoc } from '../../helpers/builders'

// Hand-made captions with known findings: one long sentence across three captions, two passives,
// three wordy words (one of them a phrase, one an -ize spelling), a heading and a description.
const doc = makeDoc([
  makeCue(1, 'Welcome, everyone. Um, we will utilize the hall today.'),
  makeCue(2, 'In order to start, the report was written by the'),
  makeCue(3, 'committee last spring.'),
  makeCue(4, 'Introduction', { kind: 'heading' }),
  makeCue(5, 'We know that the money that we raised at the summer fair and the'),
  makeCue(6, 'winter market and the sponsored walk around the lake and the bake sale'),
  makeCue(7, 'went on books for the children. It has been agreed. We will commence soon.'),
  makeCue(8, '[The audience claps and the speaker was given flowers]', { kind: 'description' }),
])

describe('plain-English report of a caption document', () => {
  const report = documentReport(doc)

  it('counts words and sentences of the speech alone, after clean verbatim', () => {
    // "Um" is left out; the heading and the description are not speech.
    expect(report.sentences).toBe(6)
    expect(report.words).toBe(62)
    expect(report.averageSentenceWords).toBe(10.3)
  })

  it('gives reading ease (Flesch) and a reading age', () => {
    expect(report.readingEase).toBeGreaterThan(50)
    expect(report.readingEase).toBeLessThan(100)
    expect(report.readingAge).toBeGreaterThanOrEqual(8)
    expect(report.readingAge).toBeLessThanOrEqual(14)
  })

  it('finds the sentence over 25 words at the caption it starts in', () => {
    expect(report.longSentences).toEqual([
      {
        cueId: asCueId('c5'),
        startMs: 5000,
        words: 33,
        text: expect.stringMatching(/^We know that the money.*children\.$/),
      },
    ])
  })

  it('finds each passive sentence at the caption holding the passive', () => {
    expect(report.passives.map((p) => [p.cueId, p.phrase])).toEqual([
      ['c2', 'was written'],
      ['c7', 'been agreed'],
    ])
    expect(report.passives[0]!.text).toBe('In order to start, the report was written by the committee last spring.')
  })

  it('finds wordy words and phrases with plainer ones, in the case written', () => {
    expect(report.plainerWords).toEqual([
      { cueId: 'c1', startMs: 1000, word: 'utilize', suggestion: 'use' },
      { cueId: 'c2', startMs: 2000, word: 'In order to', suggestion: 'To' },
      { cueId: 'c7', startMs: 7000, word: 'commence', suggestion: 'start' },
    ])
  })

  it('an empty document has nothing to report', () => {
    expect(documentReport(makeDoc([]))).toMatchObject({
      readingEase: 0,
      readingAge: 0,
      words: 0,
      sentences: 0,
      longSentences: [],
      passives: [],
      plainerWords: [],
    })
  })
})

describe('plainer words', () => {
  it('keeps at least 150 pairs in British spelling', () => {
    const keys = Object.keys(PLAIN_WORDS)
    expect(keys.length).toBeGreaterThanOrEqual(150)
    expect(keys.filter((k) => /iz(e|ation)\b/.test(k))).toEqual([])
    expect(PLAIN_WORDS['utilise']).toBe('use')
    expect(PLAIN_WORDS['in order to']).toBe('to')
  })

  it('prefers the longest phrase and never matches inside a longer word', () => {
    expect(findPlainerWords('A large number of people provided cakes.').map((m) => m.word)).toEqual([
      'A large number of',
    ])
    expect(findPlainerWords('in order\nto help')[0]).toMatchObject({ word: 'in order\nto', suggestion: 'to' })
  })

  it('a plainer word is put in its caption keeping its capital letter', () => {
    const changed = applyPlainerWord(doc, asCueId('c2'), 'In order to')
    expect(changed.cues[1]!.text).toBe('To start, the report was written by the')
    expect(applyPlainerWord(changed, asCueId('c2'), 'In order to')).toBe(changed)
  })

  it('does not take "is even" or "are indeed" for passives', () => {
    expect(passivesIn('It is even better and they are indeed kind. The hall was booked.')).toEqual(['was booked'])
  })
})
