/**
 * Caption file bytes → document, the one way: size limit, decoding, format choice, parsing, the
 * automated-caption tidy-up and the empty-document rule. Used by the CLI, the services and the page,
 * so the same file opens the same everywhere. Failures are codes with params (plus the English
 * sentence `ParseWarning` carries for the command line); the renderer translates.
 */

import type { CaptionDocument } from '../model/document'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../model/style-profile'
import { closeSmallGaps } from '../segment/close-gaps'
import { decodeCaptionBytes } from './decode'
// Through the index, so every built-in format is registered whoever imports this first.
import { detectFormat, formatById } from './index'
import type { FormatId, ParseOptions, ParseWarning, TidySummary } from './types'
import { unknownFormatMessage } from './unknown-format'

/** Caption files larger than this are refused, before reading where possible (a 3-hour rolling VTT is ~1.5 MB). */
export const MAX_CAPTION_BYTES = 64 * 1024 * 1024

/** How to read: parser options, a forced format (`from`; `auto` or absent detects it), and whether to keep automated captions as they were. */
export type ReadCaptionOptions = ParseOptions &
  Readonly<{
    from?: string | undefined
    /** Automated captions: also return the file as it was (`original`), for the before/after choice. */
    keepOriginal?: boolean
  }>

/** Captions that were read: plain data (no functions), so it crosses a worker boundary as it is. */
export type CaptionsRead = Readonly<{
  ok: true
  doc: CaptionDocument
  /** The decoder's and the parser's warnings, with their lines. */
  warnings: readonly ParseWarning[]
  /** The format it was read as. */
  format: Readonly<{ id: FormatId; name: string }>
  /** Source line of each cue, when the format knows it. */
  cueLines?: ReadonlyMap<string, number>
  /** What the automated-caption tidy-up did. */
  tidy?: TidySummary
  /** Automated captions as the file had them (only with `keepOriginal`). */
  original?: CaptionDocument
}>

/** Bytes that gave no captions: the reason, as a code at a line. */
export type CaptionsRefused = Readonly<{ ok: false; fatal: ParseWarning }>

/** The outcome of reading caption bytes. */
export type CaptionBytesResult = CaptionsRead | CaptionsRefused

/** The refusal of a file over the limit; `sizeBytes` absent when it grew past the limit while being read. */
export function captionFileTooLarge(sizeBytes?: number): ParseWarning {
  const limitMb = MAX_CAPTION_BYTES / 1048576
  const mb = sizeBytes === undefined ? 'over' : (sizeBytes / 1048576).toFixed(0)
  return {
    code: 'file-too-large',
    line: 1,
    message: `The file is ${mb} MB; caption files over ${limitMb} MB are refused.`,
    params: { mb, limitMb },
  }
}

/** Reads caption bytes named `fileName` (the extension helps choose the format). Never throws on user input. */
export function readCaptionBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadCaptionOptions = {},
): CaptionBytesResult {
  if (bytes.length > MAX_CAPTION_BYTES) return refused(captionFileTooLarge(bytes.length))
  const decoded = decodeCaptionBytes(bytes)
  if (!decoded.ok) return refused(decoded.fatal)
  const { from, keepOriginal, ...parseOptions } = options
  const forced = from && from !== 'auto' ? formatById(from) : undefined
  if (from && from !== 'auto' && !forced)
    return refused({
      code: 'unknown-input-format',
      line: 1,
      message: `Unknown input format "${from}".`,
      params: { format: from },
    })
  const format = forced ?? detectFormat(decoded.text, fileName)
  if (!format) return refused({ code: 'unknown-format', line: 1, message: unknownFormatMessage(decoded.text) })
  const result = format.parse(decoded.text, parseOptions)
  if (result.fatal) return refused(result.fatal)
  // Nothing usable came out: say why (the first problem, with its line) rather than give an empty document.
  if (result.doc.cues.length === 0 && result.warnings.length > 0) return refused(result.warnings[0]!)
  // Automated "rolling" captions: gaps too short to see (where the automated lines met) are closed
  // rather than each listed as a problem; the file as it was is kept for the before/after preview.
  const rolling = format.id === 'youtube'
  const minGapMs = (parseOptions.profile ?? ACCESSIBLE_DEFAULT_PROFILE).minGapMs
  const doc = rolling ? { ...result.doc, cues: closeSmallGaps(result.doc.cues, minGapMs) } : result.doc
  const original = rolling && keepOriginal ? formatById('vtt')?.parse(decoded.text).doc : undefined
  return {
    ok: true,
    doc,
    warnings: [...decoded.warnings, ...result.warnings],
    format: { id: format.id, name: format.name },
    ...(result.cueLines ? { cueLines: result.cueLines } : {}),
    ...(result.tidy ? { tidy: result.tidy } : {}),
    ...(original ? { original } : {}),
  }
}

function refused(fatal: ParseWarning): CaptionsRefused {
  return { ok: false, fatal }
}
