/**
 * The WebVTT file parser: the W3C "WebVTT parser algorithm" block by block, over lines, keeping
 * 1-based line numbers for every warning. Linear in the input; never throws on user input.
 *
 * It returns raw cues (payload with its markup intact) so that both the plain WebVTT format and the
 * automated-caption importers (YouTube word stamps, Teams voices) build on the same reading.
 */

import type { ParseWarning } from '../types'
import { collectTimestamp, type Scanner } from './timestamp'

/** A cue as written in the file, before its text is interpreted. */
export type RawVttCue = Readonly<{
  /** The cue identifier line, if any. */
  label?: string
  startMs: number
  endMs: number
  /** Everything after the end time on the timing line. */
  settings: string
  /** The cue payload, lines joined by `\n`, markup intact. */
  payload: string
  /** 1-based line number of the timing line. */
  line: number
  /** A NOTE block that came just before this cue. */
  note?: string
}>

/** What the block reader found. */
export type VttBlocks = Readonly<{
  /** Did the file start with the `WEBVTT` signature? */
  hasSignature: boolean
  /** Text after `WEBVTT` on its line plus the header lines (`\n`-joined). */
  header: string
  cues: readonly RawVttCue[]
  styles: readonly string[]
  regions: readonly string[]
  /** A NOTE block after the last cue. */
  trailingNote?: string
  warnings: readonly ParseWarning[]
}>

const ARROW = '-->'

/** Splits text into lines on CRLF, CR or LF, after turning NUL into U+FFFD and dropping a BOM. */
export function splitLines(text: string): string[] {
  const clean = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\0/g, '\ufffd')
  return clean.includes('\r') ? clean.split(/\r\n|\r|\n/) : clean.split('\n')
}

/** Skips spaces, tabs and form feeds. */
function skipSpace(s: Scanner): void {
  for (let c = s.text.charCodeAt(s.pos); c === 32 || c === 9 || c === 12; c = s.text.charCodeAt(++s.pos));
}

/** Parses `start --> end settings` per the spec; undefined when the timings are invalid. */
export function parseTimingLine(line: string): { startMs: number; endMs: number; settings: string } | undefined {
  const s: Scanner = { text: line, pos: 0 }
  skipSpace(s)
  const startMs = collectTimestamp(s)
  if (startMs === undefined) return undefined
  skipSpace(s)
  if (!line.startsWith(ARROW, s.pos)) return undefined
  s.pos += 3
  skipSpace(s)
  const endMs = collectTimestamp(s)
  if (endMs === undefined) return undefined
  return { startMs, endMs, settings: line.slice(s.pos).trim() }
}

type Block =
  | { kind: 'cue'; label: string; timing: { startMs: number; endMs: number; settings: string }; timingLine: number; payload: string[] }
  | { kind: 'style' | 'region' | 'other'; lines: string[]; firstLine: number }
  | { kind: 'bad-cue'; timing: string; timingLine: number }

/** Reads one block starting at `lines[i]` (the "collect a WebVTT block" algorithm). Returns the block and the next index. */
function collectBlock(lines: readonly string[], start: number, inHeader: boolean): { block: Block; next: number } {
  let i = start
  let count = 0
  const buffer: string[] = []
  let cue: Extract<Block, { kind: 'cue' }> | undefined
  let bad: Extract<Block, { kind: 'bad-cue' }> | undefined
  let seenArrow = false
  let kind: 'style' | 'region' | 'other' = 'other'
  while (i < lines.length) {
    const line = lines[i]!
    count++
    if (line.includes(ARROW)) {
      if (!inHeader && (count === 1 || (count === 2 && !seenArrow))) {
        seenArrow = true
        const timing = parseTimingLine(line)
        if (timing) cue = { kind: 'cue', label: buffer.join('\n'), timing, timingLine: i + 1, payload: [] }
        else bad = { kind: 'bad-cue', timing: line, timingLine: i + 1 }
        buffer.length = 0
        i++
        continue
      }
      break // this line starts the next block (a cue without an identifier)
    }
    if (line === '') {
      i++
      break
    }
    if (!inHeader && count === 2 && !cue && !bad) {
      if (/^STYLE[ \t]*$/.test(buffer[0] ?? '')) kind = 'style'
      else if (/^REGION[ \t]*$/.test(buffer[0] ?? '')) kind = 'region'
    }
    if (cue) cue.payload.push(line)
    else buffer.push(line)
    i++
  }
  if (cue) return { block: cue, next: i }
  if (bad) return { block: bad, next: i }
  return { block: { kind, lines: buffer, firstLine: start + 1 }, next: i }
}

