/**
 * Which versions of a project are kept, and for how long (stated once here and in the user guide):
 *
 * - a version is kept before every bulk change (replace all, fix all, glossary, tidy-up, import,
 *   restore…) and, while editing, at most one every 10 minutes;
 * - regular (time-spaced) versions: one per 10 minutes for the last day, then one per day (the
 *   day's last, days counted in UTC), up to 30 days;
 * - nothing older than 30 days is kept, whatever its reason;
 * - at most 200 versions and 200 MB per project: past either cap, the oldest regular versions go
 *   first, then the oldest of any reason. The newest version is never removed.
 */

import type { VersionReason } from '../../../shared/project/version-info'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** The version history's policy. */
export const VERSION_POLICY = {
  /** At most one regular version per this much editing… */
  recentSpacingMs: 10 * MINUTE,
  /** …for this long; older regular versions are thinned to… */
  recentWindowMs: DAY,
  /** …one per this much (a day). */
  olderSpacingMs: DAY,
  /** No version is kept longer than this. */
  keepForMs: 30 * DAY,
  /** At most this many versions per project… */
  maxCount: 200,
  /** …taking at most this many bytes. */
  maxBytes: 200 * 1024 * 1024,
} as const

/** What the policy needs to know about a version. */
export type PolicyEntry = Readonly<{ id: string; keptAt: number; reason: VersionReason; bytes: number }>

/** The ids of the versions the policy removes at `now`. Pure. */
export function versionsToDrop(
  entries: readonly PolicyEntry[],
  now: number,
  policy = VERSION_POLICY,
): ReadonlySet<string> {
  const drop = new Set<string>()
  const newestFirst = [...entries].sort((a, b) => b.keptAt - a.keptAt)
  const newest = newestFirst[0]?.id
  const buckets = new Set<string>()
  for (const e of newestFirst) {
    const age = now - e.keptAt
    if (age > policy.keepForMs && e.id !== newest) {
      drop.add(e.id)
      continue
    }
    if (e.reason !== 'time') continue
    // The newest regular version in each 10-minute slot (last day) or day (older) stays.
    const bucket =
      age < policy.recentWindowMs
        ? `r${Math.floor(e.keptAt / policy.recentSpacingMs)}`
        : `d${Math.floor(e.keptAt / policy.olderSpacingMs)}`
    if (buckets.has(bucket) && e.id !== newest) drop.add(e.id)
    buckets.add(bucket)
  }
  // Old backups live in their own folder and are not counted against the caps.
  const left = newestFirst.filter((e) => !drop.has(e.id) && e.reason !== 'backup').reverse()
  let count = left.length
  let bytes = left.reduce((sum, e) => sum + e.bytes, 0)
  const over = () => count > policy.maxCount || bytes > policy.maxBytes
  for (const pass of [(e: PolicyEntry) => e.reason === 'time', () => true]) {
    for (const e of left) {
      if (!over()) break
      if (e.id === newest || drop.has(e.id) || !pass(e)) continue
      drop.add(e.id)
      count--
      bytes -= e.bytes
    }
  }
  return drop
}

/** True when a regular version is due: none kept in the last {@link VERSION_POLICY.recentSpacingMs}. */
export function timedVersionDue(lastKeptAt: number | undefined, now: number, policy = VERSION_POLICY): boolean {
  return lastKeptAt === undefined || now - lastKeptAt >= policy.recentSpacingMs
}
