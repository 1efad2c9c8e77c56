/**
 * Waveform peaks: ffmpeg decodes the audio to 8 kHz mono 16-bit PCM on a pipe (no temporary WAV),
 * reduced on the fly to min/max pairs, 100 a second, into arrays sized once from the duration
 * (constant memory for any length). With `parts` > 1 the file is decoded in that many time slices
 * at once (one ffmpeg per core), joined at exact 10 ms boundaries.
 */

import { spawn } from 'node:child_process'
import os from 'node:os'
import { PitchTracker } from '../../../shared/segment/pitch'
import { decodingFfmpeg } from './decoding-ffmpeg'
import { mediaError, probeMedia } from './probe'

/** Peaks in the CLI/JSON shape: values −1..1, `data` = [min, max, min, max, …]; `rms` and `pitch` (Hz, 0 unvoiced) when `rms` is asked for (speech pauses and voice changes). */
export type Peaks = Readonly<{
  perSecond: number
  durationMs: number
  min: Float32Array
  max: Float32Array
  rms?: Float32Array
  pitch?: Float32Array
}>

/** Options for computing peaks. */
export type PeaksOptions = Readonly<{
  perSecond?: number
  parts?: number
  signal?: AbortSignal
  onProgress?: (fraction: number) => void
  ffmpeg?: string
  /** Also each bucket's RMS and pitch, for the speech pauses and voice changes. */ rms?: boolean
  /** Decode at below-normal priority: work the editor waits for (the first screen, the page) comes first. */
  background?: boolean
}>

/** The sample rate of the decoded PCM (8 kHz mono: enough for a waveform and for finding pauses). */
export const PCM_SAMPLE_RATE = 8000
const SAMPLE_RATE = PCM_SAMPLE_RATE

/** Which stretch of the audio to decode and how. */
export type PcmDecodeOptions = Readonly<{
  startMs?: number
  lengthMs?: number
  ffmpeg?: string
  signal?: AbortSignal
  /** Run ffmpeg at below-normal priority. */
  background?: boolean
}>

/**
 * Decodes a media file's first audio track to 8 kHz mono signed 16-bit samples, handing them over in
 * chunks as ffmpeg produces them (each chunk's array is fresh and aligned; nothing is kept). The one
 * place that runs the decode: peaks reduce these samples, and other analyses of the sound can too.
 * Rejects with code 'ffmpeg-missing' / 'ffmpeg-failed', or 'ABORT_ERR' when `signal` aborts.
 */
export async function decodePcm(
  file: string,
  options: PcmDecodeOptions,
  onSamples: (samples: Int16Array) => void,
): Promise<void> {
  const startMs = options.startMs ?? 0
  const ffmpeg = options.ffmpeg ?? (await decodingFfmpeg()).command
  // `-flush_packets 0`: ffmpeg otherwise writes every decoded packet to the pipe at once, a few hundred
  // bytes each (about 47 writes a second of audio); buffered, the pipe costs what writing to a file does.
  const args = [
    '-v',
    'error',
    '-nostdin',
    ...(startMs > 0 ? ['-ss', (startMs / 1000).toFixed(3)] : []),
    '-i',
    file,
    ...(options.lengthMs !== undefined ? ['-t', (options.lengthMs / 1000).toFixed(3)] : []),
    '-map',
    '0:a:0',
    '-vn',
    '-sn',
    '-dn',
    '-ac',
    '1',
    '-ar',
    String(SAMPLE_RATE),
    '-f',
    's16le',
    '-acodec',
    'pcm_s16le',
    '-flush_packets',
    '0',
    'pipe:1',
  ]
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(Object.assign(new Error('Cancelled.'), { code: 'ABORT_ERR' }))
    const child = spawn(ffmpeg, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    if (options.background && child.pid !== undefined) lowerPriority(child.pid)
    const abort = () => child.kill('SIGKILL')
    options.signal?.addEventListener('abort', abort, { once: true })
    let stderr = ''
    let carry: number | undefined // an odd byte left from the previous chunk
    child.stdout.on('data', (chunk: Buffer) => {
      const head = carry === undefined ? 0 : 1
      const count = (chunk.length + head) >> 1
      const samples = new Int16Array(count)
      const bytes = new Uint8Array(samples.buffer)
      if (carry !== undefined) bytes[0] = carry
      bytes.set(chunk.subarray(0, count * 2 - head), head)
      carry = (chunk.length + head) % 2 === 1 ? chunk[chunk.length - 1] : undefined
      if (count > 0) onSamples(samples)
    })
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', (error) =>
      reject(mediaError('ffmpeg-missing', `ffmpeg could not be started (${error.message}).`)),
    )
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', abort)
      if (options.signal?.aborted) return reject(Object.assign(new Error('Cancelled.'), { code: 'ABORT_ERR' }))
      if (code === 0) resolve()
      else
        reject(
          mediaError(
            'ffmpeg-failed',
            `ffmpeg stopped while reading the audio (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').pop() ?? ''}`,
          ),
        )
    })
  })
}

/** Where a slice's buckets go: `rms` and `pitch` only when the speech is analysed too. */
type SliceOut = {
  min: Float32Array
  max: Float32Array
  rms: Float32Array | undefined
  pitch: Float32Array | undefined
  samplesPerBucket: number
}

