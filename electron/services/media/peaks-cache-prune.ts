/**
 * Keeps the peaks cache from growing without end: a 3-hour recording's peaks take about 8.6 MB, so
 * after each new entry the least recently used ones go once the folder is over its limit. Entries
 * are "used" when read (their modification time is touched on a hit).
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'

/** The cache's size limit (about 60 three-hour recordings). */
export const PEAKS_CACHE_LIMIT_BYTES = 512 * 1024 * 1024

/** Marks an entry as just used. Best effort: a read-only cache still serves hits. */
export async function touchEntry(file: string): Promise<void> {
  const now = new Date()
  await fs.utimes(file, now, now).catch(() => undefined)
}

/** Removes the least recently used entries until the folder holds at most `limitBytes`; never `keep`. Returns what was removed. */
export async function pruneCache(dir: string, keep: string, limitBytes = PEAKS_CACHE_LIMIT_BYTES): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[])
  const entries = (
    await Promise.all(
      names
        .filter((n) => n.endsWith('.peaks'))
        .map(async (n) => {
          const file = path.join(dir, n)
          const stat = await fs.stat(file).catch(() => undefined)
          return stat ? { file, size: stat.size, used: stat.mtimeMs } : undefined
        }),
    )
  ).filter((e): e is { file: string; size: number; used: number } => e !== undefined)
  let total = entries.reduce((sum, e) => sum + e.size, 0)
  const removed: string[] = []
  for (const entry of entries.sort((a, b) => a.used - b.used)) {
    if (total <= limitBytes) break
    if (entry.file === keep) continue
    await fs.rm(entry.file, { force: true }).catch(() => undefined)
    // The speech pauses found in the same decode go with their peaks (speech-pauses.ts names them so).
    await fs.rm(entry.file.replace(/\.peaks$/, '.pauses.json'), { force: true }).catch(() => undefined)
    total -= entry.size
    removed.push(entry.file)
  }
  return removed
}
