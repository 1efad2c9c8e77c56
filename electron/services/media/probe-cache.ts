/**
 * What a probe found out about a media file, kept beside its waveform peaks (`<key>.info.json`,
 * keyed by real path, size and modification time like them), so reopening a project neither runs
 * ffmpeg to probe the video again nor probes it a second time before decoding its peaks.
 */

import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../atomic-write'
import { probeMedia, type MediaInfo } from './probe'

const VERSION = 1

/** The cache file for a media file as it is now (a changed file gets another name). */
async function entryFor(cacheDir: string, mediaPath: string): Promise<string> {
  const real = await fs.realpath(mediaPath)
  const stat = await fs.stat(real)
  const key = createHash('sha256').update(`${real}\0${stat.size}\0${stat.mtimeMs}\0info`).digest('hex')
  return path.join(cacheDir, `${key}.info.json`)
}

/** The facts probed earlier for this unchanged file, or undefined (never probed, changed, unreadable). */
export async function knownMediaInfo(mediaPath: string, cacheDir: string): Promise<MediaInfo | undefined> {
  try {
    const json = JSON.parse(await fs.readFile(await entryFor(cacheDir, mediaPath), 'utf8')) as {
      version?: unknown
      info?: MediaInfo
    }
    const info = json.info
    if (
      json.version !== VERSION ||
      !info ||
      typeof info.durationMs !== 'number' ||
      !Number.isFinite(info.durationMs) ||
      typeof info.hasAudio !== 'boolean' ||
      typeof info.playableInChromium !== 'boolean'
    )
      return undefined
    return info
  } catch {
    return undefined
  }
}

/** Probes a media file, or answers from the cache when it was probed before unchanged. */
export async function probeMediaCached(
  mediaPath: string,
  options: Readonly<{ cacheDir: string; ffmpeg?: string | undefined }>,
): Promise<MediaInfo> {
  const known = await knownMediaInfo(mediaPath, options.cacheDir)
  if (known) return known
  const info = await probeMedia(mediaPath, options.ffmpeg)
  try {
    const entry = await entryFor(options.cacheDir, mediaPath)
    await fs.mkdir(options.cacheDir, { recursive: true })
    await writeFileAtomic(entry, JSON.stringify({ version: VERSION, info }))
  } catch {
    // Best effort: the next open probes again.
  }
  return info
}
