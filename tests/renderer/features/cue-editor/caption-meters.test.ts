import { describe, expect, it } from 'vitest'
import { GUIDE_AT, measureCaption, meterFill } from '../../../../renderer/features/cue-editor/caption-meters'
import { ACCESSIBLE_DEFAULT_PROFILE as P, asCueId, makeDocument, type StyleProfile } from '../../../../shared/model'
import { checkDocument } from '../../../../shared/quality/checks'

const words: StyleProfile = { ...P, id: 'words', maxCharsPerSecond: 30, maxWordsPerMinute: 150 }

describe('caption editor meters', () => {
  it('counts each line against the profile limit and says how far over it is', () => {
    const over = 'When we talk about co-production we mean three things'
    const m = measureCaption(`Welcome everyone\n${over}`, 5000, P)
    expect(m.lines).toEqual([
      { number: 1, chars: 16, max: 42, over: 0, extra: false },
      { number: 2, chars: over.length, max: 42, over: over.length - 42, extra: false },
    ])
  })

  it('marks lines beyond the profile number of lines', () => {
    expect(measureCaption('one\ntwo\nthree', 3000, P).lines.map((l) => l.extra)).toEqual([false, false, true])
  })

  it('an empty caption has one empty line and no reading speed', () => {
    expect(measureCaption('', 2000, P)).toEqual({
      lines: [{ number: 1, chars: 0, max: 42, over: 0, extra: false }],
      speed: undefined,
      noTime: false,
    })
  })

  it('reading speed in characters a second, rounded as shown, against the profile', () => {
    // 49 readable characters (the line break does not count) in four words.
    const text = 'Extraordinary collaboration\nbetween organisations.'
    expect(measureCaption(text, 4000, P).speed).toEqual({
      measure: 'chars-per-second',
      value: 12.3,
      max: 20,
      over: false,
    })
    expect(measureCaption(text, 2000, P).speed).toEqual({
      measure: 'chars-per-second',
      value: 24.5,
      max: 20,
      over: true,
    })
    expect(measureCaption('Understood.', 3000, P).speed).toMatchObject({ value: 3.7 })
  })

  it('names words a minute when that is the measure nearer its limit', () => {
    // 6 short words in 2 s: 180 words a minute (limit 150) but only 10.5 characters a second (limit 30).
    expect(measureCaption('So we do it as we', 2000, words).speed).toEqual({
      measure: 'words-per-minute',
      value: 180,
      max: 150,
      over: true,
    })
  })

  it('agrees with the reading-speed check on whether a caption is too fast', () => {
    for (const [text, ms] of [
      ['Thank you all for coming today.', 1400],
      ['Thank you all for coming today.', 1600],
      ['a b c d e f g h', 2000],
    ] as const) {
      for (const profile of [P, words]) {
        const fast =
          checkDocument(makeDocument([{ id: asCueId('c1'), text, startMs: 0, endMs: ms }]), profile, {
            rules: ['too-fast'],
          }).length > 0
        expect(measureCaption(text, ms, profile).speed?.over, `${text} ${ms} ${profile.id}`).toBe(fast)
      }
    }
  })

  it('a section heading has line meters but no reading speed; no time on screen is said so', () => {
    expect(measureCaption('Questions', 0, P, 'heading')).toMatchObject({ speed: undefined, noTime: false })
    expect(measureCaption('Questions', 0, P)).toMatchObject({ speed: undefined, noTime: true })
  })

  it('a meter is full at the limit guide and never beyond its track', () => {
    const [line] = measureCaption('x'.repeat(42), 3000, P).lines
    expect(meterFill(line!)).toBe(GUIDE_AT)
    expect(meterFill(measureCaption('x'.repeat(200), 3000, P).lines[0]!)).toBe(1)
  })
})
