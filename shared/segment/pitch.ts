/**
 * A cheap pitch estimate for each 10 ms frame of 8 kHz audio, made in the same pass over the samples
 * as the waveform peaks: the samples are averaged four at a time (2 kHz, enough for voice pitch of
 * 50–400 Hz), and each frame's pitch is the best normalised autocorrelation lag of its last
 * About 2,000 multiply-adds a frame, so it costs little beside the decode. Voice changes use it.
 */

/** Samples averaged into one for the pitch search (8 kHz → 2 kHz). */
const DECIMATE = 4
/** Correlation window and lag range, in decimated samples (30 ms; 400 Hz .. 50 Hz at 2 kHz). */
const WINDOW = 60
const MIN_LAG = 5
const MAX_LAG = 40
const SPAN = WINDOW + MAX_LAG
/** Below this normalised correlation a frame is not voiced (noise, applause, silence). */
const VOICED = 0.6
const BUFFER = 4096
/** A shorter lag correlating at least this share of the best is the true period (the best is often a multiple). */
const OCTAVE = 0.8

/** Follows a stream of samples (any scale) and tells the pitch of the latest stretch on demand. */
export class PitchTracker {
  private readonly y = new Float32Array(BUFFER)
  private readonly r = new Float64Array(MAX_LAG + 2)
  private at = 0
  private sum = 0
  private count = 0
  private readonly rate: number

  /** `sampleRate` of the samples pushed (the decode's 8 kHz). */
  constructor(sampleRate = 8000) {
    this.rate = sampleRate / DECIMATE
  }

  /** Adds one sample. */
  push(v: number): void {
    this.sum += v
    if (++this.count < DECIMATE) return
    if (this.at === BUFFER) {
      this.y.copyWithin(0, BUFFER - SPAN)
      this.at = SPAN
    }
    this.y[this.at++] = this.sum
    this.sum = 0
    this.count = 0
  }

  /** The pitch (Hz) of the last 30 ms pushed (against up to 20 ms before them), or 0 when it is not voiced or too little has been heard. */
  pitch(): number {
    const y = this.y
    const from = this.at - WINDOW // the window correlated with itself, `lag` samples back
    if (from - MAX_LAG < 0) return 0
    const r = this.r
    let e0 = 0
    for (let i = from; i < this.at; i++) e0 += y[i]! * y[i]!
    let el = 0
    for (let i = from - MIN_LAG; i < this.at - MIN_LAG; i++) el += y[i]! * y[i]!
    if (e0 === 0) return 0
    let best = 0
    let lagAt = 0
    for (let lag = MIN_LAG; lag <= MAX_LAG; lag++) {
      let c = 0
      for (let i = from; i < this.at; i++) c += y[i]! * y[i - lag]!
      const v = el > 0 ? c / Math.sqrt(e0 * el) : 0
      r[lag] = v
      if (v > best) {
        best = v
        lagAt = lag
      }
      const entering = from - lag - 1 >= 0 ? y[from - lag - 1]! : 0
      const leaving = y[this.at - lag - 1]!
      el += entering * entering - leaving * leaving
    }
    if (best < VOICED) return 0
    // A period's multiples correlate nearly as well as the period: take the first peak close to the best.
    for (let lag = MIN_LAG + 1; lag < lagAt; lag++) {
      if (r[lag]! >= OCTAVE * best && r[lag]! >= r[lag - 1]! && r[lag]! >= r[lag + 1]!) {
        lagAt = lag
        break
      }
    }
    if (lagAt <= MIN_LAG || lagAt >= MAX_LAG) return 0
    // Between lags 2 kHz is coarse (10 % at 200 Hz): a parabola through the peak refines it.
    const a = r[lagAt - 1]!
    const b = r[lagAt]!
    const c = r[lagAt + 1]!
    const bend = a - 2 * b + c
    const shift = bend < 0 ? Math.max(-0.5, Math.min(0.5, (a - c) / (2 * bend))) : 0
    return this.rate / (lagAt + shift)
  }
}

/** Each frame's RMS (0..1) and pitch (Hz, 0 when unvoiced) for samples in −1..1: what the peaks decode makes, for tests and small inputs. */
export function voiceFrames(samples: Float32Array, frameSize: number, sampleRate = 8000): { rms: Float32Array; pitch: Float32Array } {
  const frames = Math.ceil(samples.length / frameSize)
  const rms = new Float32Array(frames)
  const pitch = new Float32Array(frames)
  const tracker = new PitchTracker(sampleRate)
  for (let f = 0; f < frames; f++) {
    let squares = 0
    const end = Math.min(samples.length, (f + 1) * frameSize)
    for (let i = f * frameSize; i < end; i++) {
      squares += samples[i]! * samples[i]!
      tracker.push(samples[i]!)
    }
    rms[f] = Math.sqrt(squares / Math.max(1, end - f * frameSize))
    pitch[f] = tracker.pitch()
  }
  return { rms, pitch }
}
