// Property tests for every registered format beyond the round-trip sweep (sweep.test.ts): import-only
// formats and raw bytes never throw, parse time grows linearly, and text with blank or blank-looking
// lines, `&`, `<`, `>` and `-->` survives a round trip in each format's normal form.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeCaptionBytes } from '../../../shared/formats/decode'
import { allFormats, detectFormat, formatById } from '../../../shared/formats/index'
import { readVttBlocks } from '../../../shared/formats/webvtt/index'
import type { CaptionFormat } from '../../../shared/formats/types'
import { makeDocument, type CaptionDocument } from '../../../shared/model'
import { arbitraryDocument, arbitraryLine } from '../../helpers/arbitraries'

/** Pieces of every format's syntax, so arbitrary text reaches deep into the parsers. */
const syntax = fc.constantFrom(
  'WEBVTT',
  '\n',
  '\r\n',
  '\n\n',
  '-->',
  ' --> ',
  '00:00:01.000',
  '00:01,500',
  '0:00:02.000,0:00:03.000',
  '1',
  '<v ',
  '<v Beth>',
  '</v>',
  '<b>',
  '</i>',
  '<c.x>',
  '<00:00:01.500>',
  '&amp;',
  '&lt',
  'NOTE',
  'STYLE',
  'REGION',
  'align:start',
  'Beth Perry: ',
  '{',
  '}',
  '"cues":',
  '[',
  ']',
  '"id"',
  '\ufeff',
  '\0',
  'ŵ',
  '😀',
  'x',
)
const captionish = fc
  .array(fc.oneof(syntax, fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(''))

describe('parsing never throws', () => {
  for (const format of allFormats()) {
    it(`${format.name}: caption-like arbitrary text gives a result and warnings with lines`, () => {
      fc.assert(
        fc.property(captionish, (text) => {
          const result = format.parse(text)
          for (const w of [...result.warnings, ...(result.fatal ? [result.fatal] : [])]) {
            expect(Number.isInteger(w.line) && w.line >= 1, w.message).toBe(true)
            expect(typeof w.message).toBe('string')
          }
          for (const cue of result.doc.cues) expect(cue.startMs >= 0 && cue.startMs <= cue.endMs).toBe(true)
        }),
        { numRuns: 400 },
      )
    })
  }

  it('arbitrary bytes decode or are refused, and whatever format is detected parses them', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      captionish.map((t) => new TextEncoder().encode(t)),
      captionish.map((t) => new Uint8Array(Buffer.from(`\ufeff${t}`, 'utf16le'))),
      captionish.map((t) => new Uint8Array(Buffer.from(t, 'utf16le').swap16())),
    )
    fc.assert(
      fc.property(bytes, fc.constantFrom('a.vtt', 'a.srt', 'a.sbv', 'a.json', 'a.eglur', 'a'), (data, name) => {
        const decoded = decodeCaptionBytes(data)
        if (!decoded.ok) {
          expect(decoded.fatal.line).toBe(1)
          return
        }
        const format = detectFormat(decoded.text, name)
        if (format) expect(Array.isArray(format.parse(decoded.text).warnings)).toBe(true)
      }),
      { numRuns: 600 },
    )
  })
})

/** The quickest of three runs, in ms: robust against a stray garbage collection. */
function fastest(run: () => void): number {
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const t = performance.now()
    run()
    best = Math.min(best, performance.now() - t)
  }
  return best
}

/**
 * How much longer 8× the input takes. Two cores are shared by many processes, so a slow-looking
 * ratio is measured again (up to `attempts` times), keeping the quickest time of each size seen so
 * far: noise only ever adds time and rarely repeats, a quadratic parser's extra time always does.
 */
function growth(parse: (text: string) => unknown, small: string, big: string, attempts = 5): number {
  parse(small) // warm up the JIT so the first timing is not the compile
  let bestSmall = Infinity
  let bestBig = Infinity
  const ratio = () => bestBig / Math.max(bestSmall, 1)
  for (let i = 0; i < attempts && (i === 0 || ratio() > LIMIT); i++) {
    bestSmall = Math.min(
      bestSmall,
      fastest(() => parse(small)),
    )
    bestBig = Math.min(
      bestBig,
      fastest(() => parse(big)),
    )
  }
  return ratio()
}

/** The smallest n (from 250, doubling, at most 8000) whose input takes 4 ms, so timings rise above the noise. */
function calibrated(parse: (text: string) => unknown, make: (n: number) => string): number {
  let n = 250
  while (n < 8000 && fastest(() => parse(make(n))) < 4) n *= 2
  return n
}

