/**
 * The peaks of one stretch of a recording (ffmpeg seeks there with -ss and decodes only that), so the
 * editor draws the screen it shows first in a fraction of a second while the whole is being computed.
 */

import { decodePcm, PCM_SAMPLE_RATE, type Peaks } from './peaks'

/** Peaks for [startMs, endMs) of a recording, `startMs` saying where their first pair lies. */
export type WindowPeaks = Peaks & Readonly<{ startMs: number }>

/** Options: the recording's duration (already known), pairs a second, the ffmpeg and a cancel signal. */
export type WindowPeaksOptions = Readonly<{
  durationMs: number
  perSecond?: number
  ffmpeg?: string
  signal?: AbortSignal
}>

/** Decodes only the window; its start is moved back to a pair boundary so its pairs line up with the whole's. */
export async function computeWindowPeaks(
  file: string,
  startMs: number,
  endMs: number,
  options: WindowPeaksOptions,
): Promise<WindowPeaks> {
  const perSecond = options.perSecond ?? 100
  const bucketMs = 1000 / perSecond
  const perBucket = PCM_SAMPLE_RATE / perSecond
  const firstBucket = Math.floor(Math.max(0, Math.min(startMs, options.durationMs)) / bucketMs)
  const lastBucket = Math.ceil(Math.max(0, Math.min(endMs, options.durationMs)) / bucketMs)
  const count = Math.max(0, lastBucket - firstBucket)
  const min = new Float32Array(count)
  const max = new Float32Array(count)
  let bucket = 0
  let inBucket = 0
  let lo = 0
  let hi = 0
  if (count > 0) {
    await decodePcm(
      file,
      {
        startMs: firstBucket * bucketMs,
        lengthMs: count * bucketMs,
        ...(options.ffmpeg ? { ffmpeg: options.ffmpeg } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      },
      (samples) => {
        for (let i = 0; i < samples.length && bucket < count; i++) {
          const v = samples[i]!
          if (v < lo) lo = v
          if (v > hi) hi = v
          if (++inBucket === perBucket) {
            min[bucket] = lo / 32768
            max[bucket] = hi / 32768
            bucket++
            inBucket = 0
            lo = 0
            hi = 0
          }
        }
      },
    )
    if (inBucket > 0 && bucket < count) {
      min[bucket] = lo / 32768
      max[bucket] = hi / 32768
    }
  }
  return { perSecond, durationMs: options.durationMs, min, max, startMs: firstBucket * bucketMs }
}