function warn(warnings: ParseWarning[], code: string, line: number, message: string, params?: Record<string, string | number>): void {
  warnings.push(params ? { code, line, message, params } : { code, line, message })
}

/** Reads every block of a WebVTT file. */
export function readVttBlocks(text: string): VttBlocks {
  const lines = splitLines(text)
  const warnings: ParseWarning[] = []
  const signature = lines[0] ?? ''
  const hasSignature = /^WEBVTT([ \t].*)?$/.test(signature)
  let i = 0
  let header = ''
  if (hasSignature) {
    header = signature.slice(6)
    i = 1
    if (i < lines.length && lines[i] !== '') {
      const { block, next } = collectBlock(lines, i, true)
      if (block.kind === 'other' || block.kind === 'style' || block.kind === 'region') header += `\n${block.lines.join('\n')}`
      i = next
    }
  } else {
    warn(warnings, 'missing-signature', 1, 'The file does not start with "WEBVTT"; it was read as WebVTT anyway.')
  }
  const cues: RawVttCue[] = []
  const styles: string[] = []
  const regions: string[] = []
  let pendingNote: string | undefined
  while (i < lines.length) {
    if (lines[i] === '') {
      i++
      continue
    }
    const { block, next } = collectBlock(lines, i, false)
    i = next
    if (block.kind === 'cue') {
      cues.push(rawCue(block, block.timing, pendingNote))
      pendingNote = undefined
    } else if (block.kind === 'bad-cue') {
      warn(warnings, 'bad-timing', block.timingLine, `This caption's timing "${clip(block.timing)}" is not valid (expected e.g. 00:01:02.500 --> 00:01:04.000); the caption was skipped.`, { timing: clip(block.timing) })
    } else if (block.kind === 'style' || block.kind === 'region') {
      if (cues.length > 0) {
        warn(warnings, `${block.kind}-after-cues`, block.firstLine, `A ${block.kind.toUpperCase()} block after the first caption is not allowed and was ignored.`)
      } else {
        ;(block.kind === 'style' ? styles : regions).push(block.lines.slice(1).join('\n'))
      }
    } else {
      const first = block.lines[0] ?? ''
      if (/^NOTE($|[ \t])/.test(first)) {
        pendingNote = [first.slice(5), ...block.lines.slice(1)].join('\n')
        if (first === 'NOTE') pendingNote = block.lines.slice(1).join('\n')
      } else {
        warn(warnings, 'stray-text', block.firstLine, `"${clip(first)}" is not part of any caption (no timing line) and was skipped.`, { text: clip(first) })
      }
    }
  }
  return { hasSignature, header, cues, styles, regions, ...(pendingNote !== undefined ? { trailingNote: pendingNote } : {}), warnings }
}

function rawCue(block: Extract<Block, { kind: 'cue' }>, timing: { startMs: number; endMs: number; settings: string }, note: string | undefined): RawVttCue {
  return {
    ...(block.label !== '' ? { label: block.label } : {}),
    startMs: timing.startMs,
    endMs: timing.endMs,
    settings: timing.settings,
    payload: block.payload.join('\n'),
    line: block.timingLine,
    ...(note !== undefined ? { note } : {}),
  }
}

/** Shortens text quoted in a warning. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
