import { describe, expect, it } from 'vitest'
import { initialsOf, SPEAKER_COLOURS, speakerBadge } from '../../../../renderer/features/speakers/speaker-badge'
import { asSpeakerId, type Speaker } from '../../../../shared/model'

const makeSpeaker = (n: number, name: string): Speaker => ({ id: asSpeakerId(`s${n}`), name })

describe('speaker chips', () => {
  it('carry initials of the first and last word, so they tell speakers apart without colour', () => {
    expect(initialsOf('Beth Perry')).toBe('BP')
    expect(initialsOf('Cher')).toBe('C')
    expect(initialsOf('  Dr. Amy  Lee-Smith ')).toBe('DL')
    expect(initialsOf('Ífor ap Owain')).toBe('ÍO')
    expect(initialsOf('— ')).toBe('?')
  })

  it('number speakers by their place in the list and give each a colour, starting again after the last', () => {
    const speakers = Array.from({ length: SPEAKER_COLOURS.length + 1 }, (_, i) =>
      makeSpeaker(i + 1, `Speaker ${i + 1}`),
    )
    expect(speakerBadge(speakers, asSpeakerId('s2'))).toEqual({
      number: 2,
      initials: 'S2',
      colour: SPEAKER_COLOURS[1],
      name: 'Speaker 2',
    })
    expect(speakerBadge(speakers, asSpeakerId(`s${SPEAKER_COLOURS.length + 1}`))!.colour).toBe(SPEAKER_COLOURS[0])
    expect(speakerBadge(speakers, undefined)).toBeUndefined()
    expect(speakerBadge(speakers, asSpeakerId('gone'))).toBeUndefined()
  })
})
