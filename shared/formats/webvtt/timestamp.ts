/** WebVTT timestamps, read exactly as the W3C "collect a WebVTT timestamp" algorithm does. */

import { formatClock } from '../../model/time'

/** A scanner position over one line (the parser advances `pos`). */
export type Scanner = { readonly text: string; pos: number }

/** Reads ASCII digits at the scanner and returns their value; `s.pos` minus the start gives the count. */
function digits(s: Scanner): number {
  let value = 0
  for (let c = s.text.charCodeAt(s.pos); c >= 48 && c <= 57; c = s.text.charCodeAt(++s.pos))
    value = value * 10 + (c - 48)
  return value
}

const COLON = 58
const DOT = 46

/** Reads a timestamp at the scanner; returns milliseconds or undefined (the scanner position is then unspecified). */
export function collectTimestamp(s: Scanner): number | undefined {
  // Digit runs are read without allocating (this runs for every cue and every YouTube word stamp).
  let at = s.pos
  const first = digits(s)
  const firstCount = s.pos - at
  if (firstCount === 0) return undefined
  const hoursFirst = firstCount !== 2 || first > 59
  if (s.text.charCodeAt(s.pos) !== COLON) return undefined
  at = ++s.pos
  const second = digits(s)
  if (s.pos - at !== 2) return undefined
  let hours = 0
  let minutes = first
  let seconds = second
  if (hoursFirst || s.text.charCodeAt(s.pos) === COLON) {
    if (s.text.charCodeAt(s.pos) !== COLON) return undefined
    at = ++s.pos
    const third = digits(s)
    if (s.pos - at !== 2) return undefined
    hours = first
    minutes = second
    seconds = third
  }
  if (s.text.charCodeAt(s.pos) !== DOT) return undefined
  at = ++s.pos
  const fraction = digits(s)
  if (s.pos - at !== 3 || minutes > 59 || seconds > 59) return undefined
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction
  return Number.isSafeInteger(ms) ? ms : undefined
}

/** Two ASCII digits at `i` as a number, or -1. */
function two(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48
  const b = text.charCodeAt(i + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/**
 * The fast path for the commonest layout: `HH:MM:SS.mmm` at `i` (minutes and seconds ≤ 59) as
 * milliseconds, or -1 when the text has any other shape (collectTimestamp then decides).
 */
export function fixedTimestamp(text: string, i: number): number {
  const h = two(text, i)
  const m = two(text, i + 3)
  const s = two(text, i + 6)
  const f1 = two(text, i + 9)
  const f2 = text.charCodeAt(i + 11) - 48
  if (h < 0 || m < 0 || m > 59 || s < 0 || s > 59 || f1 < 0 || f2 < 0 || f2 > 9) return -1
  if (text.charCodeAt(i + 2) !== 58 || text.charCodeAt(i + 5) !== 58 || text.charCodeAt(i + 8) !== 46) return -1
  return ((h * 60 + m) * 60 + s) * 1000 + f1 * 10 + f2
}

/** Parses a whole string as one timestamp (`01:02.345`, `1:02:03.456`), or undefined. */
export function parseVttTimestamp(text: string): number | undefined {
  const s: Scanner = { text, pos: 0 }
  const ms = collectTimestamp(s)
  return ms !== undefined && s.pos === text.length ? ms : undefined
}

/** Writes a spec-valid timestamp: hours always two or more digits, three-digit milliseconds. */
export function formatVttTimestamp(ms: number): string {
  return formatClock(ms, '.')
}
