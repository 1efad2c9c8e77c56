import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseWebVtt, serializeWebVtt } from '../../../../shared/formats/webvtt/index'
import { decodeCaptionBytes } from '../../../../shared/formats/decode'
import { asSpeakerId, formatClock, makeDocument } from '../../../../shared/model'
import { arbitraryDocument } from '../../../helpers/arbitraries'
import { makeCue, makeDoc, makeSpeaker } from '../../../helpers/builders'
import { w3cParse } from '../../../helpers/webvtt-oracle'

const realworld = path.resolve(import.meta.dirname, '../../../fixtures/webvtt')

describe('WebVTT reading', () => {
  it('reads voices as speakers, entities as text, and tags away', () => {
    const { doc, warnings } = parseWebVtt(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n<v Beth Perry><i>Fish &amp; chips</i> &lt;3</v>\n',
    )
    expect(warnings).toEqual([])
    expect(doc.speakers).toEqual([{ id: 's1', name: 'Beth Perry' }])
    expect(doc.cues[0]).toMatchObject({ startMs: 1000, endMs: 2500, text: 'Fish & chips <3', speakerId: 's1' })
  })

  it('keeps NOTE, STYLE, identifiers and settings for the round trip', () => {
    const text =
      'WEBVTT - Event\n\nSTYLE\n::cue { color: yellow }\n\nNOTE first\n\nintro\n00:00:01.000 --> 00:00:02.000 align:start line:90%\nHello\n\nNOTE the end\n'
    const { doc } = parseWebVtt(text)
    expect(doc.meta).toEqual({ vttHeader: ' - Event', styles: ['::cue { color: yellow }'], trailingNote: 'the end' })
    expect(doc.cues[0]).toMatchObject({ label: 'intro', note: 'first', settings: 'align:start line:90%' })
    expect(serializeWebVtt(doc)).toBe(text)
  })

  it('turns inline timestamps into word timings', () => {
    const { doc } = parseWebVtt(
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nthis<00:00:01.500><c> will</c><00:00:02.000><c> happen</c>\n',
    )
    expect(doc.cues[0]!.words).toEqual([
      { startMs: 1000, endMs: 1500, text: 'this' },
      { startMs: 1500, endMs: 2000, text: 'will' },
      { startMs: 2000, endMs: 3000, text: 'happen' },
    ])
  })

  it('reports a bad timing line with its line number and keeps the other captions', () => {
    const { doc, warnings } = parseWebVtt(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:00:03,000 --> 00:00:04.000\nbad\n\n00:00:05.000 --> 00:00:06.000\nalso ok\n',
    )
    expect(doc.cues.map((c) => c.text)).toEqual(['ok', 'also ok'])
    expect(warnings).toMatchObject([{ code: 'bad-timing', line: 6 }])
  })

  it('repairs reversed times and reorders out-of-order captions, with warnings', () => {
    const { doc, warnings } = parseWebVtt(
      'WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nb\n\n00:00:01.000 --> 00:00:02.000\na\n',
    )
    expect(doc.cues.map((c) => [c.text, c.startMs, c.endMs])).toEqual([
      ['a', 1000, 2000],
      ['b', 5000, 5000],
    ])
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ['reversed-times', 3],
      ['out-of-order', 6],
    ])
  })

  it('refuses text that is not WebVTT at all', () => {
    expect(parseWebVtt('Hello, this is a letter.\nNothing timed here.').fatal).toMatchObject({
      code: 'not-webvtt',
      line: 1,
    })
  })
})

