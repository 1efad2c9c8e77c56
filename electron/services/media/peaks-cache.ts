/**
 * Waveform peaks with an on-disk cache, so reopening a 3-hour recording draws its waveform at once
 * instead of decoding the audio again (≈ 2 s an hour).
 *
 * Entries are keyed by the media file's real path, size and modification time (Subtitle Edit keys
 * on a hash of the file; these three are enough for files that are not edited in place at the
 * same size within a millisecond). One file per entry, written atomically:
 *
 *   offset  0  4 bytes  magic "EGPK"
 *           4  uint16   format version (1)
 *           6  uint8    encoding (1 = float32; 2 = int8, reserved for a smaller future format)
 *           7  uint8    0
 *           8  uint32   pairs per second
 *          12  uint32   count (number of min/max pairs)
 *          16  float64  duration in ms
 *          24  8 bytes  first 8 bytes of the SHA-256 of the data (catches a damaged file)
 *          32  data     count float32 minima, then count float32 maxima (little-endian)
 *
 * Anything that does not match (wrong magic, version, length or checksum) is ignored and recomputed.
 */

import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeFileAtomic } from '../atomic-write'
import { pruneCache, touchEntry } from './peaks-cache-prune'
import { computePeaks, type Peaks } from './peaks'
import { pausesFromPeaks, storePauses } from './speech-pauses'

/** Where the cache lives and how to compute on a miss. */
export type PeaksCacheOptions = Readonly<{
  /** Folder for cache files (created when missing), e.g. `userData/peaks`. */
  cacheDir: string
  /** Fraction done, 0..1 (called once with 1 on a hit). */
  onProgress?: (fraction: number) => void
  /** Stops a running computation; the promise rejects with code 'ABORT_ERR'. */
  signal?: AbortSignal
  /** Time slices decoded at once on a miss; default min(2, cores). */
  parts?: number
  /** The ffmpeg command (default: the decoding ffmpeg, see ffmpeg-path.ts). */
  ffmpeg?: string
  /** The duration when a probe already told it: a miss then decodes without probing again. */
  durationMs?: number
  /** On a miss, decode at below-normal priority (the editor's first screen and page come first). */
  background?: boolean
}>

const MAGIC = 0x4b504745 // "EGPK" read as a little-endian uint32
const VERSION = 1
const FLOAT32 = 1
const HEADER = 32
const PER_SECOND = 100

/** Peaks for a media file, from the cache when the file is unchanged since they were computed. */
export async function getPeaksCached(
  mediaPath: string,
  options: PeaksCacheOptions,
): Promise<{ peaks: Peaks; cached: boolean }> {
  const key = await cacheKey(mediaPath)
  const entry = path.join(options.cacheDir, `${key}.peaks`)
  const hit = await readEntry(entry)
  if (hit) {
    if (options.signal?.aborted) throw Object.assign(new Error('Cancelled.'), { code: 'ABORT_ERR' })
    void touchEntry(entry)
    options.onProgress?.(1)
    return { peaks: hit, cached: true }
  }
  const peaks = await computePeaks(mediaPath, {
    perSecond: PER_SECOND,
    rms: true, // the same decode gives the speech pauses, cached beside the peaks
    parts: options.parts ?? Math.min(2, os.availableParallelism()),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.ffmpeg ? { ffmpeg: options.ffmpeg } : {}),
    ...(options.durationMs ? { durationMs: options.durationMs } : {}),
    ...(options.background ? { background: true } : {}),
  })
  // A file that changed while it was decoded would be cached under its old key with new content.
  if ((await cacheKey(mediaPath).catch(() => '')) === key) {
    await writeEntry(options.cacheDir, entry, peaks)
    await storePauses(options.cacheDir, key, pausesFromPeaks(peaks))
    void pruneCache(options.cacheDir, entry)
  }
  return { peaks, cached: false }
}

/** The cached peaks of an unchanged file, or undefined (nothing is computed). */
export async function readPeaksCached(mediaPath: string, cacheDir: string): Promise<Peaks | undefined> {
  const entry = path.join(cacheDir, `${await cacheKey(mediaPath)}.peaks`)
  const hit = await readEntry(entry)
  if (hit) void touchEntry(entry)
  return hit
}

