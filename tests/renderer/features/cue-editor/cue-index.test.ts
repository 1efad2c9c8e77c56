import { describe, expect, it } from 'vitest'
import { cueById, cueIndexOf } from '../../../../renderer/features/cue-editor/cue-index'
import type { Cue } from '../../../../shared/model'
import { asCueId } from '../../../../shared/model'

const cue = (id: string, startMs: number): Cue => ({ id: asCueId(id), startMs, endMs: startMs + 900, text: id })
const cues = ['a', 'b', 'c', 'd'].map((id, i) => cue(id, i * 1000))

describe('finding the current caption', () => {
  it('gives the same answer as a scan, whichever caption was asked for before', () => {
    for (const first of ['a', 'c', 'zz']) {
      cueIndexOf(cues, first)
      for (const id of ['a', 'b', 'c', 'd', 'zz', undefined])
        expect(cueIndexOf(cues, id)).toBe(id === undefined ? -1 : cues.findIndex((c) => c.id === id))
    }
  })

  it('follows a caption that moved, and one that is gone', () => {
    expect(cueIndexOf(cues, 'c')).toBe(2)
    const withNewFirst = [cue('x', 0), ...cues]
    expect(cueIndexOf(withNewFirst, 'c')).toBe(3)
    expect(cueById(withNewFirst, 'c')).toBe(cues[2])
    expect(
      cueIndexOf(
        cues.filter((c) => c.id !== 'c'),
        'c',
      ),
    ).toBe(-1)
    expect(cueById([], 'c')).toBeUndefined()
  })

  it('finds an edited caption (a new object in the same place)', () => {
    cueIndexOf(cues, 'b')
    const edited = cues.map((c) => (c.id === 'b' ? { ...c, text: 'bee' } : c))
    expect(cueById(edited, 'b')?.text).toBe('bee')
  })
})
