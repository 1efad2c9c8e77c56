/** YouTube SubViewer (.sbv): `h:mm:ss.mmm,h:mm:ss.mmm`, text, blank line. */

import { clockParts } from '../model/time'
import type { CaptionDocument } from '../model/document'
import type { CaptionFormat, ParseResult, SerializeOptions } from './types'
import { parseClock, readTimedBlocks } from './timed-blocks'
import { documentFromBlocks, plainCueLines } from './plain-text-cues'

const SBV_TIMING = /^\s*(\d+:\d{1,2}:\d{1,2}(?:\.\d{1,3})?)\s*,\s*(\d+:\d{1,2}:\d{1,2}(?:\.\d{1,3})?)\s*$/

function parseSbvTiming(line: string): { startMs: number; endMs: number } | undefined {
  const m = SBV_TIMING.exec(line)
  if (!m) return undefined
  const startMs = parseClock(m[1]!)
  const endMs = parseClock(m[2]!)
  return startMs === undefined || endMs === undefined ? undefined : { startMs, endMs }
}

/** Formats `h:mm:ss.mmm` as YouTube writes it (hours not padded). */
export function formatSbvClock(ms: number): string {
  const { hours, minutes, seconds, millis } = clockParts(ms)
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${String(millis).padStart(3, '0')}`
}

/** Parses SBV text. */
export function parseSbv(text: string): ParseResult {
  const { blocks, warnings } = readTimedBlocks(text, { parseTiming: parseSbvTiming, numbered: false, name: 'SBV' })
  return documentFromBlocks(blocks, warnings, 'SBV')
}

/** Writes SBV. */
export function serializeSbv(doc: CaptionDocument, options: SerializeOptions = {}): string {
  const includeSpeakers = options.includeSpeakers ?? true
  return doc.cues
    .map((cue, index) =>
      [
        `${formatSbvClock(cue.startMs)},${formatSbvClock(Math.max(cue.startMs, cue.endMs))}`,
        ...plainCueLines(doc, index, includeSpeakers),
      ].join('\n'),
    )
    .map((block) => `${block}\n`)
    .join('\n')
}

/** The SBV format. */
export const sbvFormat: CaptionFormat = {
  id: 'sbv',
  name: 'YouTube SubViewer (SBV)',
  extensions: ['sbv'],
  detect: (text) =>
    /^\s*\d+:\d{1,2}:\d{1,2}\.\d{1,3}\s*,\s*\d+:\d{1,2}:\d{1,2}\.\d{1,3}\s*$/m.test(text.slice(0, 4096)),
  parse: parseSbv,
  serialize: serializeSbv,
}
