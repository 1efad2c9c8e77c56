/**
 * The cue timing line (`00:00:01.000 --> 00:00:02.500 align:start`), read in place inside the whole
 * file text so the block reader never has to cut lines out. Two readers give the same answer: the
 * spec's algorithm, and a fast path for the fixed `HH:MM:SS.mmm --> HH:MM:SS.mmm` layout that
 * almost every file uses (tests/shared/formats/webvtt/timing-line.test.ts checks they agree).
 */

import { collectTimestamp, fixedTimestamp, type Scanner } from './timestamp'

/** Where a timing line's parts are: filled in by the readers, reused across lines to avoid allocation. */
export type TimingOut = {
  startMs: number
  endMs: number
  /** Index in the text where the settings start. */ settingsAt: number
}

const ARROW = '-->'

/** Skips spaces, tabs and form feeds. */
function skipSpace(s: Scanner): void {
  for (let c = s.text.charCodeAt(s.pos); c === 32 || c === 9 || c === 12; c = s.text.charCodeAt(++s.pos));
}

/**
 * The spec's "collect WebVTT cue timings and settings" for the line starting at `at`. The line ends at
 * a `\n` or the end of the text; no character the reader accepts is a line break, so it never runs past it.
 */
export function readTimingSpec(text: string, at: number, out: TimingOut): boolean {
  const s: Scanner = { text, pos: at }
  skipSpace(s)
  const startMs = collectTimestamp(s)
  if (startMs === undefined) return false
  skipSpace(s)
  if (!text.startsWith(ARROW, s.pos)) return false
  s.pos += 3
  skipSpace(s)
  const endMs = collectTimestamp(s)
  if (endMs === undefined) return false
  out.startMs = startMs
  out.endMs = endMs
  out.settingsAt = s.pos
  return true
}

/**
 * The fast path: exactly `HH:MM:SS.mmm --> HH:MM:SS.mmm` at `at`, not followed by another digit.
 * Returns false whenever the line has any other shape; the caller then asks readTimingSpec.
 */
export function readTimingFast(text: string, at: number, out: TimingOut): boolean {
  // " --> " between the two stamps: space, '-', '-', '>', space.
  if (
    text.charCodeAt(at + 12) !== 32 ||
    text.charCodeAt(at + 13) !== 45 ||
    text.charCodeAt(at + 14) !== 45 ||
    text.charCodeAt(at + 15) !== 62 ||
    text.charCodeAt(at + 16) !== 32
  )
    return false
  const next = text.charCodeAt(at + 29)
  if (next >= 48 && next <= 57) return false // a fourth fraction digit makes the end time invalid
  const startMs = fixedTimestamp(text, at)
  if (startMs < 0) return false
  const endMs = fixedTimestamp(text, at + 17)
  if (endMs < 0) return false
  out.startMs = startMs
  out.endMs = endMs
  out.settingsAt = at + 29
  return true
}

/** Reads the timing line at `at` with the fast path first. */
export function readTiming(text: string, at: number, out: TimingOut): boolean {
  return readTimingFast(text, at, out) || readTimingSpec(text, at, out)
}

/** Parses `start --> end settings` per the spec; undefined when the timings are invalid. */
export function parseTimingLine(line: string): { startMs: number; endMs: number; settings: string } | undefined {
  const out: TimingOut = { startMs: 0, endMs: 0, settingsAt: 0 }
  if (!readTiming(line, 0, out)) return undefined
  return { startMs: out.startMs, endMs: out.endMs, settings: line.slice(out.settingsAt).trim() }
}
