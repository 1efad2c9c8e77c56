// The zod-free reading of Eglur JSON must return exactly what the schema returns (keys in the same
// order), and only for JSON the schema accepts unchanged; anything else it leaves to the schema.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exactCaptionJson } from '../../../shared/formats/json-exact'
import {
  captionJsonSchema,
  documentToJson,
  parseCaptionJson,
  parseCaptionJsonWithSchema,
} from '../../../shared/formats/json'
import { arbitraryDocument } from '../../helpers/arbitraries'
import { mutations, pathsOf, mutate } from '../../helpers/json-mutations'

const documents = arbitraryDocument({ withSpeakers: true, withWords: true, withKinds: true, maxCues: 5 }).map(
  (doc) => ({
    ...doc,
    meta: { vttHeader: 'Kind: captions', language: 'cy', styles: ['::cue { color: yellow }'], regions: [] },
  }),
)

/** The exact reading agrees with the schema: same output, or no answer. */
function expectAgreement(value: unknown, label: string): boolean {
  const exact = exactCaptionJson(value)
  const full = captionJsonSchema.safeParse(value)
  if (exact === undefined) return false
  expect(full.success, label).toBe(true)
  expect(exact, label).toStrictEqual(full.data)
  expect(JSON.stringify(exact), label).toBe(JSON.stringify(full.data))
  return true
}

describe('the exact reading of Eglur JSON', () => {
  it('reads every document the writer writes, as the schema does', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const json = JSON.parse(JSON.stringify(documentToJson(doc))) as unknown
        expect(expectAgreement(json, 'as written')).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('returns what the schema returns, or nothing, whatever one value is changed to (every value, every change)', () => {
    let agreed = 0
    let tried = 0
    for (const doc of fc.sample(documents, { numRuns: 25, seed: 18 })) {
      const value = JSON.parse(JSON.stringify(documentToJson(doc))) as unknown
      for (const path of pathsOf(value))
        for (const mutation of mutations) {
          tried++
          if (expectAgreement(mutate(value, path, mutation), `${path.join('.')}: ${mutation.name}`)) agreed++
        }
    }
    // Some changes keep the file valid and unchanged by the schema (a text to another text): those are read.
    expect(agreed).toBeGreaterThan(tried / 20)
  }, 30_000)

  it('leaves to the schema what it would change: unknown keys, missing defaults, undefined values, odd objects', () => {
    const base = { version: 1, cues: [{ id: 'c1', start: 0, end: 1, text: 'a' }], speakers: [] }
    expect(exactCaptionJson(base)).toStrictEqual(base)
    for (const changed of [
      { ...base, extra: 1 },
      { version: 1, cues: base.cues },
      { ...base, meta: undefined },
      { ...base, cues: [{ ...base.cues[0], speaker: undefined }] },
      { ...base, cues: [{ ...base.cues[0], words: [{ start: 0, end: 1, text: 'a', x: 1 }] }] },
      { ...base, meta: Object.assign(Object.create(null) as object, { language: 'cy' }) },
      { ...base, meta: new Date(0) },
    ])
      expect(exactCaptionJson(changed)).toBeUndefined()
  })

  it("gives the full reader's reading (document, warnings, lines) of every file and project, changed or not", () => {
    for (const doc of fc.sample(documents, { numRuns: 4, seed: 7 })) {
      const caption = JSON.parse(JSON.stringify(documentToJson(doc))) as unknown
      const translations = [{ language: 'cy', cues: [{ sources: [doc.cues[0]?.id ?? 'c1'], text: 'Helo' }] }]
      const project = { format: 'eglur-project', version: 2, document: caption, translations }
      for (const value of [caption, project])
        for (const path of pathsOf(value))
          for (const mutation of mutations) {
            const text = JSON.stringify(mutate(value, path, mutation), null, 1)
            if (text === undefined) continue
            expect(parseCaptionJson(text), `${path.join('.')}: ${mutation.name}`).toStrictEqual(
              parseCaptionJsonWithSchema(text),
            )
          }
    }
  }, 30_000)
})
