// The WebVTT reader's fast paths give exactly what the spec's slow paths give: the fixed-layout timing
// line, whitespace tests without regexes, cue text read without word timings, and lazily read words.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  interpretCueText,
  isJsSpace,
  parseVttTimestamp,
  parseWebVtt,
  scanCueText,
} from '../../../../shared/formats/webvtt/index'
import { fixedTimestamp } from '../../../../shared/formats/webvtt/timestamp'
import { readTimingFast, readTimingSpec, type TimingOut } from '../../../../shared/formats/webvtt/timing-line'

const out = (): TimingOut => ({ startMs: -1, endMs: -1, settingsAt: -1 })
const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'))
const three = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'))
/** `HH:MM:SS.mmm` with any two-digit fields, so minutes and seconds over 59 (invalid) come up too. */
const fixedStamp = fc.tuple(two, two, two, three).map(([h, m, s, f]) => `${h}:${m}:${s}.${f}`)
/** Characters a timing line is made of, and a few it must not be. */
const noise = fc.constantFrom(
  '0',
  '5',
  '9',
  ':',
  '.',
  ' ',
  '\t',
  '\f',
  '-',
  '>',
  '-->',
  'a',
  '\n',
  '\r',
  '\u00a0',
  '60',
)
/** Timing lines: well-formed ones, and ones with a character inserted, replaced or cut off. */
const timingLine = fc.oneof(
  fc
    .tuple(fixedStamp, fixedStamp, fc.constantFrom('', ' align:start position:0%', '\tline:0', 'x', '0', ' '))
    .map(([a, b, rest]) => `${a} --> ${b}${rest}`),
  fc.tuple(fixedStamp, fixedStamp, fc.nat(40), noise, fc.boolean()).map(([a, b, at, c, replace]) => {
    const line = `${a} --> ${b}`
    return line.slice(0, at) + c + line.slice(replace ? at + 1 : at)
  }),
  fc.array(fc.oneof(noise, fixedStamp), { maxLength: 12 }).map((parts) => parts.join('')),
)

