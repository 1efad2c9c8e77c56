/**
 * A cheap pitch estimate for 10 ms frames of 8 kHz audio, made in the same pass over the samples as
 * the waveform peaks: the samples are averaged four at a time (2 kHz, enough for voice pitch of
 * 62–400 Hz), and a frame's pitch is the best normalised autocorrelation lag of the last 24 ms against
 * up to 16 ms before (so it describes the frame just ended). About 1,300 multiply-adds every third
 * frame, none in stretches far quieter than the speech around them, so it costs little beside the
 * decode. Voice changes use it.
 */

/** Samples averaged into one for the pitch search (8 kHz → 2 kHz). */
const DECIMATE = 4
/** Correlation window and lag range, in decimated samples (24 ms; 400 Hz .. 62.5 Hz at 2 kHz: lower, a hum read an octave down would pass for a deep voice). */
const WINDOW = 48
const MIN_LAG = 5
const MAX_LAG = 32
const SPAN = WINDOW + MAX_LAG
/** Below this normalised correlation a frame is not voiced (noise, applause, silence). */
const VOICED = 0.6
const BUFFER = 4096
/** Frames (10 ms) between two measurements of the pitch. */
const MEASURE_EVERY = 3
/** The lags tried first: every one up to 14 (high voices, where one lag is a big step), every other beyond. */
const LAGS = Int32Array.from({ length: MAX_LAG - MIN_LAG + 1 }, (_, k) => MIN_LAG + k).filter(
  (lag) => lag < 14 || lag % 2 === 0,
)
/** A shorter lag correlating at least this share of the best is the true period (the best is often a multiple). */
const OCTAVE = 0.8
/** A stretch this far below the loudest one lately (35 dB) is a pause: its pitch is not looked for. */
const QUIET = 10 ** -3.5
/** How much of the loudest level is kept from one measured frame to the next (about 1.5 dB a second). */
const LOUDEST_KEPT = 0.99

/** Follows a stream of samples (any scale) and tells the pitch of the latest stretch on demand. */
export class PitchTracker {
  private readonly y = new Float32Array(BUFFER)
  private readonly r = new Float64Array(MAX_LAG + 2)
  private at = 0
  private held = Number.NaN
  private loudest = 0
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

  /**
   * The pitch for frame `index` of a run of 10 ms frames: measured on every third frame and held for the
   * next two (a third of the work; the voice-change finder takes medians over a second, so it misses nothing).
   */
  pitchFor(index: number): number {
    if (index % MEASURE_EVERY === 0 || Number.isNaN(this.held)) this.held = this.pitch()
    return this.held
  }

  /** The pitch (Hz) of the last 24 ms pushed (against up to 16 ms before them), or 0 when it is not voiced or too little has been heard. */
  pitch(): number {
    const y = this.y
    const end = this.at
    const from = end - WINDOW // the window correlated with itself, `lag` samples back
    if (from - MAX_LAG - 2 < 0) return 0
    let e0 = 0
    for (let i = from; i < end; i++) e0 += y[i]! * y[i]!
    this.loudest = Math.max(e0, this.loudest * LOUDEST_KEPT)
    if (e0 === 0 || e0 < this.loudest * QUIET) return 0
    const r = this.r
    r.fill(Number.NaN)
    // The lags in LAGS first (the peak of a low voice is broader than two lags), then the best one's neighbours.
    let best = 0
    let lagAt = 0
    let el = 0
    let elLag = LAGS[0]! // the lag `el` is the energy of the stretch for
    for (let i = from - elLag; i < end - elLag; i++) el += y[i]! * y[i]!
    for (const lag of LAGS) {
      for (; elLag < lag; elLag++) {
        const entering = y[from - elLag - 1]!
        const leaving = y[end - elLag - 1]!
        el += entering * entering - leaving * leaving
      }
      let c = 0
      for (let i = from; i < end; i++) c += y[i]! * y[i - lag]!
      const v = el > 0 ? c / Math.sqrt(e0 * el) : 0
      r[lag] = v
      if (v > best) {
        best = v
        lagAt = lag
      }
    }
    if (best < VOICED) return 0
    // A period's multiples correlate nearly as well as the period: take the first peak close to the best.
    for (let k = 1; LAGS[k]! < lagAt; k++) {
      const v = r[LAGS[k]!]!
      if (v >= OCTAVE * best && v >= r[LAGS[k - 1]!]! && v >= r[LAGS[k + 1]!]!) {
        lagAt = LAGS[k]!
        break
      }
    }
    const at = (lag: number): number => {
      if (Number.isNaN(r[lag]!)) r[lag] = this.correlation(from, end, e0, lag)
      return r[lag]!
    }
    let peak = lagAt
    for (const lag of [lagAt - 1, lagAt + 1]) if (lag >= MIN_LAG && lag <= MAX_LAG && at(lag) > at(peak)) peak = lag
    if (peak <= MIN_LAG || peak >= MAX_LAG) return 0
    // Between lags 2 kHz is coarse (10 % at 200 Hz): a parabola through the peak refines it.
    const a = at(peak - 1)
    const b = r[peak]!
    const c = at(peak + 1)
    const bend = a - 2 * b + c
    const shift = bend < 0 ? Math.max(-0.5, Math.min(0.5, (a - c) / (2 * bend))) : 0
    return this.rate / (peak + shift)
  }

  /** The normalised correlation of y[from..end) with the same stretch `lag` samples earlier. */
  private correlation(from: number, end: number, e0: number, lag: number): number {
    const y = this.y
    let c = 0
    let el = 0
    for (let i = from; i < end; i++) {
      const w = y[i - lag]!
      c += y[i]! * w
      el += w * w
    }
    return el > 0 ? c / Math.sqrt(e0 * el) : 0
  }
}

/** Each frame's RMS (0..1) and pitch (Hz, 0 when unvoiced) for samples in −1..1: what the peaks decode makes, for tests and small inputs. */
export function voiceFrames(
  samples: Float32Array,
  frameSize: number,
  sampleRate = 8000,
): { rms: Float32Array; pitch: Float32Array } {
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
    pitch[f] = tracker.pitchFor(f)
  }
  return { rms, pitch }
}
