/**
 * Waveform peaks: ffmpeg decodes the audio to 8 kHz mono 16-bit PCM on a pipe (no temporary WAV),
 * reduced on the fly to min/max pairs, 100 a second, into arrays sized once from the duration
 * (constant memory for any length). With `parts` > 1 the file is decoded in that many time slices
 * at once (one ffmpeg per core), joined at exact 10 ms boundaries.
 */

import { spawn } from 'node:child_process'
import { resolveFfmpeg } from './ffmpeg-path'
import { mediaError, probeMedia } from './probe'

/** Peaks in the CLI/JSON shape: values −1..1, `data` = [min, max, min, max, …]. */
export type Peaks = Readonly<{ perSecond: number; durationMs: number; min: Float32Array; max: Float32Array }>

/** Options for computing peaks. */
export type PeaksOptions = Readonly<{ perSecond?: number; parts?: number; signal?: AbortSignal; onProgress?: (fraction: number) => void; ffmpeg?: string }>

const SAMPLE_RATE = 8000

/** Decodes [startMs, startMs+lengthMs) and writes its buckets into min/max from `firstBucket`. */
function decodeSlice(file: string, startMs: number, lengthMs: number | undefined, firstBucket: number, out: { min: Float32Array; max: Float32Array; samplesPerBucket: number }, options: PeaksOptions, onSamples: (n: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['-v', 'error', '-nostdin', ...(startMs > 0 ? ['-ss', (startMs / 1000).toFixed(3)] : []), '-i', file, ...(lengthMs !== undefined ? ['-t', (lengthMs / 1000).toFixed(3)] : []), '-map', '0:a:0', '-vn', '-sn', '-dn', '-ac', '1', '-ar', String(SAMPLE_RATE), '-f', 's16le', '-acodec', 'pcm_s16le', 'pipe:1']
    const child = spawn(options.ffmpeg ?? resolveFfmpeg(), args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const abort = () => child.kill('SIGKILL')
    options.signal?.addEventListener('abort', abort, { once: true })
    let stderr = ''
    let carry = -1 // an odd byte left from the previous chunk
    let bucket = firstBucket
    let inBucket = 0
    let lo = 0
    let hi = 0
    const limit = lengthMs !== undefined ? firstBucket + Math.round((lengthMs / 1000) * (SAMPLE_RATE / out.samplesPerBucket)) : out.min.length
    const push = (sample: number) => {
      const v = sample / 32768
      if (v < lo) lo = v
      if (v > hi) hi = v
      if (++inBucket === out.samplesPerBucket) {
        if (bucket < limit && bucket < out.min.length) {
          out.min[bucket] = lo
          out.max[bucket] = hi
        }
        bucket++
        inBucket = 0
        lo = 0
        hi = 0
      }
    }
    child.stdout.on('data', (chunk: Buffer) => {
      let i = 0
      if (carry >= 0) {
        push(((chunk[0]! << 8) | carry) << 16 >> 16)
        carry = -1
        i = 1
      }
      for (; i + 1 < chunk.length; i += 2) push(chunk.readInt16LE(i))
      if (i < chunk.length) carry = chunk[i]!
      onSamples(chunk.length >> 1)
    })
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', (error) => reject(mediaError('ffmpeg-missing', `ffmpeg could not be started (${error.message}).`)))
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', abort)
      if (options.signal?.aborted) return reject(Object.assign(new Error('Cancelled.'), { code: 'ABORT_ERR' }))
      if (inBucket > 0 && bucket < limit && bucket < out.min.length) {
        out.min[bucket] = lo
        out.max[bucket] = hi
      }
      if (code === 0) resolve()
      else reject(mediaError('ffmpeg-failed', `ffmpeg stopped while reading the audio (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').pop() ?? ''}`))
    })
  })
}

/** Computes peaks for a media file. */
export async function computePeaks(file: string, options: PeaksOptions = {}): Promise<Peaks> {
  const perSecond = options.perSecond ?? 100
  const info = await probeMedia(file, options.ffmpeg)
  if (!info.hasAudio) throw mediaError('no-audio', 'This file has no sound track, so there is no waveform to draw.')
  const buckets = Math.ceil((info.durationMs / 1000) * perSecond)
  const out = { min: new Float32Array(buckets), max: new Float32Array(buckets), samplesPerBucket: SAMPLE_RATE / perSecond }
  const parts = Math.max(1, Math.min(options.parts ?? 1, Math.floor(info.durationMs / 60_000) || 1))
  // Slices start on bucket boundaries, so each one's buckets land exactly where a single pass would put them.
  const bucketMs = 1000 / perSecond
  const sliceBuckets = Math.ceil(buckets / parts)
  let decoded = 0
  const total = (info.durationMs / 1000) * SAMPLE_RATE
  const onSamples = (n: number) => {
    decoded += n
    options.onProgress?.(Math.min(1, decoded / total))
  }
  // One failed slice stops the others (their ffmpegs would run on unheard), and every ffmpeg has
  // exited before this settles, so no process outlives the call.
  const stop = new AbortController()
  const cancel = () => stop.abort()
  if (options.signal?.aborted) stop.abort()
  options.signal?.addEventListener('abort', cancel, { once: true })
  let firstError: unknown
  try {
    await Promise.allSettled(
      Array.from({ length: parts }, (_, k) => {
        const first = k * sliceBuckets
        const isLast = k === parts - 1
        return decodeSlice(file, first * bucketMs, isLast ? undefined : sliceBuckets * bucketMs, first, out, { ...options, signal: stop.signal }, onSamples).catch((error: unknown) => {
          firstError ??= error
          stop.abort()
        })
      }),
    )
  } finally {
    options.signal?.removeEventListener('abort', cancel)
  }
  if (firstError !== undefined) throw firstError
  return { perSecond, durationMs: info.durationMs, min: out.min, max: out.max }
}

/** The JSON the `eglur peaks` command writes. */
export function peaksToJson(peaks: Peaks): string {
  const data: number[] = []
  for (let i = 0; i < peaks.min.length; i++) data.push(Math.round(peaks.min[i]! * 1e4) / 1e4, Math.round(peaks.max[i]! * 1e4) / 1e4)
  return JSON.stringify({ version: 1, perSecond: peaks.perSecond, duration: peaks.durationMs / 1000, channels: 1, data })
}