/** Decodes [startMs, startMs+lengthMs) and writes its buckets into min/max from `firstBucket`. */
async function decodeSlice(
  file: string,
  startMs: number,
  lengthMs: number | undefined,
  firstBucket: number,
  out: SliceOut,
  options: PeaksOptions,
  onSamples: (n: number) => void,
): Promise<void> {
  let bucket = firstBucket
  let inBucket = 0
  let lo = 0
  let hi = 0
  let squares = 0 // each bucket's energy, from the same decode, for the speech-pause finder (speech-pauses.ts)
  const rms = out.rms
  // Each bucket's pitch, for the voice-change finder; a slice's first 50 ms have no history, so read as unvoiced.
  const pitch = out.pitch
  const tracker = pitch ? new PitchTracker(SAMPLE_RATE) : undefined
  const limit = Math.min(
    out.min.length,
    lengthMs !== undefined
      ? firstBucket + Math.round((lengthMs / 1000) * (SAMPLE_RATE / out.samplesPerBucket))
      : out.min.length,
  )
  const per = out.samplesPerBucket
  // Integers while scanning; scaled to −1..1 once per bucket.
  await decodePcm(
    file,
    {
      startMs,
      ...(lengthMs !== undefined ? { lengthMs } : {}),
      ...(options.ffmpeg ? { ffmpeg: options.ffmpeg } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.background ? { background: true } : {}),
    },
    (samples) => {
      for (let i = 0; i < samples.length; i++) {
        const v = samples[i]!
        if (v < lo) lo = v
        if (v > hi) hi = v
        squares += v * v
        if (tracker) tracker.push(v)
        if (++inBucket === per) {
          if (bucket < limit) {
            out.min[bucket] = lo / 32768
            out.max[bucket] = hi / 32768
            if (rms) rms[bucket] = Math.sqrt(squares / per) / 32768
            if (pitch) pitch[bucket] = tracker!.pitchFor(bucket)
          }
          bucket++
          inBucket = 0
          lo = 0
          hi = 0
          squares = 0
        }
      }
      onSamples(samples.length)
    },
  )
  if (inBucket > 0 && bucket < limit) {
    out.min[bucket] = lo / 32768
    out.max[bucket] = hi / 32768
    if (rms) rms[bucket] = Math.sqrt(squares / inBucket) / 32768
    if (pitch) pitch[bucket] = tracker!.pitchFor(bucket)
  }
}

/** Computes peaks for a media file; `durationMs`, when known (a cache, a probe already made), skips the probe. */
export async function computePeaks(file: string, options: PeaksOptions & { durationMs?: number } = {}): Promise<Peaks> {
  const perSecond = options.perSecond ?? 100
  const durationMs = options.durationMs ?? (await probeAudio(file, options.ffmpeg))
  const buckets = Math.ceil((durationMs / 1000) * perSecond)
  const out = {
    min: new Float32Array(buckets),
    max: new Float32Array(buckets),
    rms: options.rms ? new Float32Array(buckets) : undefined,
    pitch: options.rms ? new Float32Array(buckets) : undefined,
    samplesPerBucket: SAMPLE_RATE / perSecond,
  }
  const parts = Math.max(1, Math.min(options.parts ?? 1, Math.floor(durationMs / 60_000) || 1))
  // Slices start on bucket boundaries, so each one's buckets land exactly where a single pass would put them.
  const bucketMs = 1000 / perSecond
  const sliceBuckets = Math.ceil(buckets / parts)
  let decoded = 0
  const total = (durationMs / 1000) * SAMPLE_RATE
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
        return decodeSlice(
          file,
          first * bucketMs,
          isLast ? undefined : sliceBuckets * bucketMs,
          first,
          out,
          { ...options, signal: stop.signal },
          onSamples,
        ).catch((error: unknown) => {
          firstError ??= error
          stop.abort()
        })
      }),
    )
  } finally {
    options.signal?.removeEventListener('abort', cancel)
  }
  if (firstError !== undefined) throw firstError
  return {
    perSecond,
    durationMs,
    min: out.min,
    max: out.max,
    ...(out.rms ? { rms: out.rms } : {}),
    ...(out.pitch ? { pitch: out.pitch } : {}),
  }
}

/** The file's duration, after checking it has sound. */
async function probeAudio(file: string, ffmpeg: string | undefined): Promise<number> {
  const info = await probeMedia(file, ffmpeg)
  if (!info.hasAudio) throw mediaError('no-audio', 'This file has no sound track, so there is no waveform to draw.')
  return info.durationMs
}

/**
 * The JSON the `eglur peaks` command writes, in pieces of about 64 KB (a 3-hour file's 2 million
 * numbers never become one string): `{"version":1,…,"data":[min,max,…]}`.
 */
export function* peaksJsonChunks(peaks: Peaks): Generator<string> {
  yield `{"version":1,"perSecond":${peaks.perSecond},"duration":${peaks.durationMs / 1000},"channels":1,"data":[`
  const round = (v: number) => Math.round(v * 1e4) / 1e4
  let piece: string[] = []
  let size = 0
  for (let i = 0; i < peaks.min.length; i++) {
    const pair = `${i === 0 ? '' : ','}${round(peaks.min[i]!)},${round(peaks.max[i]!)}`
    piece.push(pair)
    size += pair.length
    if (size >= 65_536) {
      yield piece.join('')
      piece = []
      size = 0
    }
  }
  yield `${piece.join('')}]}`
}

/** The same JSON as one string (small files, tests). */
export function peaksToJson(peaks: Peaks): string {
  return [...peaksJsonChunks(peaks)].join('')
}

/** Lowers a process's scheduling priority; where that is refused, it simply runs at normal priority. */
function lowerPriority(pid: number): void {
  try {
    os.setPriority(pid, os.constants.priority.PRIORITY_BELOW_NORMAL)
  } catch {
    // Not permitted here: a slower first screen, nothing worse.
  }
}
