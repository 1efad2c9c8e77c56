import { describe, expect, it } from 'vitest'
import {
  addSpeaker,
  asCueId,
  assignSpeaker,
  deleteCues,
  insertCue,
  makeDocument,
  mergeWithNext,
  mergeWithPrevious,
  newCueId,
  nudgeCue,
  removeSpeaker,
  shiftCuesFrom,
  splitCue,
  updateCue,
  updateSpeaker,
  type Cue,
} from '../../../shared/model'

const cue = (n: number, startMs: number, endMs: number, text: string, extra: Partial<Cue> = {}): Cue => ({
  id: asCueId(`c${n}`),
  startMs,
  endMs,
  text,
  ...extra,
})
const doc = () =>
  makeDocument([
    cue(1, 0, 2000, 'Hello there everyone'),
    cue(2, 2000, 4000, 'welcome to the talk'),
    cue(3, 5000, 6000, 'Thanks'),
  ])

describe('caption model edits', () => {
  it('update keeps ids and sorts by start when a time moves past a neighbour', () => {
    const next = updateCue(doc(), asCueId('c1'), { startMs: 4500, endMs: 4800 })
    expect(next.cues.map((c) => c.id)).toEqual(['c2', 'c1', 'c3'])
  })

  it('update clamps negative and reversed times', () => {
    const next = updateCue(doc(), asCueId('c1'), { startMs: -50, endMs: -100 })
    expect(next.cues[0]).toMatchObject({ startMs: 0, endMs: 0 })
  })

  it('split without word timings divides time by the share of characters', () => {
    const next = splitCue(doc(), asCueId('c1'), { textOffset: 'Hello there'.length })
    expect(next.cues).toHaveLength(4)
    expect(next.cues[0]).toMatchObject({ id: 'c1', text: 'Hello there', startMs: 0 })
    expect(next.cues[1]).toMatchObject({ text: 'everyone', endMs: 2000 })
    expect(next.cues[0]!.endMs).toBe(next.cues[1]!.startMs)
    expect(next.cues[0]!.endMs).toBe(Math.round(2000 * (11 / 19)))
    expect(new Set(next.cues.map((c) => c.id)).size).toBe(4)
  })

  it('split with word timings starts the second cue at the next word', () => {
    const words = [
      { startMs: 0, endMs: 400, text: 'Hello' },
      { startMs: 400, endMs: 900, text: 'there' },
      { startMs: 1300, endMs: 2000, text: 'everyone' },
    ]
    const d = makeDocument([cue(1, 0, 2000, 'Hello there everyone', { words })])
    const next = splitCue(d, asCueId('c1'), { textOffset: 12 })
    expect(next.cues.map((c) => [c.startMs, c.endMs, c.text])).toEqual([
      [0, 1300, 'Hello there'],
      [1300, 2000, 'everyone'],
    ])
    expect(next.cues[1]!.words).toEqual([words[2]])
  })

  it('split at either end of the text changes nothing', () => {
    const d = doc()
    expect(splitCue(d, asCueId('c1'), { textOffset: 0 })).toBe(d)
    expect(splitCue(d, asCueId('c1'), { textOffset: 999 })).toBe(d)
  })

  it('merge joins text with a line break and spans both cues', () => {
    const next = mergeWithNext(doc(), asCueId('c1'))
    expect(next.cues[0]).toMatchObject({
      id: 'c1',
      startMs: 0,
      endMs: 4000,
      text: 'Hello there everyone\nwelcome to the talk',
    })
    expect(mergeWithPrevious(doc(), asCueId('c2')).cues[0]).toEqual(next.cues[0])
    expect(mergeWithNext(doc(), asCueId('c3')).cues).toHaveLength(3)
  })

  it('insert and delete', () => {
    const d = doc()
    const id = newCueId(d)
    expect(d.cues.some((c) => c.id === id)).toBe(false)
    const inserted = insertCue(d, { id, startMs: 4200, endMs: 4800, text: 'new' })
    expect(inserted.cues.map((c) => c.id)).toEqual(['c1', 'c2', id, 'c3'])
    expect(deleteCues(inserted, [id, asCueId('c1')]).cues.map((c) => c.id)).toEqual(['c2', 'c3'])
  })

  it('nudge moves one edge or both and never below zero', () => {
    const d = doc()
    expect(nudgeCue(d, asCueId('c2'), 'start', -100).cues[1]).toMatchObject({ startMs: 1900, endMs: 4000 })
    expect(nudgeCue(d, asCueId('c2'), 'end', 100).cues[1]).toMatchObject({ startMs: 2000, endMs: 4100 })
    expect(nudgeCue(d, asCueId('c1'), 'both', -100).cues[0]).toMatchObject({ startMs: 0, endMs: 1900 })
  })

  it('shift moves the cue and every later one, word timings included', () => {
    const d = makeDocument([
      cue(1, 0, 1000, 'a'),
      cue(2, 1000, 2000, 'b', { words: [{ startMs: 1000, endMs: 2000, text: 'b' }] }),
    ])
    const next = shiftCuesFrom(d, asCueId('c2'), 500)
    expect(next.cues[0]).toMatchObject({ startMs: 0, endMs: 1000 })
    expect(next.cues[1]).toMatchObject({
      startMs: 1500,
      endMs: 2500,
      words: [{ startMs: 1500, endMs: 2500, text: 'b' }],
    })
  })

  it('speakers: add, assign, rename everywhere at once, remove', () => {
    const { doc: withSpeaker, speakerId } = addSpeaker(doc(), ' Beth Perry ', 'University of Sheffield')
    expect(withSpeaker.speakers).toEqual([{ id: speakerId, name: 'Beth Perry', role: 'University of Sheffield' }])
    const assigned = assignSpeaker(withSpeaker, [asCueId('c1'), asCueId('c2')], speakerId)
    expect(assigned.cues.filter((c) => c.speakerId === speakerId)).toHaveLength(2)
    const renamed = updateSpeaker(assigned, speakerId, { name: 'Dr Beth Perry' })
    expect(renamed.speakers[0]!.name).toBe('Dr Beth Perry')
    expect(renamed.cues[0]!.speakerId).toBe(speakerId)
    const removed = removeSpeaker(renamed, speakerId)
    expect(removed.speakers).toEqual([])
    expect(removed.cues.every((c) => c.speakerId === undefined && !('speakerId' in c))).toBe(true)
  })
})
