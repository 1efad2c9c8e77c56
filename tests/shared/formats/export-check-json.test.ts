// The export check's quick read-back of Eglur JSON must agree with the JSON format's own reader: a
// file it passes reads back with that many captions, and a file the reader refuses it never passes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonCaptionCount } from '../../../shared/formats/export-check-json'
import { checkWritten } from '../../../shared/formats/export-check'
import {
  cueSchema,
  documentToJson,
  parseCaptionJson,
  serializeCaptionJson,
  speakerSchema,
} from '../../../shared/formats/json'
import { arbitraryDocument } from '../../helpers/arbitraries'

type Value = unknown
type Path = readonly (string | number)[]

/** Every path into `value` (objects and arrays, the root too). */
function pathsOf(value: Value, at: Path = []): Path[] {
  const paths: Path[] = [at]
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...at, i])))
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...at, k]))
  return paths
}

const DELETE = Symbol('delete')
/** Values that break one rule or another of the format: wrong types, fractions, negatives, empty ids, unsafe integers. */
const replacements: readonly unknown[] = [
  DELETE,
  null,
  -1,
  1.5,
  2 ** 53,
  0,
  '',
  'x',
  'heading',
  'chorus',
  [],
  ['x'],
  [1],
  {},
  true,
  { start: 1, end: 2, text: 'w' },
]

/** `value` with the thing at `path` replaced (or deleted); the root replaced gives the replacement. */
function mutate(value: Value, path: Path, replacement: unknown): Value {
  if (path.length === 0) return replacement === DELETE ? {} : replacement
  const copy = structuredClone(value) as Record<string | number, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else parent[last] = replacement
  return copy
}

const documents = arbitraryDocument({ withSpeakers: true, withWords: true, withKinds: true, maxCues: 5 }).map(
  (doc) => ({
    ...doc,
    meta: { vttHeader: 'Kind: captions', language: 'cy', styles: ['::cue { color: yellow }'], regions: [] },
  }),
)

describe('the quick JSON read-back', () => {
  it('counts the captions of every file the JSON writer writes, as the reader does', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const text = serializeCaptionJson(doc)
        expect(jsonCaptionCount(text)).toBe(doc.cues.length)
        expect(parseCaptionJson(text).doc.cues).toHaveLength(doc.cues.length)
      }),
      { numRuns: 200 },
    )
  })

  it('passes a file exactly when the reader reads it, whatever one value is changed to', () => {
    const mutated = documents.chain((doc) => {
      const value = documentToJson(doc)
      return fc.tuple(fc.constant(value), fc.constantFrom(...pathsOf(value)), fc.constantFrom(...replacements))
    })
    fc.assert(
      fc.property(mutated, ([value, path, replacement]) => {
        const text = JSON.stringify(mutate(value, path, replacement))
        const full = parseCaptionJson(text)
        const quick = jsonCaptionCount(text)
        expect(quick === undefined, `${path.join('.')} = ${String(replacement)}`).toBe(full.fatal !== undefined)
        if (quick !== undefined) expect(full.doc.cues).toHaveLength(quick)
      }),
      { numRuns: 1500 },
    )
  })

  it('refuses a caption or speaker without any field the schema requires (fields added later included)', () => {
    const cue = {
      id: 'c1',
      start: 0,
      end: 10,
      text: 'a',
      speaker: 's1',
      kind: 'heading',
      words: [{ start: 0, end: 10, text: 'a' }],
      settings: 'line:0',
      label: 'x',
      note: 'n',
    }
    const speaker = { id: 's1', name: 'Beth', role: 'host' }
    for (const key of Object.keys(cueSchema.shape)) {
      const { [key]: _, ...without } = { ...cue } as Record<string, unknown>
      const text = JSON.stringify({ version: 1, cues: [without], speakers: [speaker] })
      expect(jsonCaptionCount(text) === undefined, key).toBe(!cueSchema.safeParse(without).success)
    }
    for (const key of Object.keys(speakerSchema.shape)) {
      const { [key]: _, ...without } = { ...speaker } as Record<string, unknown>
      const text = JSON.stringify({ version: 1, cues: [cue], speakers: [without] })
      expect(jsonCaptionCount(text) === undefined, key).toBe(!speakerSchema.safeParse(without).success)
    }
  })

  it('leaves projects, broken JSON and a wrong version to the full reader', () => {
    const project = JSON.stringify({ format: 'eglur-project', document: { version: 1, cues: [] } })
    expect(jsonCaptionCount(project)).toBeUndefined()
    expect(parseCaptionJson(project).fatal).toBeUndefined()
    expect(jsonCaptionCount('{"version": 1, "cues": [')).toBeUndefined()
    expect(jsonCaptionCount('{"version": 2, "cues": []}')).toBeUndefined()
    expect(jsonCaptionCount('\ufeff{"version": 1, "cues": []}')).toBe(0)
  })
})

describe('checkWritten on JSON', () => {
  it("still refuses a written file the reader would refuse, with the reader's message and line", () => {
    const text =
      '{\n  "version": 1,\n  "cues": [\n    {"id":"c1","start":0,"end":10,"text":"a"},\n    {"id":"c2","start":1.5,"end":10,"text":"b"}\n  ]\n}\n'
    expect(checkWritten('json', text, 2)).toMatchObject({
      code: 'does-not-read-back',
      line: 5,
      message: expect.stringMatching(/cues\[1\]\.start: expected a whole number of milliseconds/),
    })
  })

  it('still refuses a file that reads back with another number of captions', () => {
    expect(
      checkWritten('json', '{"version": 1, "cues": [{"id":"c1","start":0,"end":10,"text":"a"}]}', 2),
    ).toMatchObject({ code: 'cue-count-changed', params: { written: 2, read: 1 } })
    expect(
      checkWritten('json', '{"version": 1, "cues": [{"id":"c1","start":0,"end":10,"text":"a"}]}', 1),
    ).toBeUndefined()
  })
})
