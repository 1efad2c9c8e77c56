/** WebVTT timestamps, read exactly as the W3C "collect a WebVTT timestamp" algorithm does. */

import { formatClock } from '../../model/time'

/** A scanner position over one line (the parser advances `pos`). */
export type Scanner = { readonly text: string; pos: number }

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

function collectDigits(s: Scanner): string {
  const start = s.pos
  while (isDigit(s.text[s.pos])) s.pos++
  return s.text.slice(start, s.pos)
}

/** Reads a timestamp at the scanner; returns milliseconds or undefined (the scanner position is then unspecified). */
export function collectTimestamp(s: Scanner): number | undefined {
  if (!isDigit(s.text[s.pos])) return undefined
  const first = collectDigits(s)
  let hoursFirst = first.length !== 2 || Number(first) > 59
  if (s.text[s.pos] !== ':') return undefined
  s.pos++
  const second = collectDigits(s)
  if (second.length !== 2) return undefined
  let hours = 0
  let minutes: number
  let seconds: number
  if (hoursFirst || s.text[s.pos] === ':') {
    if (s.text[s.pos] !== ':') return undefined
    s.pos++
    const third = collectDigits(s)
    if (third.length !== 2) return undefined
    hours = Number(first)
    minutes = Number(second)
    seconds = Number(third)
    hoursFirst = true
  } else {
    minutes = Number(first)
    seconds = Number(second)
  }
  if (s.text[s.pos] !== '.') return undefined
  s.pos++
  const fraction = collectDigits(s)
  if (fraction.length !== 3) return undefined
  if (minutes > 59 || seconds > 59) return undefined
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number(fraction)
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
