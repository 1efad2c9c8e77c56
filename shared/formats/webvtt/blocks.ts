/**
 * The WebVTT file parser: the W3C "WebVTT parser algorithm" block by block, keeping 1-based line
 * numbers for every warning. Linear in the input; never throws on user input.
 *
 * It reads the text in one pass with indexOf and never builds an array of lines: a block's label,
 * payload or NOTE text is one contiguous slice of the (line-break normalised) text. It returns raw
 * cues (payload with its markup intact) so that both the plain WebVTT format and the automated-caption
 * importers (YouTube word stamps, Teams voices) build on the same reading.
 */

import type { ParseWarning } from '../types'
import { done, hasArrow, lineReader, next, type LineReader } from './line-reader'
import { readTiming, type TimingOut } from './timing-line'

export { parseTimingLine } from './timing-line'

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
  /**
   * Where the payload starts in VttBlocks.text: payload === text.slice(payloadAt, payloadAt + payload.length)
   * (readers of hours-long files scan that flat text, not the slice). Code that rewrites a payload keeps this true.
   */
  payloadAt: number
  /** 1-based line number of the timing line. */
  line: number
  /** A NOTE block that came just before this cue. */
  note?: string
}>

/** What the block reader found. */
export type VttBlocks = Readonly<{
  /** The text read: BOM dropped, NUL replaced, every line break LF. Cues' payloadAt index it. */
  text: string
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

/** Drops a BOM, turns NUL into U+FFFD and every CRLF or CR into LF (which keeps the line count). */
function normalise(text: string): string {
  let clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (clean.includes('\0')) clean = clean.replace(/\0/g, '\ufffd')
  return clean.includes('\r') ? clean.replace(/\r\n?/g, '\n') : clean
}

/** Splits text into lines on CRLF, CR or LF, after turning NUL into U+FFFD and dropping a BOM. */
export function splitLines(text: string): string[] {
  return normalise(text).split('\n')
}

/** One block, as collectBlock found it; a single instance is reused for every block of a file. */
type Block = {
  kind: 'cue' | 'bad-cue' | 'style' | 'region' | 'other'
  /** Line number and text index of the block's first line. */
  firstLine: number
  start: number
  /** End of the block's first line, and of its last line before any timing line (its "buffer"). */
  firstEnd: number
  bufferEnd: number
  /** Label text range (empty when the timing line came first). */
  labelEnd: number
  timingLine: number
  timingStart: number
  timingEnd: number
  timing: TimingOut
  /** Payload text range; payloadStart < 0 when the cue has no payload lines. */
  payloadStart: number
  payloadEnd: number
}

const STYLE_OR_REGION = /^(STYLE|REGION)[ \t]*$/

/** Reads one block starting at the reader's line (the "collect a WebVTT block" algorithm) into `b`. */
function collectBlock(r: LineReader, inHeader: boolean, b: Block): void {
  b.kind = 'other'
  b.firstLine = r.line
  b.start = r.pos
  b.firstEnd = b.bufferEnd = b.labelEnd = r.pos
  b.payloadStart = -1
  let count = 0
  let seenArrow = false
  while (!done(r)) {
    count++
    if (hasArrow(r)) {
      if (!inHeader && (count === 1 || (count === 2 && !seenArrow))) {
        seenArrow = true
        // The label is the one line before the timing line, if there was one.
        b.labelEnd = count === 2 ? b.firstEnd : b.start
        b.kind = readTiming(r.text, r.pos, b.timing) ? 'cue' : 'bad-cue'
        b.timingLine = r.line
        b.timingStart = r.pos
        b.timingEnd = r.end
        next(r)
        continue
      }
      break // this line starts the next block (a cue without an identifier)
    }
    if (r.pos === r.end) {
      next(r)
      break
    }
    if (!inHeader && count === 2 && b.kind === 'other') {
      const m = STYLE_OR_REGION.exec(r.text.slice(b.start, b.firstEnd))
      if (m) b.kind = m[1] === 'STYLE' ? 'style' : 'region'
    }
    if (b.kind === 'cue') {
      if (b.payloadStart < 0) b.payloadStart = r.pos
      b.payloadEnd = r.end
    } else {
      if (count === 1) b.firstEnd = r.end
      b.bufferEnd = r.end
    }
    next(r)
  }
}

function warn(
  warnings: ParseWarning[],
  code: string,
  line: number,
  message: string,
  params?: Record<string, string | number>,
): void {
  warnings.push(params ? { code, line, message, params } : { code, line, message })
}

/** The lines of a block after its first, `\n`-joined ('' when it has one line). */
function afterFirstLine(text: string, b: Block): string {
  return b.bufferEnd > b.firstEnd ? text.slice(b.firstEnd + 1, b.bufferEnd) : ''
}

/** A fresh block record (exported so keep-shapes can keep one alive). */
export function newBlock(): Block {
  return {
    kind: 'other',
    firstLine: 0,
    start: 0,
    firstEnd: 0,
    bufferEnd: 0,
    labelEnd: 0,
    timingLine: 0,
    timingStart: 0,
    timingEnd: 0,
    timing: { startMs: 0, endMs: 0, settingsAt: 0 },
    payloadStart: -1,
    payloadEnd: 0,
  }
}

/** Reads every block of a WebVTT file. */
export function readVttBlocks(input: string): VttBlocks {
  const text = normalise(input)
  const r = lineReader(text)
  const warnings: ParseWarning[] = []
  const signature = text.slice(0, r.end)
  const hasSignature = /^WEBVTT([ \t].*)?$/.test(signature)
  const b = newBlock()
  let header = ''
  if (hasSignature) {
    header = signature.slice(6)
    next(r)
    if (!done(r) && r.pos !== r.end) {
      collectBlock(r, true, b)
      header += `\n${text.slice(b.start, b.bufferEnd)}`
    }
  } else {
    warn(warnings, 'missing-signature', 1, 'The file does not start with "WEBVTT"; it was read as WebVTT anyway.')
  }
  const cues: RawVttCue[] = []
  const styles: string[] = []
  const regions: string[] = []
  let pendingNote: string | undefined
  // Files repeat the same settings on every cue: reuse the previous string when the text matches.
  let rawSettings = ''
  let settings = ''
  while (!done(r)) {
    if (r.pos === r.end) {
      next(r)
      continue
    }
    collectBlock(r, false, b)
    if (b.kind === 'cue') {
      const from = b.timing.settingsAt
      if (b.timingEnd - from !== rawSettings.length || !text.startsWith(rawSettings, from)) {
        rawSettings = text.slice(from, b.timingEnd)
        settings = rawSettings.trim()
      }
      const payload = b.payloadStart < 0 ? '' : text.slice(b.payloadStart, b.payloadEnd)
      const payloadAt = Math.max(0, b.payloadStart)
      const { startMs, endMs } = b.timing
      if (b.labelEnd === b.start && pendingNote === undefined) {
        cues.push({ startMs, endMs, settings, payload, payloadAt, line: b.timingLine })
      } else {
        const label = text.slice(b.start, b.labelEnd)
        cues.push({
          ...(label !== '' ? { label } : {}),
          startMs,
          endMs,
          settings,
          payload,
          payloadAt,
          line: b.timingLine,
          ...(pendingNote !== undefined ? { note: pendingNote } : {}),
        })
      }
      pendingNote = undefined
    } else if (b.kind === 'bad-cue') {
      const timing = clip(text.slice(b.timingStart, b.timingEnd))
      warn(
        warnings,
        'bad-timing',
        b.timingLine,
        `This caption's timing "${timing}" is not valid (expected e.g. 00:01:02.500 --> 00:01:04.000); the caption was skipped.`,
        { timing },
      )
    } else if (b.kind === 'style' || b.kind === 'region') {
      if (cues.length > 0) {
        warn(
          warnings,
          `${b.kind}-after-cues`,
          b.firstLine,
          `A ${b.kind.toUpperCase()} block after the first caption is not allowed and was ignored.`,
        )
      } else {
        ;(b.kind === 'style' ? styles : regions).push(afterFirstLine(text, b))
      }
    } else {
      const first = text.slice(b.start, b.firstEnd)
      if (/^NOTE($|[ \t])/.test(first)) {
        pendingNote = first === 'NOTE' ? afterFirstLine(text, b) : text.slice(b.start + 5, b.bufferEnd)
      } else {
        warn(
          warnings,
          'stray-text',
          b.firstLine,
          `"${clip(first)}" is not part of any caption (no timing line) and was skipped.`,
          { text: clip(first) },
        )
      }
    }
  }
  return {
    text,
    hasSignature,
    header,
    cues,
    styles,
    regions,
    ...(pendingNote !== undefined ? { trailingNote: pendingNote } : {}),
    warnings,
  }
}

/** Shortens text quoted in a warning. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
