/**
 * The self-check every written caption file passes before it is handed over: it reads back with our
 * own parser with as many captions as were written, and WebVTT also parses with zero errors under
 * the W3C rules (`webvtt-parser`), so a file that would not load in a player is never written.
 * Used by the export menu, `eglur convert` and `eglur publish`. (The check is export-check-core.ts;
 * this module gives it the W3C parser.)
 */

import type { CaptionDocument } from '../model/document'
import { checkWrittenWith, writeCheckedWith, type CheckedExport, type ExportProblem } from './export-check-core'
import { w3cParse } from './export-check-w3c'
import type { SerializeOptions } from './types'

export type { CheckedExport, ExportProblem } from './export-check-core'
export type { W3cError, W3cResult } from './export-check-w3c'
/** Parses WebVTT with the W3C parser in subtitle mode (cue text validated too). */
export { w3cParse }

/**
 * Checks `text`, written in format `formatId` from a document of `cueCount` captions (absent: any
 * number). Returns the first problem, or undefined when the file is sound.
 */
export function checkWritten(formatId: string, text: string, cueCount?: number): ExportProblem | undefined {
  return checkWrittenWith(w3cParse, formatId, text, cueCount)
}

/** Writes `doc` in format `formatId` and checks the result (see `checkWritten`). */
export function writeChecked(doc: CaptionDocument, formatId: string, options?: SerializeOptions): CheckedExport {
  return writeCheckedWith(w3cParse, doc, formatId, options)
}
