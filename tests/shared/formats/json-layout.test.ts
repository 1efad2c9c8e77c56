import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CAPTION_JSON_LAYOUT, layoutJson, MappedList, type JsonLayout } from '../../../shared/formats/json-layout'
import { parseCaptionJson, serializeCaptionJson } from '../../../shared/formats/json'
import { asCueId, makeDocument } from '../../../shared/model'

describe('JSON laid out one caption per line', () => {
  it('reads back as the same value, whatever the layout', () => {
    const value = { a: [{ b: 1, c: [1, 2] }, { b: 2 }], d: { e: 'x' }, f: [], g: {}, h: null }
    const layouts: JsonLayout[] = [
      'compact',
      'rows',
      { keys: { a: 'rows', d: 'compact' } },
      { keys: { a: { items: { keys: { c: 'rows' } } } } },
    ]
    for (const layout of layouts) {
      expect(JSON.parse(layoutJson(value, layout))).toEqual(value)
    }
  })

  it('puts each caption, with its word timings, on one line, so changing one caption changes one line', () => {
    const doc = makeDocument([
      {
        id: asCueId('c1'),
        startMs: 0,
        endMs: 900,
        text: 'Hello\nthere',
        words: [{ startMs: 0, endMs: 400, text: 'Hello' }],
      },
      { id: asCueId('c2'), startMs: 1000, endMs: 1900, text: 'Bye' },
    ])
    const text = serializeCaptionJson(doc)
    const lines = text.split('\n')
    expect(lines.filter((l) => l.includes('"id":"c1"'))).toHaveLength(1)
    expect(lines.find((l) => l.includes('"id":"c1"'))).toContain('"words":[{"start":0,"end":400,"text":"Hello"}]')
    const changed = serializeCaptionJson({ ...doc, cues: [doc.cues[0]!, { ...doc.cues[1]!, text: 'Goodbye' }] }).split(
      '\n',
    )
    expect(changed.filter((l, i) => l !== lines[i])).toHaveLength(1)
    expect(parseCaptionJson(text).doc).toEqual(doc)
    expect(layoutJson({ cues: [] }, CAPTION_JSON_LAYOUT)).toBe('{\n  "cues": []\n}\n')
  })
})

describe('rows of captions and speakers', () => {
  /** Each item stringified on its own: what the rows must read, however the writer gets there. */
  const oneByOne = (items: readonly unknown[], inner: string, indent: string): string =>
    `[\n${items.map((item) => inner + (JSON.stringify(item) ?? 'null')).join(',\n')}\n${indent}]`
  const text = fc
    .array(fc.constantFrom('},{"id":', '"', '\\', '},{', '{"id":', '[', ']', ',', '\n', 'ŵ', '😀', 'x'), {
      maxLength: 6,
    })
    .map((parts) => parts.join(''))
  const inner = fc.record({ id: text, start: fc.nat() }, { requiredKeys: ['start'] })
  const row = fc.record(
    { id: text, text, words: fc.array(fc.oneof(inner, fc.record({ start: fc.nat(), text })), { maxLength: 3 }) },
    { requiredKeys: ['text'] },
  )
  const other = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    text,
    fc.array(fc.nat(), { maxLength: 2 }),
    fc.record({ text, id: text }),
  )

  it('write each item exactly as stringifying it alone would, whatever its strings and nested lists hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 6, arbitrary: row }, { weight: 1, arbitrary: other }), {
          minLength: 1,
          maxLength: 6,
        }),
        (items) => {
          expect(layoutJson({ cues: items }, CAPTION_JSON_LAYOUT)).toBe(
            `{\n  "cues": ${oneByOne(items, '    ', '  ')}\n}\n`,
          )
        },
      ),
      { numRuns: 3000 },
    )
  })
  it('write a list mapped a slice at a time exactly as the mapped array, in every layout and at any length', () => {
    const layouts: JsonLayout[] = [
      'compact',
      'rows',
      { keys: {} },
      { items: 'rows' },
      { items: { keys: { words: 'rows' } } },
    ]
    const items = fc.array(fc.oneof({ weight: 6, arbitrary: row }, { weight: 1, arbitrary: other }), {
      maxLength: 300,
      size: 'max',
    })
    fc.assert(
      fc.property(items, fc.constantFrom(...layouts), (list, layout) => {
        // A mapping that makes a fresh value, as the caption writer does.
        const toJson = (item: unknown): unknown => (typeof item === 'object' && item !== null ? { ...item } : item)
        const mapped = new MappedList(list, toJson)
        expect(layoutJson({ cues: mapped }, { keys: { cues: layout } })).toBe(
          layoutJson({ cues: list.map(toJson) }, { keys: { cues: layout } }),
        )
        expect(layoutJson(mapped, layout)).toBe(layoutJson(list.map(toJson), layout))
      }),
      { numRuns: 300 },
    )
  })
})
