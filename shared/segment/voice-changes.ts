/**
 * Where the voice changes: a hand-over between speakers often has no pause long enough to hear, but
 * the pitch jumps (a man after a woman, a high voice after a low one). The median pitch of about a
 * second of voiced speech before each point is compared with the second after it; a jump of several
 * semitones that holds over many points is a change, placed where the frames divide best between
 * the two voices, helped by the unvoiced gap between them. Medians come from sliding histograms of
 * half-semitones, so the finder is linear in the frames.
 */

import type { SpeechPause } from './pauses'

/** A change of voice: the last voiced frame of one voice ends at `startMs`, the next voice starts at `endMs`. */
export type VoiceChange = Readonly<{ startMs: number; endMs: number; semitones: number }>

/** Tuning for findVoiceChanges; the defaults were set on espeak-ng voices over a music bed. */
export type VoiceOptions = Readonly<{
  /** Voiced frames compared on each side of a point. */
  sideFrames?: number
  /** Fewest voiced frames a side needs before it is compared. */
  minFrames?: number
  /** How far from the point voiced frames are still taken, ms. */
  spanMs?: number
  /** The jump in median pitch that counts as another voice, semitones. */
  minSemitones?: number
  /** Consecutive points that must show the jump (a rising question is one short burst). */
  minRun?: number
}>

const LOW_HZ = 50
/** How far (half-semitones) one frame can pull the split point, and what each unvoiced frame crossed is worth. */
const CAP_BINS = 8
const GAP_WEIGHT = 0.5
/** Half-semitone bins from 50 Hz up to 400 Hz. */
const BINS = 72

/** The half-semitone bin of a pitch. */
const binOf = (hz: number): number => Math.max(0, Math.min(BINS - 1, Math.round(24 * Math.log2(hz / LOW_HZ))))

/** The median bin of a histogram holding `count` values. */
function medianBin(histogram: Int32Array, count: number): number {
  let seen = 0
  const half = count / 2
  for (let b = 0; b < BINS; b++) {
    seen += histogram[b]!
    if (seen >= half) return b
  }
  return BINS - 1
}

