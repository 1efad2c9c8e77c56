/**
 * The export check itself (see export-check.ts), given the W3C parser rather than importing it: a
 * caller that writes no WebVTT (a convert to JSON) then never loads that parser. WebVTT is never
 * checked without it: asking to is a bug, and throws.
 */

import type { CaptionDocument } from '../model/document'
import type { W3cResult } from './export-check-w3c'
import { jsonCaptionCount } from './export-check-json'
import { formatById } from './index'
import type { ParseWarning, SerializeOptions } from './types'

/** Why a written file failed its check: a code with params, plus the English sentence for the command line. */
export type ExportProblem = ParseWarning

/** Text ready to write, or the reason it is not. */
export type CheckedExport = Readonly<{ ok: true; text: string }> | Readonly<{ ok: false; problem: ExportProblem }>

/** The W3C parser (export-check-w3c's w3cParse); needed for WebVTT only. */
export type W3cParse = (text: string) => W3cResult

/**
 * Checks `text`, written in format `formatId` from a document of `cueCount` captions (absent: any
 * number), WebVTT also with `w3c`. Returns the first problem, or undefined when the file is sound.
 */
export function checkWrittenWith(
  w3c: W3cParse | undefined,
  formatId: string,
  text: string,
  cueCount?: number,
): ExportProblem | undefined {
  const format = formatById(formatId)
  if (!format) return notWritable(formatId)
  if (formatId === 'vtt' && !w3c) throw new Error('WebVTT is checked with the W3C parser: pass it')
  // JSON that surely reads back needs no second document built through the schema (see export-check-json).
  let read = formatId === 'json' ? jsonCaptionCount(text) : undefined
  if (read === undefined) {
    const back = format.parse(text)
    if (back.fatal)
      return {
        code: 'does-not-read-back',
        line: back.fatal.line,
        message: `The written file does not read back: ${back.fatal.message}`,
        params: { line: back.fatal.line },
      }
    read = back.doc.cues.length
  }
  if (cueCount !== undefined && read !== cueCount) {
    return {
      code: 'cue-count-changed',
      line: 1,
      message: `The written file reads back with ${read} captions instead of ${cueCount}.`,
      params: { written: cueCount, read },
    }
  }
  if (formatId === 'vtt' && w3c) {
    const error = w3c(text).errors[0]
    if (error)
      return {
        code: 'not-w3c-webvtt',
        line: error.line,
        message: `The written WebVTT breaks the W3C rules at line ${error.line}: ${error.message}`,
        params: { line: error.line, error: error.message },
      }
  }
  return undefined
}

/** Writes `doc` in format `formatId` and checks the result (see `checkWrittenWith`). */
export function writeCheckedWith(
  w3c: W3cParse | undefined,
  doc: CaptionDocument,
  formatId: string,
  options?: SerializeOptions,
): CheckedExport {
  const format = formatById(formatId)
  if (!format?.serialize) return { ok: false, problem: notWritable(formatId) }
  const text = format.serialize(doc, options)
  const problem = checkWrittenWith(w3c, formatId, text, doc.cues.length)
  return problem ? { ok: false, problem } : { ok: true, text }
}

function notWritable(formatId: string): ExportProblem {
  return {
    code: 'not-writable',
    line: 1,
    message: `Eglur cannot write the format "${formatId}".`,
    params: { format: formatId },
  }
}
