/**
 * What the caption editor's meters show while the editor types: each line's length against the
 * style profile's limit, and the reading speed in the measure that matters most for this caption.
 * Pure and linear in the text, so it runs on every keystroke without a noticeable cost.
 */

import type { CueKind } from '../../../shared/model/cue'
import type { StyleProfile } from '../../../shared/model/style-profile'
import { readableLength, wordsOf } from '../../../shared/quality/text-metrics'

/** One line of the caption against the profile. */
export type LineMeter = Readonly<{
  /** 1-based line number. */
  number: number
  /** Characters on the line (spaces and punctuation count, as in the line-length check). */
  chars: number
  /** The profile's limit per line. */
  max: number
  /** Characters past the limit (0 when within it). */
  over: number
  /** The line is beyond the profile's number of lines. */
  extra: boolean
}>

/** Reading speed in one measure: characters a second or words a minute. */
export type ReadingSpeed = Readonly<{
  measure: 'chars-per-second' | 'words-per-minute'
  /** Rounded as shown: one decimal for characters a second, whole words a minute. */
  value: number
  max: number
  over: boolean
}>

/** The meters for one caption. */
export type CaptionMeters = Readonly<{
  lines: readonly LineMeter[]
  /** Undefined for a section heading (a marker, never read against the clock) and for empty text. */
  speed: ReadingSpeed | undefined
  /** The caption has text but no time on screen. */
  noTime: boolean
}>

/** Measures caption text for the meters, counting as the quality checks count (so the two never disagree). */
export function measureCaption(
  text: string,
  durationMs: number,
  profile: StyleProfile,
  kind: CueKind = 'speech',
): CaptionMeters {
  const lines = text.split('\n').map((line, i): LineMeter => {
    const chars = line.length
    return {
      number: i + 1,
      chars,
      max: profile.maxCharsPerLine,
      over: Math.max(0, chars - profile.maxCharsPerLine),
      extra: i >= profile.maxLines,
    }
  })
  const readable = readableLength(text)
  if (kind === 'heading' || readable === 0) return { lines, speed: undefined, noTime: false }
  const seconds = durationMs / 1000
  if (seconds <= 0) return { lines, speed: undefined, noTime: true }
  return {
    lines,
    speed: bindingSpeed(readable / seconds, (wordsOf(text).length / seconds) * 60, profile),
    noTime: false,
  }
}

/**
 * The measure closest to (or furthest past) its limit: the one the reading-speed check would name.
 * Characters a second win a tie, as most profiles count characters.
 */
function bindingSpeed(cps: number, wpm: number, profile: StyleProfile): ReadingSpeed {
  const byChars = cps / profile.maxCharsPerSecond
  const byWords = wpm / profile.maxWordsPerMinute
  if (byWords > byChars)
    return {
      measure: 'words-per-minute',
      value: Math.round(wpm),
      max: profile.maxWordsPerMinute,
      over: wpm > profile.maxWordsPerMinute,
    }
  return {
    measure: 'chars-per-second',
    value: Math.round(cps * 10) / 10,
    max: profile.maxCharsPerSecond,
    over: cps > profile.maxCharsPerSecond,
  }
}

/** How much of a meter's track one line fills (0–1): the limit sits at `GUIDE_AT`, so overflow stays visible. */
export const GUIDE_AT = 0.8

/** The filled share of a line meter's track. */
export function meterFill(line: LineMeter): number {
  return Math.min(1, (line.chars / line.max) * GUIDE_AT)
}
