/**
 * The block reader shared by SRT and SBV: an optional cue number, a timing line, text lines, a blank
 * line. Tolerant in the way Subtitle Edit's SubRip reader is: missing or wrong numbers, missing
 * blank lines between cues, extra blank lines, CR/LF/CRLF, a BOM. Linear; never throws.
 */

import type { ParseWarning } from './types'

/** A cue as written, before its text is cleaned. */
export type TimedBlock = Readonly<{ startMs: number; endMs: number; lines: readonly string[]; line: number }>

/** How one format reads its timing line. */
export type TimedBlockSyntax = Readonly<{
  /** Reads a timing line, or undefined when the line is not one. */
  parseTiming: (line: string) => { startMs: number; endMs: number; rest?: string } | undefined
  /** Whether cues may be preceded by a number line (SRT). */
  numbered: boolean
  /** What the format is called in messages. */
  name: string
}>

const NUMBER_LINE = /^\s*\d+\s*$/

/** Reads all timed blocks of a file. */
export function readTimedBlocks(
  text: string,
  syntax: TimedBlockSyntax,
): { blocks: TimedBlock[]; warnings: ParseWarning[] } {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\0/g, '\ufffd').split(/\r\n|\r|\n/)
  const blocks: TimedBlock[] = []
  const warnings: ParseWarning[] = []
  const isTiming = (i: number) => i < lines.length && syntax.parseTiming(lines[i]!) !== undefined
  const startsCue = (i: number) =>
    isTiming(i) || (syntax.numbered && NUMBER_LINE.test(lines[i] ?? '') && isTiming(i + 1))
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === '') {
      i++
      continue
    }
    if (syntax.numbered && NUMBER_LINE.test(line) && isTiming(i + 1)) i++
    const timing = syntax.parseTiming(lines[i]!)
    if (!timing) {
      const stray = i
      while (i < lines.length && lines[i]!.trim() !== '' && !startsCue(i)) i++
      // A cue number then a broken timing (e.g. a negative time): point at the timing, not the number.
      const shown = syntax.numbered && NUMBER_LINE.test(lines[stray]!) && stray + 1 < i ? stray + 1 : stray
      warnings.push(strayWarning(lines[shown]!, shown + 1, syntax.name))
      continue
    }
    if (timing.rest && timing.rest.trim() !== '') {
      warnings.push({
        code: 'timing-extras',
        line: i + 1,
        message: `Extra text after the timing ("${timing.rest.trim().slice(0, 40)}") was ignored.`,
      })
    }
    const timingLine = i + 1
    i++
    const textLines: string[] = []
    while (i < lines.length && lines[i]!.trim() !== '' && !startsCue(i)) textLines.push(lines[i++]!)
    blocks.push({ startMs: timing.startMs, endMs: timing.endMs, lines: textLines, line: timingLine })
  }
  return { blocks, warnings }
}

function strayWarning(line: string, lineNumber: number, format: string): ParseWarning {
  const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line
  const looksLikeTiming = line.includes('-->') || /\d:\d\d/.test(line)
  return looksLikeTiming
    ? {
        code: 'bad-timing',
        line: lineNumber,
        message: `"${shown}" is not a valid ${format} timing; this caption was skipped.`,
        params: { text: shown },
      }
    : {
        code: 'stray-text',
        line: lineNumber,
        message: `"${shown}" is not part of any caption (no timing line) and was skipped.`,
        params: { text: shown },
      }
}

/** Reads `h:mm:ss[,.]mmm` (hours optional, 1–3 fraction digits) as milliseconds. */
export function parseClock(text: string): number | undefined {
  const m = /^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[,.:](\d{1,3}))?\s*$/.exec(text)
  if (!m) return undefined
  const [hours, minutes, seconds] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])]
  if (minutes > 59 || seconds > 59) return undefined
  const fraction = m[4] ? Number(m[4].padEnd(3, '0')) : 0
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction
  return Number.isSafeInteger(ms) ? ms : undefined
}
