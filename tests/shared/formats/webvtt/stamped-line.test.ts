// The fast reader for YouTube's word-stamped lines gives exactly what the general cue-text reader
// gives, or leaves the line to it; and it does read the lines YouTube writes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readStampedLine, scanCueText } from '../../../../shared/formats/webvtt/index'
import type { Word } from '../../../../shared/model'

const stamp = (ms: number) => `<${new Date(ms).toISOString().slice(11, 23)}>`

/** Lines from YouTube's pieces, and from pieces that leave its layout. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20_000 }).map(stamp) },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '<c> word</c>',
      '<c> two words</c>',
      '<c.colorE5E5E5> tinted</c>',
      ' plain',
      'first',
      '  ',
      '\t',
      '\u00a0',
      '\n',
      '\n \n',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '&amp;',
      '<b>',
      '</i>',
      '<c',
      '<00:61:00.000>',
      '<1:00:00.000>',
      '<v Bob>',
      'x<00:00:02.000>y',
      '<c>glued</c>',
      '>',
      'ŵ',
      '😀',
    ),
  },
)
const line = fc.array(piece, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''))

describe('reading word-stamped lines', () => {
  it('gives the general reader’s words, or appends nothing and leaves the line to it', () => {
    fc.assert(
      fc.property(
        line,
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: -2000, max: 20_000 }),
        fc.string({ maxLength: 3 }),
        (text, startMs, length, before) => {
          // The line sits inside a longer text, as it does in a file.
          const src = `${before}\n${text}\nafter`
          const from = before.length + 1
          const into: Word[] = [{ startMs: 0, endMs: 0, text: 'kept' }]
          const read = readStampedLine(src, from, from + text.length, startMs, startMs + length, into)
          const general = scanCueText(text, startMs, startMs + length, true)
          if (read) expect(into.slice(1)).toEqual(general.words ?? [])
          else expect(into).toEqual([{ startMs: 0, endMs: 0, text: 'kept' }])
          if (read)
            expect(
              into
                .slice(1)
                .map((w) => w.text)
                .join(' '),
            ).toBe(general.text.replace(/\s+/g, ' ').trim())
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('reads YouTube’s own layout itself', () => {
    const youtube =
      'Government<00:00:01.033><c> citizens</c><00:00:01.305><c> health</c><00:00:01.567><c.colorE5E5E5> together</c>'
    const words: Word[] = []
    expect(readStampedLine(youtube, 0, youtube.length, 500, 3362, words)).toBe(true)
    expect(words).toEqual([
      { startMs: 500, endMs: 1033, text: 'Government' },
      { startMs: 1033, endMs: 1305, text: 'citizens' },
      { startMs: 1305, endMs: 1567, text: 'health' },
      { startMs: 1567, endMs: 3362, text: 'together' },
    ])
  })

  it('leaves lines with references, other tags or words across a tag to the general reader', () => {
    for (const text of [
      'a &amp; b<00:00:01.000><c> c</c>',
      '<i>a</i><00:00:01.000><c> b</c>',
      'a<00:00:01.000>b',
      'no stamps at all',
    ]) {
      expect(readStampedLine(text, 0, text.length, 0, 2000, [])).toBe(false)
    }
  })
})
