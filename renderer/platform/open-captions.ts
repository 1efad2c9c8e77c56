/** How the page reads a caption file: the shared bytes pipeline, with capitals and the automated captions as they were kept for the preview. */

import { readCaptionBytes, type CaptionBytesResult } from '../../shared/formats/read-caption-bytes'
import type { SpeechPauseInput } from '../../shared/formats/types'

/** The outcome of opening a caption file. */
export type OpenedCaptions = CaptionBytesResult

/** What the automated-caption tidy-up may use: the pauses heard in the media's speech. */
export type TidyInputs = Readonly<{ pauses?: readonly SpeechPauseInput[] }>

/** Reads caption bytes named `fileName`; automated captions are tidied (with `tidy.pauses` when the audio gave them). */
export function openCaptionBytes(bytes: Uint8Array, fileName: string, tidy: TidyInputs = {}): OpenedCaptions {
  return readCaptionBytes(bytes, fileName, {
    capitals: true,
    keepOriginal: true,
    ...(tidy.pauses ? { pauses: tidy.pauses } : {}),
  })
}
