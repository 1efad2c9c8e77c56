/**
 * What re-segmentation knows about the speech between the words: the silence after each word (from
 * the audio's pauses, or inferred from the word stamps when there is no audio), where speakers
 * change (hard boundaries), and where speech starts and stops around each word, so cue times follow
 * the voice rather than the next word's stamp.
 */

import type { Word } from '../model/cue'
import type { SpeechPause } from './pauses'
import { isVoiceChange } from './voice-changes'

/** Per-word hints for segmentWords; arrays are indexed by word. */
export type SegmentHints = Readonly<{
  /** Silence after word k before word k + 1, ms (0 when none is known). */
  pauseAfterMs: Float64Array
  /** 1 where word k starts a new speaker's turn: a caption always starts there. */
  breakBefore: Uint8Array
  /** Speech onset just before word k (the end of the pause before it), or NaN when unknown. */
  onsetMs: Float64Array
  /** Speech offset just after word k (the start of the pause after it), or NaN when unknown. */
  offsetMs: Float64Array
  /** A pause at least this long always ends a caption. */
  longPauseMs: number
  /** Silence at least this long reads as a sentence end (capitals and full stops follow it). */
  sentencePauseMs: number
  /** Time a caption stays up after the speech stops, ms. */
  leadOutMs: number
}>

/** How far an onset or offset may lie from the word stamp it belongs to and still be used. */
const SNAP_WINDOW_MS = 600

/** Empty hints for `n` words (no pauses, no speaker changes). */
export function emptyHints(n: number, breaks?: Uint8Array): SegmentHints {
  return {
    pauseAfterMs: new Float64Array(n),
    breakBefore: breaks ?? new Uint8Array(n),
    onsetMs: new Float64Array(n).fill(Number.NaN),
    offsetMs: new Float64Array(n).fill(Number.NaN),
    longPauseMs: 450,
    sentencePauseMs: 600,
    leadOutMs: 200,
  }
}

/** The first index whose word starts at or after `ms` (words are in time order). */
function firstStartingAt(words: readonly Word[], ms: number): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (words[mid]!.startMs < ms) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How much earlier than the new voice's onset its first word may be stamped (stamps are a little off), ms. */
const VOICE_EARLY_MS = 100
/** How much later, ms. */
const VOICE_LATE_MS = 300

/**
 * Hints from pauses found in the audio: each pause lies between the words stamped either side of its
 * middle. A change of voice in the list (see voice-changes) starts a caption at the new voice's first
 * word, as a marked change of speaker does.
 */
export function hintsFromPauses(
  words: readonly Word[],
  pauses: readonly SpeechPause[],
  breaks?: Uint8Array,
): SegmentHints {
  const hints = emptyHints(words.length, breaks && pauses.some(isVoiceChange) ? breaks.slice() : breaks)
  for (const pause of pauses) {
    if (isVoiceChange(pause)) {
      // The first word stamped from a little before the onset: the word before it started well before
      // (it lasted, then came the hand-over), while a short first word ("I") leaves the next one close.
      const k = firstStartingAt(words, pause.endMs - VOICE_EARLY_MS)
      if (k > 0 && k < words.length && words[k]!.startMs - pause.endMs <= VOICE_LATE_MS) hints.breakBefore[k] = 1
      continue
    }
    const b = firstStartingAt(words, (pause.startMs + pause.endMs) / 2)
    if (b < words.length && Math.abs(words[b]!.startMs - pause.endMs) <= SNAP_WINDOW_MS) hints.onsetMs[b] = pause.endMs
    if (b > 0) {
      const before = words[b - 1]!
      if (pause.startMs >= before.startMs - 100 && pause.startMs - before.startMs <= 3000)
        hints.offsetMs[b - 1] = Math.max(before.startMs + 80, pause.startMs)
      if (b < words.length)
        hints.pauseAfterMs[b - 1] = Math.max(hints.pauseAfterMs[b - 1]!, pause.endMs - pause.startMs)
    }
  }
  return hints
}

/** The time a word of this text takes at an ordinary speaking rate, ms. */
function expectedMs(text: string): number {
  return 140 + 60 * text.length
}

/**
 * Hints from the word stamps alone. Automated captions stamp each word's start; a word lasts until
 * the next one's stamp, so a word that "lasts" far longer than its letters need is followed by a pause.
 */
export function hintsFromWords(words: readonly Word[], breaks?: Uint8Array): SegmentHints {
  const hints = emptyHints(words.length, breaks)
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!
    const next = words[k + 1]!
    const gap = Math.max(0, next.startMs - w.endMs)
    const expected = expectedMs(w.text)
    const stamped = next.startMs - w.startMs
    const inferred = stamped > expected * 1.2 + 80 ? stamped - expected : 0
    const pause = Math.max(gap, inferred)
    if (pause <= 0) continue
    hints.pauseAfterMs[k] = pause
    hints.offsetMs[k] = next.startMs - pause
    hints.onsetMs[k + 1] = next.startMs
  }
  return { ...hints, longPauseMs: 600, sentencePauseMs: 600 }
}

/** Where a cue of words[from..to) starts: the speech onset when known and near, else the first stamp. */
export function cueStartMs(words: readonly Word[], from: number, hints: SegmentHints | undefined): number {
  const stamp = words[from]!.startMs
  const onset = hints?.onsetMs[from]
  return onset !== undefined && !Number.isNaN(onset) && Math.abs(onset - stamp) <= SNAP_WINDOW_MS
    ? Math.round(onset)
    : stamp
}

/** Where the speech of words[from..to) stops, plus the lead-out (undefined when unknown). */
export function cueSpeechEndMs(
  words: readonly Word[],
  to: number,
  hints: SegmentHints | undefined,
): number | undefined {
  const offset = hints?.offsetMs[to - 1]
  if (offset === undefined || Number.isNaN(offset)) return undefined
  return Math.round(offset + hints!.leadOutMs)
}
