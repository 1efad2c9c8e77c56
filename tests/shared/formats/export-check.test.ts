// The export check every written caption file passes (export menu, `eglur convert`, `eglur publish`).
import { describe, expect, it } from 'vitest'
import { checkWritten, w3cParse, writeChecked } from '../../../shared/formats/export-check'
import { checkWrittenWith } from '../../../shared/formats/export-check-core'
import { formatById, writableFormats } from '../../../shared/formats/index'
import { makeDocument } from '../../../shared/model/document'
import { asSpeakerId } from '../../../shared/model/ids'
import { makeCue } from '../../helpers/builders'

const doc = {
  ...makeDocument([
    makeCue(1, 'Fish & chips <for> two --> now', { startMs: 1000, endMs: 2500 }),
    { ...makeCue(2, 'Second line\nwith two lines', { startMs: 3000, endMs: 4200 }), speakerId: asSpeakerId('s1') },
  ]),
  speakers: [{ id: asSpeakerId('s1'), name: 'Beth <Perry>' }],
}

describe('writeChecked', () => {
  it.each(writableFormats().map((f) => [f.id]))('writes %s that reads back with every caption', (id) => {
    const r = writeChecked(doc, id)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.text).toBe(formatById(id)!.serialize!(doc))
    expect(formatById(id)!.parse(r.text).doc.cues).toHaveLength(2)
  })

  it('writes WebVTT the W3C parser reads with no errors', () => {
    const r = writeChecked(doc, 'vtt')
    expect(r.ok && w3cParse(r.text).errors).toEqual([])
  })

  it('refuses a format it cannot write, by a code', () => {
    expect(writeChecked(doc, 'zoom')).toMatchObject({
      ok: false,
      problem: { code: 'not-writable', params: { format: 'zoom' } },
    })
    expect(writeChecked(doc, 'ttml')).toMatchObject({ ok: false, problem: { code: 'not-writable' } })
  })
})

describe('checkWritten finds what a player would not load', () => {
  const cue = '00:00:01.000 --> 00:00:02.000'

  it('text that does not read back', () => {
    expect(checkWritten('json', '{"version": 1, "cues": [')).toMatchObject({ code: 'does-not-read-back', line: 1 })
  })

  it('text that reads back with a different number of captions', () => {
    expect(checkWritten('srt', `1\n00:00:01,000 --> 00:00:02,000\nonly one\n`, 2)).toMatchObject({
      code: 'cue-count-changed',
      params: { written: 2, read: 1 },
    })
    expect(checkWritten('srt', `1\n00:00:01,000 --> 00:00:02,000\nonly one\n`)).toBeUndefined()
  })

  it('WebVTT our tolerant parser reads but the W3C rules refuse, at the line the W3C parser names', () => {
    expect(formatById('vtt')!.parse(`WEBVTT\n\n${cue} align:sideways\nx\n`).fatal).toBeUndefined()
    expect(checkWritten('vtt', `WEBVTT\n\n${cue} align:sideways\nx\n`, 1)).toMatchObject({
      code: 'not-w3c-webvtt',
      line: 3,
      params: { line: 3, error: expect.stringMatching(/Alignment/) },
    })
    expect(checkWritten('vtt', `WEBVTT\n\n${cue}\nA & B\n`, 1)).toMatchObject({
      code: 'not-w3c-webvtt',
      params: { error: 'Incorrect escape.' },
    })
    expect(checkWritten('vtt', `WEBVTT\n\n${cue}\nA &amp; B\n`, 1)).toBeUndefined()
  })
})

describe('the check without the W3C parser (for callers that write no WebVTT)', () => {
  it('checks other formats as before, and refuses to pass WebVTT unchecked', () => {
    expect(checkWrittenWith(undefined, 'srt', `1\n00:00:01,000 --> 00:00:02,000\nonly one\n`, 2)).toMatchObject({
      code: 'cue-count-changed',
    })
    expect(checkWrittenWith(undefined, 'srt', `1\n00:00:01,000 --> 00:00:02,000\nonly one\n`, 1)).toBeUndefined()
    expect(() => checkWrittenWith(undefined, 'vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA & B\n', 1)).toThrow(
      /W3C/,
    )
  })
})
