import { describe, expect, it } from 'vitest'
import {
  asCueId,
  asSpeakerId,
  assignSpeaker,
  deleteCues,
  makeDocument,
  updateCue,
  type Cue,
} from '../../../../shared/model'
import { speakerCounts } from '../../../../renderer/features/speakers/speaker-counts'

const ann = asSpeakerId('s1')
const bob = asSpeakerId('s2')
const cue = (n: number, speakerId?: typeof ann): Cue => ({
  id: asCueId(`c${n}`),
  startMs: n * 1000,
  endMs: n * 1000 + 900,
  text: `line ${n}`,
  ...(speakerId ? { speakerId } : {}),
})
const speakers = [
  { id: ann, name: 'Ann' },
  { id: bob, name: 'Bob' },
]

describe('speaker counts', () => {
  it("counts each speaker's captions, and gives the same Map back while typing changes no speaker", () => {
    const doc = makeDocument([cue(1, ann), cue(2, bob), cue(3, ann), cue(4)], speakers)
    const counts = speakerCounts(doc.cues)
    expect(Object.fromEntries(counts)).toEqual({ s1: 2, s2: 1 })
    const typed = updateCue(doc, asCueId('c2'), { text: 'line two' })
    expect(speakerCounts(typed.cues)).toBe(counts)
  })

  it('follows assignments, deletions and a different document', () => {
    const doc = makeDocument([cue(1, ann), cue(2, bob), cue(3, ann), cue(4)], speakers)
    speakerCounts(doc.cues)
    const assigned = assignSpeaker(doc, [asCueId('c1'), asCueId('c4')], bob)
    expect(Object.fromEntries(speakerCounts(assigned.cues))).toEqual({ s1: 1, s2: 3 })
    const fewer = deleteCues(assigned, [asCueId('c3')])
    expect(Object.fromEntries(speakerCounts(fewer.cues))).toEqual({ s2: 3 })
    const other = makeDocument([cue(7), cue(8), cue(9), cue(10, ann)], speakers)
    expect(Object.fromEntries(speakerCounts(other.cues))).toEqual({ s1: 1 })
  })
})
