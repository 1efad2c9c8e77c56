import { describe, expect, it } from 'vitest'
import { asCueId, makeDocument, translationTrack, type CaptionDocument, type Cue } from '../../../shared/model'
import { alignTranslation } from '../../../shared/import/align-translation'

const c = (id: string, startMs: number, endMs: number, text: string): Cue => ({ id: asCueId(id), startMs, endMs, text })
const master = makeDocument([
  c('m1', 0, 2000, 'Good morning'),
  c('m2', 2000, 4000, 'Welcome all'),
  c('m3', 4000, 6000, 'Let us begin'),
  c('m4', 6000, 8000, 'First, the budget'),
])
const entries = (doc: CaptionDocument) =>
  translationTrack(doc, 'cy')!.cues.map((e) => `${e.sourceIds.join('+')}=${e.text}${e.needsCheck ? ' (check)' : ''}`)

describe('aligning a caption file in another language to the master by time', () => {
  it('matches captions with the same times one to one', () => {
    const cy = makeDocument(master.cues.map((m, i) => c(`f${i}`, m.startMs, m.endMs, `cy ${i + 1}`)))
    const { doc, report } = alignTranslation(master, cy, 'cy')
    expect(entries(doc)).toEqual(['m1=cy 1', 'm2=cy 2', 'm3=cy 3', 'm4=cy 4'])
    expect(report).toMatchObject({ matched: 4, unmatched: [], needsCheck: 0, untranslated: 0 })
  })

  it('follows a translator’s own timing: one line across two captions, two lines in one, small offsets', () => {
    const cy = makeDocument([
      c('f1', 150, 3900, 'Bore da a chroeso'),
      c('f2', 4100, 5000, 'Dechreuwn'),
      c('f3', 5000, 5900, 'nawr'),
      c('f4', 6200, 7800, 'Yn gyntaf, y gyllideb'),
    ])
    const { doc, report } = alignTranslation(master, cy, 'cy')
    expect(entries(doc)).toEqual(['m1+m2=Bore da a chroeso', 'm3=Dechreuwn\nnawr', 'm4=Yn gyntaf, y gyllideb'])
    expect(report).toMatchObject({ matched: 4, needsCheck: 0, untranslated: 0 })
  })

  it('reports captions that overlap nothing, with their line, and the master captions left without a translation', () => {
    const cy = makeDocument([c('f1', 0, 2000, 'Bore da'), c('f2', 9000, 9500, 'Diolch')])
    const { doc, report } = alignTranslation(master, cy, 'cy', (cue) => (cue.id === 'f2' ? 7 : undefined))
    expect(entries(doc)).toEqual(['m1=Bore da'])
    expect(report.unmatched).toEqual([{ line: 7, startMs: 9000, endMs: 9500, text: 'Diolch' }])
    expect(report.untranslated).toBe(3)
  })

  it('marks a weak match (a sliver of overlap) for checking', () => {
    const cy = makeDocument([c('f1', 7900, 9900, 'Diolch')])
    const { doc } = alignTranslation(master, cy, 'cy')
    expect(entries(doc)).toEqual(['m4=Diolch (check)'])
  })

  it('keeps existing translations of captions the new file does not reach', () => {
    const first = alignTranslation(master, makeDocument([c('f1', 6000, 8000, 'Y gyllideb')]), 'cy').doc
    const second = alignTranslation(first, makeDocument([c('f1', 0, 2000, 'Bore da')]), 'cy').doc
    expect(entries(second)).toEqual(['m1=Bore da', 'm4=Y gyllideb'])
  })
})
