import { describe, expect, it } from 'vitest'
import { asCueId, makeDocument } from '../../../../shared/model'
import { MIN_CUE_MS, patchesForDrag } from '../../../../renderer/features/waveform/edge-drag'

const doc = makeDocument([
  { id: asCueId('a'), startMs: 0, endMs: 2000, text: 'a' },
  { id: asCueId('b'), startMs: 2000, endMs: 4000, text: 'b' },
  { id: asCueId('c'), startMs: 5000, endMs: 6000, text: 'c' },
])

describe('dragging regions', () => {
  it('moving the shared edge of touching cues moves both', () => {
    expect(patchesForDrag(doc, { id: asCueId('b'), startMs: 2400, endMs: 4000, side: 'start' })).toEqual([
      { id: 'a', startMs: 0, endMs: 2400 },
      { id: 'b', startMs: 2400, endMs: 4000 },
    ])
    expect(patchesForDrag(doc, { id: asCueId('a'), startMs: 0, endMs: 1500, side: 'end' })).toEqual([
      { id: 'a', startMs: 0, endMs: 1500 },
      { id: 'b', startMs: 1500, endMs: 4000 },
    ])
  })

  it('an edge next to a gap moves alone and stops at the neighbour', () => {
    expect(patchesForDrag(doc, { id: asCueId('c'), startMs: 3000, endMs: 6000, side: 'start' })).toEqual([
      { id: 'c', startMs: 4000, endMs: 6000 },
    ])
    expect(patchesForDrag(doc, { id: asCueId('b'), startMs: 2000, endMs: 5500, side: 'end' })).toEqual([
      { id: 'b', startMs: 2000, endMs: 5000 },
    ])
  })

  it('no cue shrinks below the minimum length', () => {
    const [prev, cur] = patchesForDrag(doc, { id: asCueId('b'), startMs: -500, endMs: 4000, side: 'start' })
    expect(prev!.endMs - prev!.startMs).toBe(MIN_CUE_MS)
    expect(cur!.startMs).toBe(MIN_CUE_MS)
    const [only] = patchesForDrag(doc, { id: asCueId('c'), startMs: 5000, endMs: 4000, side: 'end' })
    expect(only!.endMs - only!.startMs).toBe(MIN_CUE_MS)
  })

  it('moving a whole cue keeps its length and stays between neighbours', () => {
    expect(patchesForDrag(doc, { id: asCueId('c'), startMs: 3500, endMs: 4500 })).toEqual([
      { id: 'c', startMs: 4000, endMs: 5000 },
    ])
    expect(patchesForDrag(doc, { id: asCueId('c'), startMs: 9000, endMs: 10000 })).toEqual([
      { id: 'c', startMs: 9000, endMs: 10000 },
    ])
  })
})
