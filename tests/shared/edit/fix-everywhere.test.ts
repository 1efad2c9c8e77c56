// Fix once, fixed everywhere: the correction read from one caption's before/after, the other places
// it occurs (whole words only, never inside another word), applied with the place's capital kept.
import { describe, expect, it } from 'vitest'
import { applyCorrection, correctionOf, placesToFix } from '../../../shared/edit/fix-everywhere'
import { asCueId, makeDocument } from '../../../shared/model'

const doc = makeDocument(
  [
    'my name is Morwenna and i chair',
    'thank you more when a',
    'More when a said the fella was late',
    'a fellas club, not a fella',
    'furthermore when a thing',
  ].map((text, i) => ({ id: asCueId(`c${i + 1}`), startMs: i * 1000, endMs: i * 1000 + 900, text })),
)

describe('fix once, fixed everywhere', () => {
  it('reads the correction as the words that changed, without edge punctuation', () => {
    expect(correctionOf('my name is more when a and i chair', 'my name is Morwenna and i chair')).toEqual({
      from: 'more when a',
      to: 'Morwenna',
    })
    expect(correctionOf('the fella was late', 'the fellow was late.')).toEqual({ from: 'fella', to: 'fellow' })
    expect(correctionOf('in whales', 'in Wales.')).toEqual({ from: 'whales', to: 'Wales' })
    expect(correctionOf('same text', 'same text')).toBeUndefined()
    expect(correctionOf('one two three four five six', 'something else entirely')).toBeUndefined()
    expect(correctionOf('a word', 'a word here')).toBeUndefined() // an insertion is not a correction
  })

  it('finds the other places as whole words, any case, never inside another word', () => {
    expect(placesToFix(doc, { from: 'more when a', to: 'Morwenna' }, asCueId('c1'))).toEqual([
      { cueId: asCueId('c2'), count: 1 },
      { cueId: asCueId('c3'), count: 1 },
    ])
    expect(placesToFix(doc, { from: 'fella', to: 'fellow' })).toEqual([
      { cueId: asCueId('c3'), count: 1 },
      { cueId: asCueId('c4'), count: 1 },
    ])
  })

  it('applies it everywhere but the caption already corrected, keeping a capital at a sentence start', () => {
    const { doc: fixed, count } = applyCorrection(doc, { from: 'fella', to: 'fellow' }, asCueId('c1'))
    expect(count).toBe(2)
    expect(fixed.cues.map((c) => c.text)).toEqual([
      'my name is Morwenna and i chair',
      'thank you more when a',
      'More when a said the fellow was late',
      'a fellas club, not a fellow',
      'furthermore when a thing',
    ])
    const names = applyCorrection(doc, { from: 'more when a', to: 'morwenna' }).doc.cues.map((c) => c.text)
    expect(names[2]).toBe('Morwenna said the fella was late')
    expect(names[1]).toBe('thank you morwenna')
  })
})
