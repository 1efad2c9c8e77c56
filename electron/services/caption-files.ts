/** Reading and writing caption files on disk: size limit, decoding, format choice, parsing. Plain Node. */

import path from 'node:path'
import { decodeCaptionBytes } from '../../shared/formats/decode'
import { detectFormat, formatById, formatForFileName, unknownFormatMessage } from '../../shared/formats/index'
import type { CaptionFormat, ParseOptions, ParseWarning, TidySummary } from '../../shared/formats/types'
import type { CaptionDocument } from '../../shared/model/document'
import { FileRefusedError, readRegularFile } from './read-regular-file'
import { MAX_PROJECT_CAPTIONS, MAX_PROJECT_WORDS } from './project/project-read'

/** Caption files larger than this are refused, by size or while reading (a 3-hour rolling VTT is ~1.5 MB). */
export const MAX_CAPTION_FILE_BYTES = 64 * 1024 * 1024

/** A caption file that was read. */
export type LoadedCaptions = Readonly<{
  ok: true
  doc: CaptionDocument
  warnings: readonly ParseWarning[]
  format: CaptionFormat
  /** Source line of each cue, when the format knows it. */
  cueLines?: ReadonlyMap<string, number>
  /** What the automated-caption tidy-up did. */
  tidy?: TidySummary
}>

/** A caption file that could not be read, with the reason at a line. */
export type FailedCaptions = Readonly<{ ok: false; fatal: ParseWarning }>

/** Reads a caption file; `from` forces a format id (`auto` or absent detects it). Never throws for bad files. */
export async function readCaptionFile(
  filePath: string,
  options: ParseOptions & { from?: string } = {},
): Promise<LoadedCaptions | FailedCaptions> {
  let bytes: Uint8Array
  try {
    bytes = await readRegularFile(filePath, { maxBytes: MAX_CAPTION_FILE_BYTES })
  } catch (error) {
    if (error instanceof FileRefusedError && error.code === 'too-large') {
      const size = error.size === undefined ? 'over' : (error.size / 1048576).toFixed(0)
      return failed('file-too-large', `The file is ${size} MB; caption files over ${MAX_CAPTION_FILE_BYTES / 1048576} MB are refused.`)
    }
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return failed('is-directory', 'This is a folder, not a caption file.')
    if (error instanceof FileRefusedError) return failed('not-a-file', describeFsError(error))
    return failed('unreadable', describeFsError(error))
  }
  return parseCaptionBytes(bytes, path.basename(filePath), options)
}

/** Parses bytes already in memory (drag and drop, browser mode uploads) as a caption file named `fileName`. */
export function parseCaptionBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions & { from?: string } = {},
): LoadedCaptions | FailedCaptions {
  const decoded = decodeCaptionBytes(bytes)
  if (!decoded.ok) return { ok: false, fatal: decoded.fatal }
  const forced = options.from && options.from !== 'auto' ? formatById(options.from) : undefined
  if (options.from && options.from !== 'auto' && !forced) return failed('unknown-format', `Unknown input format "${options.from}".`)
  const format = forced ?? detectFormat(decoded.text, fileName)
  if (!format) return failed('unknown-format', unknownFormatMessage(decoded.text))
  const result = format.parse(decoded.text, options)
  if (result.fatal) return { ok: false, fatal: result.fatal }
  return { ok: true, doc: result.doc, warnings: [...decoded.warnings, ...result.warnings], format, ...(result.cueLines ? { cueLines: result.cueLines } : {}), ...(result.tidy ? { tidy: result.tidy } : {}) }
}

/** Picks the writable format for an output path, or by id when `to` is given. */
export function outputFormat(outPath: string, to?: string): CaptionFormat | undefined {
  const format = to ? formatById(to) : formatForFileName(outPath)
  return format?.serialize ? format : undefined
}

/** A plain-English sentence for a file-system error, or for a file refused by its kind or size. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'not-a-file':
      return 'This is not a file but a device, pipe or socket; Eglur reads only files.'
    case 'too-large': {
      const max = (error as FileRefusedError).maxBytes ?? 0
      return `The file is larger than ${Math.round(max / 1048576)} MB, the most Eglur reads for this kind of file.`
    }
    case 'too-many-captions': {
      const { captions, words } = error as { captions: number; words: number }
      return `The project holds ${captions.toLocaleString('en-GB')} captions and ${words.toLocaleString('en-GB')} word timings; Eglur opens projects of up to ${MAX_PROJECT_CAPTIONS.toLocaleString('en-GB')} captions and ${MAX_PROJECT_WORDS.toLocaleString('en-GB')} word timings (a 10-hour event has about 15,000 captions).`
    }
    case 'ENOENT':
      return 'The file does not exist (it may have been moved or deleted).'
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied: this file or folder cannot be read or written.'
    case 'ENOSPC':
      return 'The disk is full.'
    case 'EROFS':
      return 'The disk or folder is read-only.'
    case 'EISDIR':
      return 'This is a folder, not a file.'
    default:
      return (error as Error)?.message ?? String(error)
  }
}

function failed(code: string, message: string): FailedCaptions {
  return { ok: false, fatal: { code, line: 1, message } }
}