describe('WebVTT writing', () => {
  it('writes padded hours, three-digit milliseconds, escaped text and voices', () => {
    const doc = makeDoc(
      [makeCue(1, 'a --> b & <c>', { startMs: 3_723_004, endMs: 3_724_000, speakerId: asSpeakerId('s1') })],
      [makeSpeaker(1, 'Dr <Who> & Co')],
    )
    expect(serializeWebVtt(doc)).toBe(
      'WEBVTT\n\n01:02:03.004 --> 01:02:04.000\n<v Dr &lt;Who&gt; &amp; Co>a --&gt; b &amp; &lt;c&gt;\n',
    )
  })

  it('never lets an empty line end a caption early', () => {
    const doc = makeDoc([makeCue(1, 'one\n\ntwo')])
    expect(parseWebVtt(serializeWebVtt(doc)).doc.cues[0]!.text).toBe('one\ntwo')
  })

  it('everything it writes parses with zero errors in the W3C parser', () => {
    fc.assert(
      fc.property(arbitraryDocument({ withSpeakers: true }), (doc) => {
        const result = w3cParse(serializeWebVtt(doc))
        expect(result.errors).toEqual([])
        expect(result.cues).toHaveLength(doc.cues.length)
      }),
      { numRuns: 300 },
    )
  })

  it('real-world samples re-written parse cleanly in the W3C parser and keep their cues', () => {
    for (const name of readdirSync(realworld).filter((f) => f.endsWith('.vtt'))) {
      const decoded = decodeCaptionBytes(readFileSync(path.join(realworld, name)))
      if (!decoded.ok) continue
      const { doc, fatal } = parseWebVtt(decoded.text)
      if (fatal) continue
      const written = serializeWebVtt(doc)
      expect(w3cParse(written).errors, name).toEqual([])
      expect(
        parseWebVtt(written).doc.cues.map((c) => c.text),
        name,
      ).toEqual(doc.cues.map((c) => c.text))
    }
  })
})

describe('hostile WebVTT input', () => {
  const vtt = (body: string) => `WEBVTT\n\n${body}`
  it('a 20 MB line without a newline is read without hanging', () => {
    const { doc, fatal } = parseWebVtt(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${'x'.repeat(20 * 1024 * 1024)}`)
    expect(fatal).toBeUndefined()
    expect(doc.cues[0]!.text.length).toBe(20 * 1024 * 1024)
  })

  it('100,000 one-character captions', () => {
    const body = Array.from(
      { length: 100_000 },
      (_, i) => `${formatClock(i * 1000)} --> ${formatClock(i * 1000 + 500)}\nx\n`,
    ).join('\n')
    expect(parseWebVtt(vtt(body)).doc.cues).toHaveLength(100_000)
  })

  it('10,000 nested tags and unclosed tags keep the text', () => {
    const nested = `${'<b>'.repeat(10_000)}deep${'</b>'.repeat(10_000)}`
    expect(
      parseWebVtt(
        vtt(`00:00:01.000 --> 00:00:02.000\n${nested}\n\n00:00:03.000 --> 00:00:04.000\n<i>open <b>never closed\n`),
      ).doc.cues.map((c) => c.text),
    ).toEqual(['deep', 'open never closed'])
  })

  it('hours = 99999 and NUL bytes do not crash', () => {
    const { doc } = parseWebVtt(vtt('99999:00:00.000 --> 99999:00:01.000\na\u0000b\n'))
    expect(doc.cues[0]).toMatchObject({ startMs: 99999 * 3_600_000, text: 'a\ufffdb' })
  })

  it('script, onerror and javascript: stay literal text and are escaped on write', () => {
    const hostile = '<v <script>alert(1)</script>>x</v> <img src=x onerror=alert(1)> javascript:alert(1) &lt;script&gt;'
    const { doc } = parseWebVtt(vtt(`00:00:01.000 --> 00:00:02.000\n${hostile}\n`))
    const written = serializeWebVtt(doc)
    expect(doc.cues[0]!.text).toContain('javascript:alert(1) <script>')
    expect(written).not.toMatch(/<script|<img/)
    expect(w3cParse(written).errors).toEqual([])
  })

  it('UTF-16 files with and without a byte-order mark', () => {
    const text = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nSiân ŵ 😀\n'
    const le = new Uint8Array(Buffer.from(text, 'utf16le'))
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...le]), le]) {
      const decoded = decodeCaptionBytes(bytes)
      expect(decoded.ok && parseWebVtt(decoded.text).doc.cues[0]!.text).toBe('Siân ŵ 😀')
    }
  })

  it('binary garbage and a video renamed .vtt are refused before parsing', () => {
    const mp4 = new Uint8Array([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d])
    expect(decodeCaptionBytes(mp4)).toMatchObject({ ok: false, fatal: { code: 'binary-file' } })
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)
    expect(decodeCaptionBytes(garbage).ok).toBe(false)
  })

  it('an empty file is not WebVTT', () => {
    expect(parseWebVtt('').fatal?.code).toBe('not-webvtt')
    expect(makeDocument([]).cues).toEqual([])
  })
})
