import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { breakLines, joinLines, lineBreakTraits, lineStarts } from '../../../shared/quality/line-break'

const limits = { maxCharsPerLine: 42, maxLines: 2 }

describe('caption line breaking', () => {
  it('keeps a caption that fits on one line', () => {
    expect(breakLines('We will start by hearing\nhow it works.', limits)).toBe('We will start by hearing how it works.')
  })

  it('balances two lines and breaks after punctuation', () => {
    expect(breakLines('When we talk about co-production, we mean three different things.', limits)).toBe(
      'When we talk about co-production,\nwe mean three different things.',
    )
  })

  it('never ends a line with an article or preposition', () => {
    const out = breakLines('The relationship between the citizens of the city and the state government', limits)
    for (const line of out.split('\n').slice(0, -1)) expect(line).not.toMatch(/\b(the|of|and|between)$/i)
    expect(out.split('\n').every((l) => l.length <= 42)).toBe(true)
  })

  it('keeps first and last names together', () => {
    const out = breakLines('Today we are joined by our guest speaker Niccola Hutchinson-Pascal from UCL', limits)
    expect(out).not.toMatch(/Niccola\n/)
  })

  it('never breaks inside a word and never loses or reorders words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z',.]{1,12}$/), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 10, max: 50 }),
        fc.integer({ min: 1, max: 3 }),
        (words, max, lines) => {
          const out = breakLines(words.join(' '), { maxCharsPerLine: max, maxLines: lines })
          expect(out.split(/\s+/)).toEqual(words)
          expect(out.split('\n').length).toBeLessThanOrEqual(lines)
        },
      ),
    )
  })

  it('keeps names in other alphabets together, and breaks after a dash as after a comma', () => {
    expect(breakLines('We now welcome to the stage our guest Élan Ŵyn from the council offices', limits)).not.toMatch(
      /Élan\n/,
    )
    expect(breakLines('The group divided into three — the first met on Tuesdays at the hall', limits)).toBe(
      'The group divided into three —\nthe first met on Tuesdays at the hall',
    )
  })

  it('gives the same lines from word lengths and traits as from the text', () => {
    const word = fc.oneof(
      fc.stringMatching(/^[A-Za-z',.!?;:()"\-–—]{1,12}$/),
      fc.constantFrom('Élan', 'ŵyr', 'İstanbul', '"Hi."', 'the', 'and'),
    )
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (words, maxCharsPerLine, maxLines) => {
          const lineLimits = { maxCharsPerLine, maxLines }
          const starts = lineStarts(
            words.map((w) => w.length),
            words.map(lineBreakTraits),
            0,
            words.length,
            lineLimits,
          )
          expect(joinLines(words, 0, words.length, (w) => w, starts)).toBe(breakLines(words.join(' '), lineLimits))
        },
      ),
    )
  })
})
