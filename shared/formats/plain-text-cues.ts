/** What SRT and SBV share beyond the block reader: turning blocks into cues, and writing text with speaker names. */

import type { Cue } from '../model/cue'
import { makeDocument, type CaptionDocument } from '../model/document'
import { asCueId } from '../model/ids'
import { findSpeaker } from '../model/speaker'
import { CueLineMap } from './cue-lines'
import type { ParseResult, ParseWarning } from './types'
import type { TimedBlock } from './timed-blocks'
import { repairTiming } from './timing-repairs'

const FORMATTING_TAG = /<\/?(?:i|b|u|s|font|span|c)(?:\s[^>]*)?>/gi
const ASS_OVERRIDE = /\{\\[^}]*\}/g

/** Strips SubRip formatting (`<i>`, `<font …>`, `{\an8}`) to literal text; says when it did for ASS codes. */
export function stripFormatting(text: string): { text: string; hadAssCodes: boolean } {
  const hadAssCodes = /\{\\[^}]*\}/.test(text)
  return { text: text.replace(FORMATTING_TAG, '').replace(ASS_OVERRIDE, ''), hadAssCodes }
}

/** Builds a document from timed blocks (ids `c1…`, reversed times repaired with a warning). */
export function documentFromBlocks(
  blocks: readonly TimedBlock[],
  warnings: ParseWarning[],
  formatName: string,
): ParseResult {
  const cues: Cue[] = []
  const lines: number[] = []
  const order = { previousStart: -1 }
  blocks.forEach((block, index) => {
    const endMs = repairTiming(block.startMs, block.endMs, block.line, order, warnings)
    const { text, hadAssCodes } = stripFormatting(block.lines.join('\n'))
    if (hadAssCodes)
      warnings.push({
        code: 'unknown-tags',
        line: block.line + 1,
        message: 'Positioning codes such as {\\an8} were removed from this caption.',
      })
    const id = asCueId(`c${index + 1}`)
    lines.push(block.line)
    cues.push({ id, startMs: block.startMs, endMs, text })
  })
  if (cues.length === 0 && warnings.length > 0) {
    return {
      doc: makeDocument([]),
      warnings: [],
      fatal: {
        code: 'no-cues',
        line: warnings[0]!.line,
        message: `No ${formatName} captions could be read. ${warnings[0]!.message}`,
      },
    }
  }
  return { doc: makeDocument(cues), warnings, cueLines: new CueLineMap(cues, lines) }
}

/**
 * The text lines to write for a cue: empty lines dropped (they would end the cue), `-->` defused (it
 * would read as a timing line), and the speaker's name as a `Name: ` prefix when the speaker changes.
 */
export function plainCueLines(doc: CaptionDocument, index: number, includeSpeakers: boolean): string[] {
  const cue = doc.cues[index]!
  const lines = cue.text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/-->/g, '->'))
  const previous = doc.cues[index - 1]
  const speaker =
    includeSpeakers && cue.speakerId && cue.speakerId !== previous?.speakerId
      ? findSpeaker(doc.speakers, cue.speakerId)
      : undefined
  if (speaker) lines[0] = `${speaker.name}: ${lines[0] ?? ''}`.trimEnd()
  return lines
}
