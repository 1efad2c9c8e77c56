import { describe, expect, it } from 'vitest'
import { compileQuery, findAll, replaceAll } from '../../../shared/edit/find-replace'
import { asCueId, makeDocument, type Cue } from '../../../shared/model'

const cue = (n: number, text: string, words?: Cue['words']): Cue => ({
  id: asCueId(`c${n}`),
  startMs: n * 1000,
  endMs: n * 1000 + 900,
  text,
  ...(words ? { words } : {}),
})
const doc = makeDocument([
  cue(1, 'The co production network'),
  cue(2, 'Co production is the co-production of the Cat'),
  cue(3, 'catalogue cat.'),
])

describe('find and replace', () => {
  it('finds case-insensitively by default and in document order', () => {
    expect(findAll(doc, { text: 'co production' }).map((m) => [m.cueId, m.start])).toEqual([
      ['c1', 4],
      ['c2', 0],
    ])
  })

  it('whole word does not match inside words, and works with Welsh letters', () => {
    expect(findAll(doc, { text: 'cat', wholeWord: true }).map((m) => m.cueId)).toEqual(['c2', 'c3'])
    const welsh = makeDocument([cue(1, 'dŵr a dŵrwr')])
    expect(findAll(welsh, { text: 'dŵr', wholeWord: true })).toHaveLength(1)
  })

  it('case-sensitive search', () => {
    expect(findAll(doc, { text: 'Cat', caseSensitive: true }).map((m) => m.cueId)).toEqual(['c2'])
  })

  it('regex search, and an invalid regex is reported instead of thrown', () => {
    expect(findAll(doc, { text: 'co[ -]production', regex: true })).toHaveLength(3)
    const bad = compileQuery({ text: '(', regex: true })
    expect(bad.ok).toBe(false)
    expect(findAll(doc, { text: '(', regex: true })).toEqual([])
  })

  it('replace all returns a preview of every changed cue and the count', () => {
    const result = replaceAll(doc, { text: 'co production' }, 'co-production')
    expect(result.count).toBe(2)
    expect(result.changes.map((c) => c.after)).toEqual([
      'The co-production network',
      'co-production is the co-production of the Cat',
    ])
    expect(result.doc.cues[2]).toBe(doc.cues[2])
  })

  it('a literal replacement keeps dollar signs; a regex one expands groups', () => {
    const d = makeDocument([cue(1, 'cost 5 pounds')])
    expect(replaceAll(d, { text: '5 pounds' }, '$5').doc.cues[0]!.text).toBe('cost $5')
    expect(replaceAll(d, { text: '(\\d+) pounds', regex: true }, '£$1').doc.cues[0]!.text).toBe('cost £5')
  })

  it('keeps word timings only while the number of words is unchanged', () => {
    const words = [
      { startMs: 1000, endMs: 1400, text: 'co' },
      { startMs: 1400, endMs: 1900, text: 'production' },
    ]
    const d = makeDocument([cue(1, 'co production', words)])
    expect(replaceAll(d, { text: 'co production' }, 'co-production').doc.cues[0]!.words).toBeUndefined()
    expect(replaceAll(d, { text: 'production' }, 'operation').doc.cues[0]!.words).toEqual(words)
  })

  it('only the chosen cues are replaced when a selection is given', () => {
    const result = replaceAll(doc, { text: 'co production' }, 'X', new Set([asCueId('c2')]))
    expect(result.doc.cues.map((c) => c.text)).toEqual([
      'The co production network',
      'X is the co-production of the Cat',
      'catalogue cat.',
    ])
  })
})

describe('find across line breaks', () => {
  it('a space in plain text also matches a caption line break', () => {
    const d = makeDocument([cue(1, 'we talk about co\nproduction today')])
    expect(findAll(d, { text: 'co production' })).toHaveLength(1)
    expect(replaceAll(d, { text: 'co production' }, 'co-production').doc.cues[0]!.text).toBe(
      'we talk about co-production today',
    )
  })
})
