import { describe, expect, it } from 'vitest'
import {
  addLanguage,
  asCueId,
  asSpeakerId,
  carryTextEdit,
  carryTranslations,
  deleteCues,
  makeDocument,
  mergeWithNext,
  nudgeCue,
  removeLanguage,
  setTranslatedRole,
  setTranslation,
  setTranslationChecked,
  splitCue,
  translationCounts,
  translationTrack,
  isLanguageTag,
  type CaptionDocument,
  type Cue,
} from '../../../shared/model'
import { documentInLanguage } from '../../../shared/model/translation-document'

const cue = (n: number, text: string, extra: Partial<Cue> = {}): Cue => ({
  id: asCueId(`c${n}`),
  startMs: n * 1000,
  endMs: n * 1000 + 900,
  text,
  ...extra,
})
const master = makeDocument(
  [cue(1, 'Good morning everyone'), cue(2, 'Welcome to the meeting'), cue(3, 'Let us begin')],
  [{ id: asSpeakerId('s1'), name: 'Beth', role: 'Chair' }],
  { language: 'en-GB' },
)

function welsh(doc: CaptionDocument = master): CaptionDocument {
  let d = addLanguage(doc, 'cy')
  d = setTranslation(d, 'cy', asCueId('c1'), 'Bore da bawb')
  d = setTranslation(d, 'cy', asCueId('c2'), 'Croeso i’r cyfarfod')
  return d
}
const entries = (doc: CaptionDocument) =>
  translationTrack(doc, 'cy')!.cues.map((e) => ({ ids: e.sourceIds.join('+'), text: e.text, check: !!e.needsCheck }))

describe('language tracks', () => {
  it('adds a language once, never the master’s own, and removes it again', () => {
    const d = addLanguage(addLanguage(master, 'cy'), 'CY')
    expect(d.translations?.map((t) => t.language)).toEqual(['cy'])
    expect(addLanguage(master, 'en-gb')).toBe(master)
    expect(removeLanguage(d, 'cy').translations).toBeUndefined()
  })

  it('keeps translations in master order and counts what is missing', () => {
    const d = setTranslation(welsh(), 'cy', asCueId('c3'), 'Dechreuwn')
    expect(entries(d).map((e) => e.ids)).toEqual(['c1', 'c2', 'c3'])
    expect(translationCounts(welsh(), 'cy')).toEqual({ missing: 1, needsCheck: 0, done: 2 })
    expect(entries(setTranslation(welsh(), 'cy', asCueId('c1'), '  '))).toHaveLength(1)
  })

  it('recognises BCP 47 tags', () => {
    expect(['cy', 'en-GB', 'zh-Hant-TW', 'es-419'].every(isLanguageTag)).toBe(true)
    expect(['', 'Welsh', 'en_GB', 'e'].some(isLanguageTag)).toBe(false)
  })
})

describe('master edits carry to the translations', () => {
  it('retiming needs nothing: the translation takes its source’s times', () => {
    const moved = nudgeCue(welsh(), asCueId('c2'), 'both', 250)
    const cy = documentInLanguage(moved, 'cy').doc
    expect(cy.cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [1000, 1900],
      [2250, 3150],
    ])
  })

  it('a split keeps the translation across both halves and marks it for checking', () => {
    const d = splitCue(welsh(), asCueId('c2'), { textOffset: 8 })
    expect(entries(d)).toEqual([
      { ids: 'c1', text: 'Bore da bawb', check: false },
      { ids: 'c2+c4', text: 'Croeso i’r cyfarfod', check: true },
    ])
    const cy = documentInLanguage(d, 'cy').doc.cues[1]!
    expect([cy.startMs, cy.endMs]).toEqual([2000, 2900])
  })

  it('a merge joins the translations on a new line and marks them for checking', () => {
    const d = mergeWithNext(welsh(), asCueId('c1'))
    expect(entries(d)).toEqual([{ ids: 'c1', text: 'Bore da bawb\nCroeso i’r cyfarfod', check: true }])
  })

  it('merging the two halves of a split brings the translation back to one caption', () => {
    const split = splitCue(welsh(), asCueId('c2'), { textOffset: 8 })
    const checked = setTranslationChecked(split, 'cy', asCueId('c2'), true)
    const merged = mergeWithNext(checked, asCueId('c2'))
    expect(entries(merged)[1]).toEqual({ ids: 'c2', text: 'Croeso i’r cyfarfod', check: false })
  })

  it('deleting a caption deletes only its own translation', () => {
    const d = deleteCues(welsh(), [asCueId('c1')])
    expect(entries(d)).toEqual([{ ids: 'c2', text: 'Croeso i’r cyfarfod', check: false }])
  })

  it('new wording in the master marks the translation for checking', () => {
    expect(entries(carryTextEdit(welsh(), asCueId('c1')))[0]!.check).toBe(true)
    expect(carryTextEdit(master, asCueId('c1'))).toBe(master)
  })

  it('a wholesale replacement (tidy-up) moves translations to the captions they overlap, losing no text', () => {
    const retimed = makeDocument(
      [
        { ...cue(9, 'Good morning everyone welcome'), startMs: 900, endMs: 2500 },
        { ...cue(8, 'to the meeting'), startMs: 2500, endMs: 2950 },
        cue(3, 'Let us begin'),
      ],
      master.speakers,
      master.meta,
    )
    const d = carryTranslations(welsh(), retimed)
    expect(entries(d)).toEqual([{ ids: 'c9+c8', text: 'Bore da bawb\nCroeso i’r cyfarfod', check: true }])
  })
})

describe('one language as a document', () => {
  it('gives the master’s times, speakers with translated roles and a WebVTT language header', () => {
    const d = setTranslatedRole(
      setTranslation(welsh(), 'cy', asCueId('c1'), 'Bore da'),
      'cy',
      asSpeakerId('s1'),
      'Cadeirydd',
    )
    const withSpeaker = { ...d, cues: d.cues.map((c) => (c.id === 'c1' ? { ...c, speakerId: asSpeakerId('s1') } : c)) }
    const { doc, untranslated } = documentInLanguage(withSpeaker, 'cy')
    expect(untranslated).toBe(1)
    expect(doc.cues.map((c) => c.text)).toEqual(['Bore da', 'Croeso i’r cyfarfod'])
    expect(doc.cues[0]!.speakerId).toBe('s1')
    expect(doc.speakers[0]!.role).toBe('Cadeirydd')
    expect(doc.meta).toMatchObject({ language: 'cy', vttHeader: 'Language: cy' })
    expect(doc.translations).toBeUndefined()
    const en = documentInLanguage(withSpeaker, 'en-GB').doc
    expect(en.cues).toHaveLength(3)
    expect(en.translations).toBeUndefined()
  })
})
