// Bug (#16): caption 3 was "too fast (16.4 characters a second; aim for 20). It needs about 4.8 s"
// while it was 4.8 s long: the check fired on words per minute and reported characters per second.
import { describe, expect, it } from 'vitest'
import { ACCESSIBLE_DEFAULT_PROFILE as P, makeDocument } from '../../../shared/model'
import { checkDocument } from '../../../shared/quality/checks'
import { describeFinding } from '../../../shared/quality/messages'
import { makeCue } from '../../helpers/builders'

const tooFast = (text: string, ms: number) =>
  checkDocument(makeDocument([makeCue(1, text, { startMs: 0, endMs: ms })]), P, { rules: ['too-fast'] })

describe('too fast to read names the measure that fired', () => {
  it('many short words: words a minute, with the time it needs rounded up past its length', () => {
    // 6 words in 1.5 s is 240 a minute (over 200), but 28 characters is 18.7 a second (under 20).
    const [found] = tooFast('I chair the group this year.', 1500)
    expect(found).toMatchObject({
      messageKey: 'quality.tooFastWords',
      params: { wpm: 240, max: P.maxWordsPerMinute, seconds: 1.8 },
    })
    expect(describeFinding(found!)).toBe(
      'This caption is too fast to read (240 words a minute; aim for 200). It needs about 1.8 s on screen: extend it, or move words to the next caption?',
    )
  })

  it('long words: characters a second', () => {
    const [found] = tooFast('Internationalisation considerations', 1000)
    expect(found).toMatchObject({ messageKey: 'quality.tooFast', params: { max: P.maxCharsPerSecond } })
  })

  it('never says it needs the time the caption already has', () => {
    // 14 words in 4 s is 210 a minute: the time needed must read as more than 4.0 s.
    const [found] = tooFast('one two three four five six seven eight nine ten one two three four', 4000)
    expect(Number(found!.params.seconds)).toBeGreaterThan(4)
  })
})
