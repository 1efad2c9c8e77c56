/** WebVTT timestamps, read exactly as the W3C "collect a WebVTT timestamp" algorithm does. */

import { formatClock } from '../../model/time'

/** A scanner position over one line (the parser advances `pos`). */
export type Scanner = { readonly text: string; pos: number }

/** Reads ASCII digits at the scanner and returns their value; `s.pos` minus the start gives the count. */
function digits(s: Scanner): number {
  let value = 0
  for (let c = s.text.charCodeAt(s.pos); c >= 48 && c <= 57; c = s.text.charCodeAt(++s.pos)) value = value * 10 + (c - 48)
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