/** The median of bins[from..to). */
function medianOf(bins: readonly number[], from: number, to: number): number {
  const sorted = bins.slice(Math.max(0, from), Math.max(0, to)).sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * Where in a run of points [from, to) that all show the jump the voice really changes: the run spans
 * about half a side either way of it, so the frames before the run are the one voice and those after
 * it the other. The split that sets each frame of the run nearest its own voice wins, helped by the
 * unvoiced gap it crosses (speakers hand over in a gap, however short).
 */
function splitPoint(
  frames: readonly number[],
  bins: readonly number[],
  from: number,
  to: number,
  side: number,
): number {
  const first = medianOf(bins, from - side, from)
  const second = medianOf(bins, to, to + side)
  // How far a frame lies from a voice, capped: a frame read an octave off counts no more than a doubtful one.
  const off = (bin: number, voice: number) => Math.min(CAP_BINS, Math.abs(bin - voice))
  // cost(k) = Σ_{q<k} off(first) + Σ_{q≥k} off(second) over the run, less the unvoiced gap crossed at k.
  let cost = 0
  for (let q = from; q < to; q++) cost += off(bins[q]!, second)
  let best = from
  let bestScore = cost - GAP_WEIGHT * (frames[from]! - frames[from - 1]!)
  for (let k = from + 1; k < to; k++) {
    cost += off(bins[k - 1]!, first) - off(bins[k - 1]!, second)
    const score = cost - GAP_WEIGHT * (frames[k]! - frames[k - 1]!)
    if (score < bestScore) {
      best = k
      bestScore = score
    }
  }
  return best
}

/** Voicing shows a little after the voice starts: a pause that ends just before marks the onset better. */
function onsetNear(pauses: readonly SpeechPause[], voicedMs: number): number {
  let onset = voicedMs
  for (const p of pauses) if (p.endMs <= voicedMs && p.endMs >= voicedMs - 150) onset = p.endMs
  return onset
}

/**
 * The voice changes in a recording's frames: `rms[i]` and `pitch[i]` (Hz, 0 when unvoiced) of the frame
 * at `i * frameMs`, and the pauses already found in it (frames inside a pause never count as voiced, so
 * a music bed does not speak).
 */
export function findVoiceChanges(
  rms: Float32Array,
  pitch: Float32Array,
  frameMs: number,
  pauses: readonly SpeechPause[],
  options: VoiceOptions = {},
): VoiceChange[] {
  const side = options.sideFrames ?? 100
  const least = options.minFrames ?? 25
  const span = Math.round((options.spanMs ?? 2500) / frameMs)
  const jump = 2 * (options.minSemitones ?? 7)
  const minRun = options.minRun ?? 10
  const n = Math.min(rms.length, pitch.length)
  const quiet = new Uint8Array(n)
  for (const p of pauses)
    for (let f = Math.max(0, Math.floor(p.startMs / frameMs)); f < Math.min(n, Math.ceil(p.endMs / frameMs)); f++)
      quiet[f] = 1
  const frames: number[] = []
  const bins: number[] = []
  for (let f = 0; f < n; f++) {
    if (pitch[f]! > 0 && quiet[f] === 0 && rms[f]! > 0) {
      frames.push(f)
      bins.push(binOf(pitch[f]!))
    }
  }
  // score[p]: the jump (half-semitones) between the voiced frames before frames[p] and those from it on.
  const score = new Int32Array(frames.length)
  const before = new Int32Array(BINS)
  const after = new Int32Array(BINS)
  let bFrom = 0 // before = frames[bFrom .. p)
  let aTo = 0 // after = frames[p .. aTo)
  for (let p = 0; p < frames.length; p++) {
    if (p > 0) before[bins[p - 1]!]!++
    while (p - bFrom > side || (bFrom < p && frames[p - 1]! - frames[bFrom]! >= span)) before[bins[bFrom++]!]!--
    if (aTo < p) aTo = p
    while (aTo < frames.length && aTo - p < side && frames[aTo]! - frames[p]! < span) after[bins[aTo++]!]!++
    if (p - bFrom >= least && aTo - p >= least)
      score[p] = Math.abs(medianBin(after, aTo - p) - medianBin(before, p - bFrom))
    after[bins[p]!]!-- // frames[p] moves to the before side
  }
  const changes: VoiceChange[] = []
  for (let p = 1; p < frames.length;) {
    if (score[p]! < jump) {
      p++
      continue
    }
    let end = p
    let top = p
    for (; end < frames.length && score[end]! >= jump; end++) if (score[end]! > score[top]!) top = end
    if (end - p >= minRun) {
      const at = splitPoint(frames, bins, p, end, side)
      const change = {
        startMs: Math.round((frames[at - 1]! + 1) * frameMs),
        endMs: onsetNear(pauses, Math.round(frames[at]! * frameMs)),
        semitones: score[top]! / 2,
      }
      // A run broken by a brief dip below the jump finds the same onset twice.
      if (changes[changes.length - 1]?.endMs !== change.endMs) changes.push(change)
    }
    p = end
  }
  return changes
}

/**
 * Voice changes travel in the list of pauses, so everything that carries pauses (the cache, the app's
 * calls, the caption importers) carries them too: each is a zero-length entry at the new voice's
 * onset with a negative depth (minus the jump in semitones); a pause's depth is never negative.
 */
export function withVoiceChanges(pauses: readonly SpeechPause[], changes: readonly VoiceChange[]): SpeechPause[] {
  const points = changes.map((c) => ({
    startMs: c.endMs,
    endMs: c.endMs,
    depth: -Math.max(1, Math.round(c.semitones)),
  }))
  return [...pauses, ...points].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs)
}

/** Is this entry of a pause list a change of voice (see withVoiceChanges) rather than a pause? */
export function isVoiceChange(pause: SpeechPause): boolean {
  return pause.depth < 0
}
