import { describe, expect, it } from 'vitest'
import type { Cue } from '../../../shared/model/cue'
import { asCueId } from '../../../shared/model/ids'
import { carryWordTimings, textEditPatch } from '../../../shared/edit/word-timings'

/** A cue whose n-th word runs from n·1000 to n·1000 + 800 ms. */
const timed = (text: string): Cue => {
  const words = text.split(' ')
  return {
    id: asCueId('c1'),
    startMs: 0,
    endMs: words.length * 1000,
    text,
    words: words.map((w, i) => ({ startMs: i * 1000, endMs: i * 1000 + 800, text: w })),
  }
}
const times = (words: ReturnType<typeof carryWordTimings>) => words?.map((w) => `${w.text}@${w.startMs}-${w.endMs}`)

describe('word timings through a text edit', () => {
  it('keeps the times of every word that survives and gives a corrected word the time of the one it replaced', () => {
    expect(times(carryWordTimings(timed('more when a chairs'), 'Morwenna chairs'))).toEqual([
      'Morwenna@0-2800',
      'chairs@3000-3800',
    ])
    expect(times(carryWordTimings(timed('in whales today'), 'in Wales today'))).toEqual([
      'in@0-800',
      'Wales@1000-1800',
      'today@2000-2800',
    ])
  })

  it('keeps a word time while it is being retyped letter by letter', () => {
    const cue = timed('thank you all')
    const halfway = { ...cue, text: 'thnk you all', words: carryWordTimings(cue, 'thnk you all')! }
    expect(times(carryWordTimings(halfway, 'thank you all'))).toEqual(times(cue.words))
  })

  it('splits a word time when one word becomes two, and puts an added word between its neighbours', () => {
    expect(times(carryWordTimings(timed('co-production network'), 'co production network'))).toEqual([
      'co@0-400',
      'production@400-800',
      'network@1000-1800',
    ])
    expect(times(carryWordTimings(timed('thank all'), 'thank you all'))).toEqual([
      'thank@0-800',
      'you@800-1000',
      'all@1000-1800',
    ])
  })

  it('leaves a cue without word timings (or with timings that no longer line up) as text only', () => {
    expect(textEditPatch({ id: asCueId('c1'), startMs: 0, endMs: 1000, text: 'a b' }, 'a c')).toEqual({ text: 'a c' })
    expect(textEditPatch({ ...timed('a b'), text: 'a b c' }, 'a c')).toEqual({ text: 'a c' })
    expect(textEditPatch(timed('a b'), 'a c').words).toHaveLength(2)
  })
})
