// The one bytes → document pipeline used by the CLI, the services and the page.
import { describe, expect, it } from 'vitest'
import {
  captionFileTooLarge,
  MAX_CAPTION_BYTES,
  readCaptionBytes,
  type CaptionsRead,
} from '../../../shared/formats/read-caption-bytes'
import type { CaptionBytesResult } from '../../../shared/formats/read-caption-bytes'
import { formatById } from '../../../shared/formats/index'
import type { Cue } from '../../../shared/model/cue'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../../../shared/model/style-profile'
import { generateWords, rollingYouTubeVtt } from '../../helpers/generate-captions'

const enc = (text: string) => new TextEncoder().encode(text)
const read = (r: CaptionBytesResult): CaptionsRead => {
  if (!r.ok) throw new Error(`expected captions, got ${r.fatal.code}: ${r.fatal.message}`)
  return r
}
const SRT = '1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nthere\n'
const smallGaps = (cues: readonly Cue[]) =>
  cues
    .slice(1)
    .map((c, i) => c.startMs - cues[i]!.endMs)
    .filter((g) => g > 0 && g < ACCESSIBLE_DEFAULT_PROFILE.minGapMs)

describe('readCaptionBytes reads captions', () => {
  it('detects the format and names it by id and name, with each cue’s source line', () => {
    const r = read(readCaptionBytes(enc(SRT), 'talk.txt'))
    expect(r.format).toEqual({ id: 'srt', name: 'SubRip (SRT)' })
    expect(r.doc.cues.map((c) => c.text)).toEqual(['Hello', 'there'])
    expect([...(r.cueLines?.values() ?? [])]).toEqual([2, 6])
  })

  it('reads with the format named by `from`, and refuses a name it does not know by a code', () => {
    expect(readCaptionBytes(enc(SRT), 'talk.vtt', { from: 'srt' })).toMatchObject({ ok: true, format: { id: 'srt' } })
    expect(readCaptionBytes(enc(SRT), 'talk.vtt', { from: 'auto' })).toMatchObject({ ok: true, format: { id: 'srt' } })
    expect(readCaptionBytes(enc(SRT), 'talk.srt', { from: 'ttml' })).toMatchObject({
      ok: false,
      fatal: { code: 'unknown-input-format', line: 1, params: { format: 'ttml' } },
    })
  })

  it('puts the decoder’s warnings before the parser’s', () => {
    const latin1 = new Uint8Array([...enc('WEBVTT\n\n00:00:01.000 --> 00:00:00.500\ncaf'), 0xe9, 0x0a])
    const r = read(readCaptionBytes(latin1, 'a.vtt'))
    expect(r.doc.cues[0]!.text).toBe('café')
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([
      ['not-utf8', 1],
      ['reversed-times', 3],
    ])
  })

  it('gives a document with no captions and no problems as it is (a new, empty file)', () => {
    expect(readCaptionBytes(enc('WEBVTT\n'), 'new.vtt')).toMatchObject({ ok: true, doc: { cues: [] }, warnings: [] })
  })

  it('gives plain data that crosses a worker boundary unchanged', () => {
    const r = readCaptionBytes(enc(SRT), 'talk.srt')
    expect(structuredClone(r)).toEqual(r)
  })
})

describe('readCaptionBytes refuses, with a code at a line', () => {
  it('a document with no captions but problems: the first problem, at its line', () => {
    expect(
      readCaptionBytes(enc('WEBVTT\n\n00:00:xx --> 00:00:02.000\nbad\n\n00:00:yy --> 00:00:03.000\nworse\n'), 'a.vtt'),
    ).toMatchObject({ ok: false, fatal: { code: 'bad-timing', line: 3 } })
  })

  it('bytes over the limit, before decoding them (all zeros would otherwise be refused as binary)', () => {
    const r = readCaptionBytes(new Uint8Array(MAX_CAPTION_BYTES + 1), 'huge.vtt')
    expect(r).toMatchObject({
      ok: false,
      fatal: { code: 'file-too-large', line: 1, params: { mb: '64', limitMb: 64 } },
    })
    expect(readCaptionBytes(new Uint8Array(MAX_CAPTION_BYTES), 'limit.vtt')).toMatchObject({
      ok: false,
      fatal: { code: 'binary-file' },
    })
  })

  it('a file that grew past the limit while being read says so without a size', () => {
    expect(captionFileTooLarge()).toMatchObject({ code: 'file-too-large', params: { mb: 'over', limitMb: 64 } })
  })

  it('binary data and text in no format Eglur reads', () => {
    expect(readCaptionBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'a.srt')).toMatchObject({
      ok: false,
      fatal: { code: 'binary-file', line: 1 },
    })
    expect(readCaptionBytes(enc('[Script Info]\nTitle: talk\n'), 'a.ass')).toMatchObject({
      ok: false,
      fatal: { code: 'unknown-format', line: 1 },
    })
  })
})

describe('readCaptionBytes tidies automated captions', () => {
  // Bug (#16): the 10 ms gaps where automated lines met were each listed as a problem.
  it('closes gaps too short to see, and keeps the file as it was only when asked', () => {
    const words = generateWords(120_000, 1)
    const vtt = enc(rollingYouTubeVtt(words, 1).vtt)
    // Pauses heard in the speech are where the importer cuts; cut there, its captions meet 10 ms apart.
    const pauses = words
      .slice(1)
      .map((w, i) => ({ startMs: words[i]!.endMs, endMs: w.startMs, depth: 1 }))
      .filter((p) => p.endMs - p.startMs > 30)
    const raw = formatById('youtube')!.parse(new TextDecoder().decode(vtt), { capitals: true, pauses }).doc
    expect(smallGaps(raw.cues)).not.toEqual([])
    const plain = read(readCaptionBytes(vtt, 'talk.vtt', { capitals: true, pauses }))
    expect(plain.format.id).toBe('youtube')
    expect(plain.doc.cues.map((c) => c.text)).toEqual(raw.cues.map((c) => c.text))
    expect(smallGaps(plain.doc.cues)).toEqual([])
    expect(plain.original).toBeUndefined()
    const kept = read(readCaptionBytes(vtt, 'talk.vtt', { capitals: true, pauses, keepOriginal: true }))
    expect(kept.doc).toEqual(plain.doc)
    expect(kept.original!.cues.length).toBeGreaterThan(kept.doc.cues.length)
  })

  it('keeps no original for captions that need no tidy-up', () => {
    expect(read(readCaptionBytes(enc(SRT), 'talk.srt', { keepOriginal: true })).original).toBeUndefined()
  })
})
