import { describe, expect, it } from 'vitest'
import { parseTypedTime } from '../../../../renderer/features/cue-editor/time-field'

describe('typed cue times', () => {
  it('reads full clocks, short clocks and seconds', () => {
    expect(parseTypedTime('01:02:03.456')).toBe(3_723_456)
    expect(parseTypedTime('2:03.5')).toBe(123_500)
    expect(parseTypedTime('00:00:01,250')).toBe(1250)
    expect(parseTypedTime('12.3')).toBe(12_300)
    expect(parseTypedTime(' 7 ')).toBe(7000)
  })

  it('refuses what is not a time', () => {
    for (const bad of ['', 'abc', '1:99:00', '-3', '1:2:3:4']) expect(parseTypedTime(bad), bad).toBeUndefined()
  })
})
