/**
 * The self-check every written caption file passes before it is handed over: it reads back with our
 * own parser with as many captions as were written, and WebVTT also parses with zero errors under
 * the W3C rules (`webvtt-parser`), so a file that would not load in a player is never written.
 * Used by the export menu, `eglur convert` and `eglur publish`.
 */

import webvttParser from 'webvtt-parser'
import type { CaptionDocument } from '../model/document'
import { jsonCaptionCount } from './export-check-json'
import { formatById } from './index'
import type { ParseWarning, SerializeOptions } from './types'

/** Why a written file failed its check: a code with params, plus the English sentence for the command line. */
export type ExportProblem = ParseWarning

/** Text ready to write, or the reason it is not. */
export type CheckedExport = Readonly<{ ok: true; text: string }> | Readonly<{ ok: false; problem: ExportProblem }>

/** One error the W3C parser found, at its 1-based line. */
export type W3cError = Readonly<{ message: string; line: number }>

/** What the W3C parser read: its cues (times in seconds) and errors. */
export type W3cResult = Readonly<{ cues: ReadonlyArray<Readonly<{ id: string; startTime: number; endTime: number; text: string }>>; errors: readonly W3cError[] }>

// Its default entity table is broken (keys lack ';'), so pass the six references current browsers decode.
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&lrm;': '\u200e', '&rlm;': '\u200f', '&nbsp;': '\u00a0' }

/** Parses WebVTT with the W3C parser in subtitle mode (cue text validated too). */
export function w3cParse(text: string): W3cResult {
  return new webvttParser.WebVTTParser(ENTITIES).parse(text, 'subtitles')
}

/**
 * Checks `text`, written in format `formatId` from a document of `cueCount` captions (absent: any
 * number). Returns the first problem, or undefined when the file is sound.
 */
export function checkWritten(formatId: string, text: string, cueCount?: number): ExportProblem | undefined {
  const format = formatById(formatId)
  if (!format) return notWritable(formatId)
  // JSON that surely reads back needs no second document built through the schema (see export-check-json).
  let read = formatId === 'json' ? jsonCaptionCount(text) : undefined
  if (read === undefined) {
    const back = format.parse(text)
    if (back.fatal) return { code: 'does-not-read-back', line: back.fatal.line, message: `The written file does not read back: ${back.fatal.message}`, params: { line: back.fatal.line } }
    read = back.doc.cues.length
  }
  if (cueCount !== undefined && read !== cueCount) {
    return { code: 'cue-count-changed', line: 1, message: `The written file reads back with ${read} captions instead of ${cueCount}.`, params: { written: cueCount, read } }
  }
  if (formatId === 'vtt') {
    const error = w3cParse(text).errors[0]
    if (error) return { code: 'not-w3c-webvtt', line: error.line, message: `The written WebVTT breaks the W3C rules at line ${error.line}: ${error.message}`, params: { line: error.line, error: error.message } }
  }
  return undefined
}

/** Writes `doc` in format `formatId` and checks the result (see `checkWritten`). */
export function writeChecked(doc: CaptionDocument, formatId: string, options?: SerializeOptions): CheckedExport {
  const format = formatById(formatId)
  if (!format?.serialize) return { ok: false, problem: notWritable(formatId) }
  const text = format.serialize(doc, options)
  const problem = checkWritten(formatId, text, doc.cues.length)
  return problem ? { ok: false, problem } : { ok: true, text }
}

function notWritable(formatId: string): ExportProblem {
  return { code: 'not-writable', line: 1, message: `Eglur cannot write the format "${formatId}".`, params: { format: formatId } }
}
