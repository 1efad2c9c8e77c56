import { describe, expect, it } from 'vitest'
import {
  timedVersionDue,
  VERSION_POLICY,
  versionsToDrop,
  type PolicyEntry,
} from '../../../../electron/services/project/version-policy'

const MIN = 60_000
const DAY = 24 * 60 * MIN
const NOW = Date.UTC(2026, 5, 15, 12, 0, 0)
const entry = (id: string, agoMs: number, reason: PolicyEntry['reason'] = 'time', bytes = 1000): PolicyEntry => ({
  id,
  keptAt: NOW - agoMs,
  reason,
  bytes,
})
const kept = (entries: PolicyEntry[]) => entries.map((e) => e.id).filter((id) => !versionsToDrop(entries, NOW).has(id))

describe('the version policy', () => {
  it('a regular version is due only when none was kept in the last 10 minutes', () => {
    expect(timedVersionDue(undefined, NOW)).toBe(true)
    expect(timedVersionDue(NOW - 9 * MIN, NOW)).toBe(false)
    expect(timedVersionDue(NOW - 10 * MIN, NOW)).toBe(true)
  })

  it('keeps one regular version per 10 minutes for the last day (the newest of each 10 minutes)', () => {
    // 12:00 is a 10-minute boundary: 11:58 and 11:55 share a slot, 11:45 has its own.
    const entries = [entry('a', 2 * MIN), entry('b', 5 * MIN), entry('c', 15 * MIN)]
    expect(kept(entries)).toEqual(['a', 'c'])
  })

  it('keeps one regular version per day after the first day, up to 30 days', () => {
    const entries = [
      entry('day2-late', DAY + 2 * 60 * MIN),
      entry('day2-early', DAY + 5 * 60 * MIN),
      entry('day10', 10 * DAY),
      entry('day29', 29 * DAY),
      entry('day31', 31 * DAY),
    ]
    expect(kept(entries)).toEqual(['day2-late', 'day10', 'day29'])
  })

  it('keeps every version kept before a bulk change, but none older than 30 days', () => {
    const entries = [
      entry('t', 1 * MIN),
      entry('r1', 2 * MIN, 'replace-all'),
      entry('r2', 3 * MIN, 'fix-all'),
      entry('old', 31 * DAY, 'glossary'),
      entry('b', 31 * DAY, 'backup'),
    ]
    expect(kept(entries)).toEqual(['t', 'r1', 'r2'])
  })

  it('past 200 versions the oldest regular ones go first, then the oldest of any reason; the newest stays', () => {
    const bulk = Array.from({ length: 150 }, (_, i) => entry(`r${i}`, (i + 1) * MIN, 'replace-all'))
    const regular = Array.from({ length: 60 }, (_, i) => entry(`t${i}`, (i + 1) * 10 * MIN))
    const left = kept([...bulk, ...regular])
    expect(left).toHaveLength(VERSION_POLICY.maxCount)
    expect(left.filter((id) => id.startsWith('r'))).toHaveLength(150)
    // The 10 oldest regular ones went.
    expect(left).not.toContain('t59')
    expect(left).toContain('t49')
    const onlyBulk = Array.from({ length: 205 }, (_, i) => entry(`r${i}`, i * MIN, 'replace-all'))
    const leftBulk = kept(onlyBulk)
    expect(leftBulk).toHaveLength(200)
    expect(leftBulk).toContain('r0')
    expect(leftBulk).not.toContain('r204')
  })

  it('past 200 MB the oldest regular versions go first, and one huge newest version is still kept', () => {
    const mb = 1024 * 1024
    const entries = [
      entry('new', 1 * MIN, 'time', 90 * mb),
      entry('bulk', 20 * MIN, 'replace-all', 90 * mb),
      entry('old', 40 * MIN, 'time', 90 * mb),
    ]
    expect(kept(entries)).toEqual(['new', 'bulk'])
    expect(kept([entry('huge', 1 * MIN, 'time', 500 * mb)])).toEqual(['huge'])
  })
})
