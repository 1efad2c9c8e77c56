/** SubRip (.srt): numbered cues, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, text, blank line. Tolerant reader, strict writer. */

import { formatClock } from '../model/time'
import type { CaptionDocument } from '../model/document'
import type { CaptionFormat, ParseResult, SerializeOptions } from './types'
import { parseClock, readTimedBlocks } from './timed-blocks'
import { documentFromBlocks, plainCueLines } from './plain-text-cues'

const SRT_TIMING = /^\s*([\d:,.]+)\s*-->\s*([\d:,.]+)(.*)$/

function parseSrtTiming(line: string): { startMs: number; endMs: number; rest?: string } | undefined {
  const m = SRT_TIMING.exec(line)
  if (!m) return undefined
  const startMs = parseClock(m[1]!)
  const endMs = parseClock(m[2]!)
  // X1:… Y1:… positions after the timing are legal in old SRT; they are ignored with a warning.
  return startMs === undefined || endMs === undefined ? undefined : { startMs, endMs, rest: m[3] }
}

/** Parses SubRip text. */
export function parseSrt(text: string): ParseResult {
  const { blocks, warnings } = readTimedBlocks(text, { parseTiming: parseSrtTiming, numbered: true, name: 'SRT' })
  return documentFromBlocks(blocks, warnings, 'SRT')
}

/** Writes SubRip: cues numbered from 1, LF line ends (every player reads them), speaker names as `Name: `. */
export function serializeSrt(doc: CaptionDocument, options: SerializeOptions = {}): string {
  const includeSpeakers = options.includeSpeakers ?? true
  return doc.cues
    .map((cue, index) => {
      const timing = `${formatClock(cue.startMs, ',')} --> ${formatClock(Math.max(cue.startMs, cue.endMs), ',')}`
      return [String(index + 1), timing, ...plainCueLines(doc, index, includeSpeakers)].join('\n')
    })
    .map((block) => `${block}\n`)
    .join('\n')
}

/** The SubRip format. */
export const srtFormat: CaptionFormat = {
  id: 'srt',
  name: 'SubRip (SRT)',
  extensions: ['srt'],
  detect: (text) =>
    /^\s*(\d+\s*\r?\n)?\s*[\d:]+[,.]\d+\s*-->\s*[\d:]+[,.]\d+/m.test(text.slice(0, 4096)) &&
    !/^\ufeff?WEBVTT/.test(text),
  parse: parseSrt,
  serialize: serializeSrt,
}
