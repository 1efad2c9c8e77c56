/** Caption files on disk: reading them (then the shared bytes pipeline), output format choice, file-system errors in words. Plain Node. */

import path from 'node:path'
import { formatById, formatForFileName } from '../../shared/formats/index'
import {
  captionFileTooLarge,
  MAX_CAPTION_BYTES,
  readCaptionBytes,
  type CaptionsRead,
  type CaptionsRefused,
  type ReadCaptionOptions,
} from '../../shared/formats/read-caption-bytes'
import type { CaptionFormat } from '../../shared/formats/types'
import { FileRefusedError, readRegularFile } from './read-regular-file'
import { MAX_PROJECT_CAPTIONS, MAX_PROJECT_WORDS } from './project/project-limits'

/** A caption file that was read. */
export type LoadedCaptions = CaptionsRead

/** A caption file that could not be read, with the reason at a line. */
export type FailedCaptions = CaptionsRefused

/** Reads a caption file through the one bytes pipeline (`shared/formats/read-caption-bytes`). Never throws for bad files. */
export async function readCaptionFile(
  filePath: string,
  options: ReadCaptionOptions = {},
): Promise<LoadedCaptions | FailedCaptions> {
  let bytes: Uint8Array
  try {
    // Refused from its size before reading where the file system says it.
    bytes = await readRegularFile(filePath, { maxBytes: MAX_CAPTION_BYTES })
  } catch (error) {
    if (error instanceof FileRefusedError && error.code === 'too-large')
      return { ok: false, fatal: captionFileTooLarge(error.size) }
    if ((error as NodeJS.ErrnoException).code === 'EISDIR')
      return failed('is-directory', 'This is a folder, not a caption file.')
    if (error instanceof FileRefusedError) return failed('not-a-file', describeFsError(error))
    return failed('unreadable', describeFsError(error))
  }
  return readCaptionBytes(bytes, path.basename(filePath), options)
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
