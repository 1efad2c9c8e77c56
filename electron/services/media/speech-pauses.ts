/**
 * Pauses in the speech of a media file, for re-segmentation and snap to speech, and the changes of
 * voice between them. They come from the same decode as the waveform peaks (each 10 ms bucket's RMS
 * and pitch; shared/segment/pauses and voice-changes find them), and are cached beside the peaks as
 * `<key>.pauses.json`, keyed like them, so neither a waveform nor a second look decodes the audio again.
 */

import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeFileAtomic } from '../atomic-write'
import { findPauses, type SpeechPause } from '../../../shared/segment/pauses'
import { findVoiceChanges, withVoiceChanges } from '../../../shared/segment/voice-changes'
import { computePeaks, type Peaks } from './peaks'

/** 2: voice changes ride in the list (negative depth), so lists cached without them are found again. */
const VERSION = 2

/**
 * The pauses in peaks computed with `rms: true` (none when the levels are absent), with the changes of
 * voice among them as zero-length entries of negative depth (see shared/segment/voice-changes).
 */
export function pausesFromPeaks(peaks: Peaks): SpeechPause[] {
  if (!peaks.rms) return []
  const frameMs = 1000 / peaks.perSecond
  const pauses = findPauses(peaks.rms, frameMs)
  return peaks.pitch ? withVoiceChanges(pauses, findVoiceChanges(peaks.rms, peaks.pitch, frameMs, pauses)) : pauses
}

/** The cache file for a peaks-cache key. */
const entryPath = (cacheDir: string, key: string): string => path.join(cacheDir, `${key}.pauses.json`)

/** Writes the pauses entry for `key`; a failure only costs a later recompute. */
export async function storePauses(cacheDir: string, key: string, pauses: readonly SpeechPause[]): Promise<void> {
  const json = JSON.stringify({ version: VERSION, pauses: pauses.map((p) => [p.startMs, p.endMs, p.depth]) })
  try {
    await fs.mkdir(cacheDir, { recursive: true })
    await writeFileAtomic(entryPath(cacheDir, key), json)
  } catch {
    // Deliberately quiet, as for the peaks: the pauses are already on their way to the caller.
  }
}

/** The cached pauses for `key`, or undefined when missing or unreadable. */
export async function readPauses(cacheDir: string, key: string): Promise<SpeechPause[] | undefined> {
  try {
    const json = JSON.parse(await fs.readFile(entryPath(cacheDir, key), 'utf8')) as {
      version?: number
      pauses?: unknown
    }
    if (json.version !== VERSION || !Array.isArray(json.pauses)) return undefined
    const pauses: SpeechPause[] = []
    for (const p of json.pauses as unknown[]) {
      if (!Array.isArray(p) || p.length !== 3 || !p.every((n) => Number.isFinite(n))) return undefined
      pauses.push({ startMs: p[0] as number, endMs: p[1] as number, depth: p[2] as number })
    }
    return pauses
  } catch {
    return undefined
  }
}

/** Where the cache lives, how to key it, and what to do with peaks decoded on a miss. */
export type SpeechPauseOptions = Readonly<{
  cacheDir: string
  /** The peaks cache's key for the file (realpath, size, mtime). */
  key: (mediaPath: string) => Promise<string>
  /** Keeps the peaks decoded on a miss, so the waveform does not decode again. */
  storePeaks?: (mediaPath: string, peaks: Peaks) => Promise<void>
  signal?: AbortSignal
  ffmpeg?: string
}>

/** The pauses (and voice changes) in a media file's speech, from the cache when the file is unchanged. */
export async function getSpeechPauses(
  mediaPath: string,
  options: SpeechPauseOptions,
): Promise<{ pauses: SpeechPause[]; cached: boolean }> {
  const key = await options.key(mediaPath)
  const hit = await readPauses(options.cacheDir, key)
  if (hit) return { pauses: hit, cached: true }
  const peaks = await computePeaks(mediaPath, {
    rms: true,
    parts: Math.min(2, os.availableParallelism()),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.ffmpeg ? { ffmpeg: options.ffmpeg } : {}),
  })
  const pauses = pausesFromPeaks(peaks)
  if ((await options.key(mediaPath).catch(() => '')) === key) {
    await storePauses(options.cacheDir, key, pauses)
    await options.storePeaks?.(mediaPath, peaks)
  }
  return { pauses, cached: false }
}