describe('timing line fast path', () => {
  it('agrees with the spec algorithm whenever it answers, on well-formed and malformed lines', () => {
    fc.assert(
      fc.property(timingLine, fc.constantFrom('', 'id\n', 'x\n\n'), (line, before) => {
        const text = before + line
        const fast = out()
        const spec = out()
        const specOk = readTimingSpec(text, before.length, spec)
        if (readTimingFast(text, before.length, fast)) {
          expect(specOk).toBe(true)
          expect(fast).toEqual(spec)
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('takes every line of the common shape, and gives the spec answer for it', () => {
    fc.assert(
      fc.property(fixedStamp, fixedStamp, (a, b) => {
        const text = `${a} --> ${b} align:start`
        const spec = out()
        const fast = out()
        const valid = readTimingSpec(text, 0, spec)
        expect(readTimingFast(text, 0, fast)).toBe(valid)
        if (valid) expect(fast).toEqual(spec)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('word stamp fast path', () => {
  it('reads HH:MM:SS.mmm exactly as the spec reader does, and declines anything else', () => {
    const stampish = fc.oneof(
      fixedStamp,
      fc
        .array(fc.constantFrom('0', '1', '5', '6', '9', ':', '.', 'x', ' '), { minLength: 12, maxLength: 12 })
        .map((c) => c.join('')),
    )
    fc.assert(
      fc.property(stampish, (stamp) => {
        const fast = fixedTimestamp(`<${stamp}>`, 1)
        if (fast >= 0) expect(fast).toBe(parseVttTimestamp(stamp))
        else if (/^\d\d:[0-5]\d:[0-5]\d\.\d{3}$/.test(stamp)) expect.unreachable(`declined ${stamp}`)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('whitespace without regexes', () => {
  it('isJsSpace is exactly \\s (and what trim removes) for every UTF-16 code unit', () => {
    const differ: number[] = []
    for (let c = 0; c <= 0xffff; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c)
    expect(differ).toEqual([])
  })
})

const cuePiece = fc.constantFrom(
  'word',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '&amp;',
  '&nbsp;',
  '&am',
  'p;',
  '<',
  '>',
  '<c>',
  '</c>',
  '<c.x y>',
  '<v Beth>',
  '<v.a  Siân  Ŵ>',
  '<font>',
  '<b',
  '</',
  '<>',
  '<00:00:01.500>',
  '<00:00:09.000>',
  '<01:02.345>',
  '<00:00:1.5>',
  '<99:00:00.000>',
  'ŵ',
  '😀',
)
const cueText = fc.array(cuePiece, { maxLength: 16 }).map((p) => p.join(''))

describe('cue text read without word timings', () => {
  it('gives the same text, voice and unknown tags as the full reading, and says when words exist', () => {
    fc.assert(
      fc.property(
        cueText,
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (payload, start, end) => {
          const lazy = scanCueText(payload, start, end, false)
          const full = interpretCueText(payload, start, end)
          expect({
            text: lazy.text,
            unknownTags: lazy.unknownTags,
            ...(lazy.voice !== undefined ? { voice: lazy.voice } : {}),
          }).toEqual({
            text: full.text,
            unknownTags: full.unknownTags,
            ...(full.voice !== undefined ? { voice: full.voice } : {}),
          })
          expect(lazy.words).toBeUndefined()
          expect(lazy.timed).toBe(full.words !== undefined)
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('the cue text fast path on huge cues', () => {
  it('a 20 MB cue with tags in it is read, not a regex stack overflow', () => {
    const body = `${'a'.repeat(20 * 1024 * 1024)}<00:00:01.500><c> b</c>`
    const { doc } = parseWebVtt(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${body}\n`)
    expect(doc.cues[0]!.text.length).toBe(20 * 1024 * 1024 + 2)
    expect(doc.cues[0]!.words?.map((w) => w.text)).toEqual(['a'.repeat(20 * 1024 * 1024), 'b'])
  })
})

describe('lazily read word timings', () => {
  const file =
    'WEBVTT\n\nintro\n00:00:01.000 --> 00:00:03.000 align:start\n<v Beth>this<00:00:01.500><c> will</c><00:00:02.000><c> happen</c>\n\nNOTE n\n\n00:00:04.000 --> 00:00:05.000\nplain\n'
  const words = [
    { startMs: 1000, endMs: 1500, text: 'this' },
    { startMs: 1500, endMs: 2000, text: 'will' },
    { startMs: 2000, endMs: 3000, text: 'happen' },
  ]

  it('are ordinary data to every reader: keys, spreads, JSON, structured clone and equality', () => {
    const cue = parseWebVtt(file).doc.cues[0]!
    expect(Object.keys(cue)).toEqual(['id', 'startMs', 'endMs', 'text', 'speakerId', 'words', 'settings', 'label'])
    expect(cue.words).toEqual(words)
    expect(cue.words).toBe(cue.words)
    expect({ ...cue }).toEqual({
      id: 'c1',
      startMs: 1000,
      endMs: 3000,
      text: 'this will happen',
      speakerId: 's1',
      words,
      settings: 'align:start',
      label: 'intro',
    })
    expect(JSON.parse(JSON.stringify(cue))).toEqual({ ...cue })
    expect(structuredClone(cue)).toEqual({ ...cue })
    expect(Object.getOwnPropertySymbols(structuredClone(cue))).toEqual([])
    expect('words' in parseWebVtt(file).doc.cues[1]!).toBe(false)
  })

  it('are the words the full reading gives, for any stamped payload, in LF and CRLF files', () => {
    const bit = fc.constantFrom(
      'word',
      ' ',
      '\n',
      '<00:00:01.500>',
      '<c> next</c>',
      '<c.colorE5E5E5>',
      '</c>',
      '&amp;',
      '<b>',
      'x<00:00:02.000>y',
      '<v Bob>',
      '\t',
      '\u00a0',
    )
    fc.assert(
      fc.property(
        fc.array(
          fc
            .array(bit, { minLength: 1, maxLength: 12 })
            .map((b) => `${b.join('')}<00:00:01.200>z`.replace(/\n\n+/g, '\n').replace(/^\n/, '')),
          { minLength: 1, maxLength: 4 },
        ),
        fc.boolean(),
        (payloads, crlf) => {
          const vtt = `WEBVTT\n${payloads.map((p, i) => `\n00:00:0${i}.000 --> 00:00:0${i + 3}.000\n${p}\n`).join('')}`
          const cues = parseWebVtt(crlf ? vtt.replace(/\n/g, '\r\n') : vtt).doc.cues
          payloads.forEach((p, i) => {
            const full = interpretCueText(p, i * 1000, (i + 3) * 1000)
            expect(cues[i]?.words ?? [], p).toEqual(full.words ?? [])
          })
        },
      ),
      { numRuns: 500 },
    )
  })

  it('can be replaced, and still read from a frozen cue', () => {
    const [first, second] = parseWebVtt(file).doc.cues as [{ words?: unknown }, unknown]
    first.words = []
    expect(first.words).toEqual([])
    expect(Object.freeze(parseWebVtt(file).doc.cues[0]!).words).toEqual(words)
    expect(second).not.toHaveProperty('words')
  })
})

describe('line breaks', () => {
  const piece = fc.constantFrom(
    'WEBVTT',
    '\n',
    '\n\n',
    '00:00:01.000 --> 00:00:02.000',
    '00:03.000 --> 00:02.000',
    '00:00:01,000 --> 2',
    'text',
    'NOTE x',
    'STYLE',
    'id',
    '-->',
    '<b>x</b>',
    ' ',
    '\0',
  )
  it('LF, CRLF and CR files read the same, warnings on the same lines', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        (text) => {
          const lf = parseWebVtt(text)
          expect(parseWebVtt(text.replace(/\n/g, '\r\n'))).toEqual(lf)
          expect(parseWebVtt(text.replace(/\n/g, '\r'))).toEqual(lf)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