const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23)
/** Inputs of size proportional to n: ordinary files and the shapes that make naive parsers quadratic. */
const SHAPES: Record<string, (n: number) => string> = {
  'WebVTT cues': (n) =>
    `WEBVTT\n${Array.from({ length: n }, (_, i) => `\n${stamp(i * 1000)} --> ${stamp(i * 1000 + 900)}\n<v Beth>words &amp; more ${i}\n`).join('')}`,
  'Zoom cues': (n) =>
    `WEBVTT\n${Array.from({ length: n }, (_, i) => `\n${i + 1}\n${stamp(i * 1000)} --> ${stamp(i * 1000 + 900)}\n${i % 2 ? 'Beth' : 'Siân'}: hello ${i}\n`).join('')}`,
  'SRT cues': (n) =>
    Array.from(
      { length: n },
      (_, i) =>
        `${i + 1}\n${stamp(i * 1000).replace('.', ',')} --> ${stamp(i * 1000 + 900).replace('.', ',')}\n<i>text</i> ${i}\n`,
    ).join('\n'),
  'one long line': (n) => `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${'word '.repeat(n * 10)}`,
  'open tags': (n) => `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${'<b><i x'.repeat(n * 5)}`,
  'stray lines': (n) => 'not a caption\n'.repeat(n * 5),
  'timings without text': (n) => `WEBVTT\n\n${'00:00:01.000 --> 00:00:02.000\n'.repeat(n)}`,
  'arrows only': (n) => '-->\n'.repeat(n * 5),
  // Rolling lines without a single tag: a reader that looks ahead for the next `<` from every line is quadratic.
  'untagged rolling lines': (n) =>
    `WEBVTT\n${Array.from({ length: n }, (_, i) => `\n${stamp(i * 1000)} --> ${stamp(i * 1000 + 900)}\nline ${i}\nline ${i + 1}\n`).join('')}`,
}
const N = 1000
/** 8× the input may take at most this many times as long: generous for noise, well below quadratic's 64. */
const LIMIT = 40

describe('the WebVTT block reader', () => {
  it('gives each payload with where it lies in the text it read', () => {
    fc.assert(
      fc.property(captionish, (body) => {
        const blocks = readVttBlocks(`WEBVTT\n\n${body}`)
        for (const cue of blocks.cues)
          expect(blocks.text.slice(cue.payloadAt, cue.payloadAt + cue.payload.length)).toBe(cue.payload)
      }),
    )
  })
})

describe('parse time grows linearly with the input', () => {
  for (const format of allFormats()) {
    it(`${format.name}: 8× the input takes under 40× the time (quadratic would take 64×)`, () => {
      const slow: string[] = []
      for (const [shape, make] of Object.entries(SHAPES)) {
        const parse = (text: string) => format.parse(text)
        const n = calibrated(parse, make)
        const ratio = growth(parse, make(n), make(8 * n))
        if (ratio > LIMIT) slow.push(`${shape} (n = ${n}): ×${ratio.toFixed(0)}`)
      }
      expect(slow).toEqual([])
    }, 60_000)
  }

  it('the measure itself tells a quadratic parser from a linear one', () => {
    const quadratic = (text: string) => {
      const lines = text.split('\n')
      let same = 0
      for (const a of lines) for (const b of lines) if (a.length === b.length) same++
      return same
    }
    const make = SHAPES['stray lines']!
    // Noise can only hide growth, never invent it: the worst of up to three measurements must show it.
    let worst = 0
    for (let i = 0; i < 3 && worst <= LIMIT; i++)
      worst = Math.max(worst, growth(quadratic, make(N / 4), make((8 * N) / 4), 1))
    expect(worst).toBeGreaterThan(LIMIT)
    expect(growth((text) => text.split('\n').length, make(N), make(8 * N))).toBeLessThan(LIMIT)
  })

  // Regression: the YouTube importer spread every word of a cue into push(...), so a cue of ~130,000
  // words (a 650 kB line) threw RangeError: Maximum call stack size exceeded.
  it('YouTube automated captions: a cue with 200,000 words is read, not a stack overflow', () => {
    const result = formatById('youtube')!.parse(SHAPES['one long line']!(20_000))
    expect(result.doc.cues.length).toBeGreaterThan(0)
  })
})

/** Cue text with blank, space-only and tab-only lines among the awkward characters. */
const textWithBlankLines = fc
  .array(fc.oneof(arbitraryLine, fc.constantFrom('', ' ', '\t', '  -->  ', '&', '<', '>')), {
    minLength: 1,
    maxLength: 5,
  })
  .map((lines) => lines.join('\n'))

/** Documents whose cue texts are the awkward ones above (no speakers: sweep.test.ts covers them). */
const awkwardDocument = fc
  .tuple(arbitraryDocument({ maxCues: 8 }), fc.array(textWithBlankLines, { minLength: 8, maxLength: 8 }))
  .map(([doc, texts]): CaptionDocument => makeDocument(doc.cues.map((c, i) => ({ ...c, text: texts[i]! }))))

/** What each format can hold: WebVTT drops empty lines (they end a cue); SRT/SBV drop blank ones, defuse `-->` and strip tags. */
const NORMAL_TEXT: Record<string, (text: string) => string> = {
  vtt: (text) =>
    text
      .split('\n')
      .filter((l) => l !== '')
      .join('\n'),
  srt: (text) => plainText(text),
  sbv: (text) => plainText(text),
  json: (text) => text,
}
function plainText(text: string): string {
  const kept = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/-->/g, '->'))
  return kept.join('\n').replace(/<\/?(?:i|b|u|s|font|span|c)(?:\s[^>]*)?>/gi, '')
}

describe('text with blank lines and escapes round-trips', () => {
  for (const id of Object.keys(NORMAL_TEXT)) {
    const format = formatById(id) as CaptionFormat
    it(`${format.name}: parse(serialize(doc)) keeps every cue's text in the format's normal form`, () => {
      fc.assert(
        fc.property(awkwardDocument, (doc) => {
          const result = format.parse(format.serialize!(doc))
          expect(result.fatal).toBeUndefined()
          expect(result.warnings).toEqual([])
          expect(result.doc.cues.map((c) => c.text)).toEqual(doc.cues.map((c) => NORMAL_TEXT[id]!(c.text)))
          expect(result.doc.cues.map((c) => c.startMs)).toEqual(doc.cues.map((c) => c.startMs))
        }),
        { numRuns: 300 },
      )
    })
  }
})
