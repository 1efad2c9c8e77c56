import { describe, expect, it } from 'vitest'
import { speakerRunFrom } from '../../../shared/edit/speaker-run'
import { asCueId, asSpeakerId } from '../../../shared/model'
import { makeCue } from '../../helpers/builders'

const beth = asSpeakerId('s1')
const tom = asSpeakerId('s2')

describe('this speaker from here until the next change', () => {
  it('covers the captions from the chosen one that share its speaker, stopping where the speaker changes', () => {
    const cues = [
      makeCue(1, 'a', { speakerId: tom }),
      makeCue(2, 'b', { speakerId: beth }),
      makeCue(3, 'c', { speakerId: beth }),
      makeCue(4, 'd', { speakerId: tom }),
      makeCue(5, 'e', { speakerId: beth }),
    ]
    expect(speakerRunFrom(cues, asCueId('c2'))).toEqual(['c2', 'c3'])
  })

  it('runs through every unnamed caption to the end when nobody is named after it', () => {
    const cues = [makeCue(1, 'a', { speakerId: beth }), makeCue(2, 'b'), makeCue(3, 'c'), makeCue(4, 'd')]
    expect(speakerRunFrom(cues, asCueId('c2'))).toEqual(['c2', 'c3', 'c4'])
  })

  it('passes over descriptions and headings, which have no speaker, without stopping', () => {
    const cues = [
      makeCue(1, 'a'),
      makeCue(2, '[applause]', { kind: 'description' }),
      makeCue(3, 'c'),
      makeCue(4, 'd', { speakerId: tom }),
    ]
    expect(speakerRunFrom(cues, asCueId('c1'))).toEqual(['c1', 'c3'])
  })

  it('is empty for a caption that is not there', () => {
    expect(speakerRunFrom([makeCue(1, 'a')], asCueId('gone'))).toEqual([])
  })
})
