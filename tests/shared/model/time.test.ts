import { describe, expect, it } from 'vitest'
import { formatTenthsClock } from '../../../shared/model/time'

describe('formatTenthsClock', () => {
  it('shows hours only past an hour or when asked, to a tenth', () => {
    expect(formatTenthsClock(64_450, false)).toBe('1:04.5')
    expect(formatTenthsClock(0, false)).toBe('0:00.0')
    expect(formatTenthsClock(64_450, true)).toBe('0:01:04.5')
    expect(formatTenthsClock(3_723_400, false)).toBe('1:02:03.4')
    expect(formatTenthsClock(-5, false)).toBe('0:00.0')
  })
})
