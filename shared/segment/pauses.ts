/**
 * Pauses in speech from frame energy: the RMS level of each short frame (the media decode makes it
 * beside the waveform peaks), an adaptive noise floor (the quietest smoothed level within a few
 * seconds, so a music bed or room tone counts as "quiet"), and runs of frames near that floor.
 * Linear time: the floor and the speech level are sliding minima/maxima kept with monotonic queues.
 */

/**
 * A stretch without speech, in ms, and how far (dB) it lies below the speech around it. Lists of pauses
 * from the audio also carry changes of voice as zero-length entries of negative depth (voice-changes.ts).
 */
export type SpeechPause = Readonly<{ startMs: number; endMs: number; depth: number }>

/** Tuning for findPauses; the defaults suit speech over silence, room tone or a music bed. */
export type PauseOptions = Readonly<{
  /** Shortest quiet run reported, ms (gaps between words inside a phrase are shorter). */
  minPauseMs?: number
  /** Half the window the noise floor and speech level are taken over, ms. */
  windowMs?: number
  /** Levels below this (dBFS) count as digital silence. */
  silenceDb?: number
}>

const FLOOR_DB = -70

/** RMS → dBFS, with digital silence clamped. */
function toDb(rms: number): number {
  return rms > 0 ? Math.max(FLOOR_DB, 20 * Math.log10(rms)) : FLOOR_DB
}

/** The minimum (sign 1) or maximum (sign -1) of `values` over [i - half, i + half], for every i. */
function slidingExtreme(values: Float32Array, half: number, sign: 1 | -1): Float32Array {
  const out = new Float32Array(values.length)
  const queue = new Int32Array(values.length)
  let head = 0
  let tail = 0
  let next = 0
  for (let i = 0; i < values.length; i++) {
    const until = Math.min(values.length - 1, i + half)
    for (; next <= until; next++) {
      const v = values[next]! * sign
      while (tail > head && values[queue[tail - 1]!]! * sign >= v) tail--
      queue[tail++] = next
    }
    while (queue[head]! < i - half) head++
    out[i] = values[queue[head]!]!
  }
  return out
}

/**
 * Pauses in a level track: `rms[i]` is the RMS (0..1) of the frame starting at `i * frameMs`.
 * A frame is quiet when it lies nearer the local noise floor than the local speech level
 * (at least 6 dB above the floor is needed to count as speech).
 */
export function findPauses(rms: Float32Array, frameMs: number, options: PauseOptions = {}): SpeechPause[] {
  const n = rms.length
  if (n === 0) return []
  const minFrames = Math.max(1, Math.round((options.minPauseMs ?? 150) / frameMs))
  const half = Math.max(1, Math.round((options.windowMs ?? 2500) / frameMs))
  const silence = options.silenceDb ?? -60
  // Smooth over three frames so a single loud click or a single dropout does not decide.
  const raw = new Float32Array(n)
  for (let i = 0; i < n; i++) raw[i] = toDb(rms[i]!)
  const db = new Float32Array(n)
  for (let i = 0; i < n; i++) db[i] = (raw[Math.max(0, i - 1)]! + raw[i]! + raw[Math.min(n - 1, i + 1)]!) / 3
  const floor = slidingExtreme(db, half, 1)
  const level = slidingExtreme(db, half, -1)
  const pauses: SpeechPause[] = []
  let runStart = -1
  let runSum = 0
  const close = (end: number) => {
    if (runStart >= 0 && end - runStart >= minFrames) {
      const mean = runSum / (end - runStart)
      const around = Math.max(level[Math.max(0, runStart - 1)]!, level[Math.min(n - 1, end)]!)
      pauses.push({
        startMs: Math.round(runStart * frameMs),
        endMs: Math.round(end * frameMs),
        depth: Math.round(Math.max(0, around - mean)),
      })
    }
    runStart = -1
    runSum = 0
  }
  for (let i = 0; i < n; i++) {
    const range = level[i]! - floor[i]!
    // Quiet: within the lower third of the local range, or under the silence line; a window with
    // no real range (all speech or all silence) is decided by the silence line alone.
    const threshold = range < 6 ? silence : Math.max(silence, floor[i]! + Math.min(18, Math.max(6, range * 0.35)))
    if (db[i]! <= threshold) {
      if (runStart < 0) runStart = i
      runSum += db[i]!
    } else close(i)
  }
  close(n)
  return pauses
}

/** RMS levels of consecutive frames of `frameSize` samples (−1..1), for tests and small inputs. */
export function frameLevels(samples: Float32Array, frameSize: number): Float32Array {
  const out = new Float32Array(Math.ceil(samples.length / frameSize))
  for (let f = 0; f < out.length; f++) {
    let sum = 0
    const end = Math.min(samples.length, (f + 1) * frameSize)
    for (let i = f * frameSize; i < end; i++) sum += samples[i]! * samples[i]!
    out[f] = Math.sqrt(sum / Math.max(1, end - f * frameSize))
  }
  return out
}