/** Peaks as the IPC payload's data: interleaved min,max scaled to −127..127 (a quarter of float32's size). */
export function peaksToInt8(peaks: Peaks): Int8Array {
  const out = new Int8Array(peaks.min.length * 2)
  for (let i = 0; i < peaks.min.length; i++) {
    out[2 * i] = toInt8(peaks.min[i]!)
    out[2 * i + 1] = toInt8(peaks.max[i]!)
  }
  return out
}

function toInt8(value: number): number {
  if (Number.isNaN(value)) return 0
  // Half away from zero, so a symmetric wave's min and max stay mirror images (Math.round(-63.5) is -63).
  const scaled = Math.sign(value) * Math.round(Math.abs(value) * 127)
  return Math.max(-127, Math.min(127, scaled))
}

/** Keeps peaks computed elsewhere (the speech-pause finder's decode) as the cache entry for `mediaPath`. */
export async function storePeaks(cacheDir: string, mediaPath: string, peaks: Peaks): Promise<void> {
  if (peaks.perSecond !== PER_SECOND) return
  await writeEntry(cacheDir, path.join(cacheDir, `${await cacheKey(mediaPath)}.peaks`), peaks)
}

/** sha256 of realpath + size + mtime: a file name that changes when the media does. */
export async function cacheKey(mediaPath: string): Promise<string> {
  const real = await fs.realpath(mediaPath)
  const stat = await fs.stat(real)
  return createHash('sha256').update(`${real}\0${stat.size}\0${stat.mtimeMs}\0${PER_SECOND}`).digest('hex')
}

function checksum(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest().subarray(0, 8)
}

/** Entries being read: opening a project asks for the first screen's and the whole file's peaks at once. */
const reading = new Map<string, Promise<Peaks | undefined>>()

/** The entry's peaks, read once for callers that ask while it is being read (the values are never changed in place). */
function readEntry(file: string): Promise<Peaks | undefined> {
  const pending = reading.get(file)
  if (pending) return pending
  const read = readEntryNow(file).finally(() => reading.delete(file))
  reading.set(file, read)
  return read
}

/** The entry's peaks, or undefined when it is missing, from another version, truncated or damaged. */
async function readEntryNow(file: string): Promise<Peaks | undefined> {
  let bytes: Buffer
  try {
    bytes = await fs.readFile(file)
  } catch {
    return undefined
  }
  if (bytes.length < HEADER || os.endianness() !== 'LE') return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(0, true) !== MAGIC || view.getUint16(4, true) !== VERSION || view.getUint8(6) !== FLOAT32)
    return undefined
  const perSecond = view.getUint32(8, true)
  const count = view.getUint32(12, true)
  const durationMs = view.getFloat64(16, true)
  if (bytes.length !== HEADER + count * 8 || perSecond !== PER_SECOND || !Number.isFinite(durationMs)) return undefined
  const data = bytes.subarray(HEADER)
  if (!checksum(data).equals(bytes.subarray(24, 32))) return undefined
  // Copy into fresh, aligned buffers: a Buffer from readFile may share a pooled, unaligned ArrayBuffer.
  const values = new Float32Array(count * 2)
  new Uint8Array(values.buffer).set(data)
  return { perSecond, durationMs, min: values.subarray(0, count), max: values.subarray(count) }
}

/** Writes an entry; a failure (read-only or full disk) only costs the next open a recompute. */
async function writeEntry(dir: string, file: string, peaks: Peaks): Promise<void> {
  // Electron runs only on little-endian CPUs; elsewhere the cache is skipped rather than written wrongly.
  if (os.endianness() !== 'LE') return
  const count = peaks.min.length
  const bytes = new Uint8Array(HEADER + count * 8)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint16(4, VERSION, true)
  view.setUint8(6, FLOAT32)
  view.setUint32(8, peaks.perSecond, true)
  view.setUint32(12, count, true)
  view.setFloat64(16, peaks.durationMs, true)
  bytes.set(new Uint8Array(peaks.min.buffer, peaks.min.byteOffset, count * 4), HEADER)
  bytes.set(new Uint8Array(peaks.max.buffer, peaks.max.byteOffset, count * 4), HEADER + count * 4)
  bytes.set(checksum(bytes.subarray(HEADER)), 24)
  try {
    await fs.mkdir(dir, { recursive: true })
    await writeFileAtomic(file, bytes)
  } catch {
    // Deliberately quiet: the peaks themselves are fine and already on their way to the caller.
  }
}
