// Every writable format round-trips: parse(serialize(doc)) equals doc, in each format's normal form.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writableFormats, formatById } from '../../../shared/formats/index'
import type { CaptionDocument, Cue, Speaker } from '../../../shared/model'
import { asSpeakerId, findSpeaker, makeDocument } from '../../../shared/model'
import { arbitraryDocument } from '../../helpers/arbitraries'

/** Drops kinds and words (WebVTT, SRT and SBV cannot hold them) and optional round-trip fields. */
function withoutKindsAndWords(cue: Cue): Cue {
  const { kind: _k, words: _w, ...rest } = cue
  return rest
}

/** WebVTT renumbers speakers in order of first use and lists only those used. */
function vttNormalForm(doc: CaptionDocument): CaptionDocument {
  const order: Speaker[] = []
  const ids = new Map<string, string>()
  const cues = doc.cues.map((cue) => {
    // A valid WebVTT cue ends after it starts: zero-length cues are written 1 ms long.
    const c = { ...withoutKindsAndWords(cue), endMs: Math.max(cue.startMs + 1, cue.endMs) }
    const speaker = findSpeaker(doc.speakers, c.speakerId)
    if (!speaker) return c
    if (!ids.has(speaker.id)) {
      ids.set(speaker.id, `s${order.length + 1}`)
      order.push({ id: asSpeakerId(`s${order.length + 1}`), name: speaker.name })
    }
    return { ...c, speakerId: asSpeakerId(ids.get(speaker.id)!) }
  })
  return makeDocument(cues, order)
}

/** SRT and SBV carry speakers as a "Name: " prefix where the speaker changes, and strip formatting tags. */
function plainNormalForm(doc: CaptionDocument): CaptionDocument {
  const cues = doc.cues.map((cue, i) => {
    const { speakerId, ...c } = withoutKindsAndWords(cue)
    // Mirrors the writer (blank lines dropped, `-->` defused, name prefixed) then the reader (tags stripped).
    const lines = c.text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.replace(/-->/g, '->'))
    const speaker =
      speakerId && speakerId !== doc.cues[i - 1]?.speakerId ? findSpeaker(doc.speakers, speakerId) : undefined
    if (speaker) lines[0] = `${speaker.name}: ${lines[0] ?? ''}`.trimEnd()
    const text = lines.join('\n').replace(/<\/?(?:i|b|u|s|font|span|c)(?:\s[^>]*)?>/gi, '')
    return { ...c, text }
  })
  return makeDocument(cues, [])
}

const NORMAL_FORM: Record<string, (doc: CaptionDocument) => CaptionDocument> = {
  vtt: vttNormalForm,
  srt: plainNormalForm,
  sbv: plainNormalForm,
  json: (doc) => doc,
}

describe('every writable format round-trips', () => {
  it('has a normal form for each registered writable format', () => {
    expect(
      writableFormats()
        .map((f) => f.id)
        .sort(),
    ).toEqual(Object.keys(NORMAL_FORM).sort())
  })

  for (const format of writableFormats()) {
    it(`${format.name}: parse(serialize(doc)) equals doc`, () => {
      fc.assert(
        fc.property(
          arbitraryDocument({ withSpeakers: true, withKinds: format.id === 'json', withWords: format.id === 'json' }),
          (doc) => {
            const text = format.serialize!(doc)
            const result = format.parse(text)
            expect(result.fatal).toBeUndefined()
            expect(result.warnings).toEqual([])
            expect(result.doc).toEqual(NORMAL_FORM[format.id]!(doc))
          },
        ),
        { numRuns: 300 },
      )
    })

    it(`${format.name}: parsing arbitrary text never throws`, () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 400 }), (text) => {
          const result = format.parse(text)
          expect(Array.isArray(result.warnings)).toBe(true)
        }),
        { numRuns: 500 },
      )
    })
  }

  it('detection picks the format that wrote the text', () => {
    fc.assert(
      fc.property(
        arbitraryDocument({ withSpeakers: false }).filter((d) => d.cues.length > 0),
        (doc) => {
          for (const id of ['vtt', 'srt', 'sbv', 'json']) {
            const text = formatById(id)!.serialize!(doc)
            expect(formatById(id)!.detect(text)).toBe(true)
          }
        },
      ),
      { numRuns: 100 },
    )
  })
})
