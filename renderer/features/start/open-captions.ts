/** Reads a caption file chosen in the page: decode, detect the format (automated captions first), parse. */

import { decodeCaptionBytes } from '../../../shared/formats/decode'
import { detectFormat, formatById, unknownFormatMessage } from '../../../shared/formats/index'
import type { ParseWarning, SpeechPauseInput, TidySummary } from '../../../shared/formats/types'
import type { CaptionDocument } from '../../../shared/model/document'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../../../shared/model/style-profile'
import { closeSmallGaps } from '../../../shared/segment/close-gaps'

/** Caption files larger than this are refused before being read. */
export const MAX_CAPTION_BYTES = 64 * 1024 * 1024

/** The outcome of opening a caption file. */
export type OpenedCaptions =
  | Readonly<{ ok: true; doc: CaptionDocument; warnings: readonly ParseWarning[]; formatName: string; formatId: string; sourceCues: number; original?: CaptionDocument; tidy?: TidySummary }>
  | Readonly<{ ok: false; problem: ParseWarning }>

/** What the automated-caption tidy-up may use: the pauses heard in the media's speech. */
export type TidyInputs = Readonly<{ pauses?: readonly SpeechPauseInput[] }>

/** Reads caption bytes named `fileName`; automated captions are tidied (with `tidy.pauses` when the audio gave them). */
export function openCaptionBytes(bytes: Uint8Array, fileName: string, tidy: TidyInputs = {}): OpenedCaptions {
  if (bytes.length > MAX_CAPTION_BYTES) {
    return { ok: false, problem: { code: 'file-too-large', line: 1, message: 'The file is too large to be a caption file.' } }
  }
  const decoded = decodeCaptionBytes(bytes)
  if (!decoded.ok) return { ok: false, problem: decoded.fatal }
  const format = detectFormat(decoded.text, fileName)
  if (!format) return { ok: false, problem: { code: 'unknown-format', line: 1, message: unknownFormatMessage(decoded.text) } }
  const result = format.parse(decoded.text, { capitals: true, ...(tidy.pauses ? { pauses: tidy.pauses } : {}) })
  if (result.fatal) return { ok: false, problem: result.fatal }
  // Nothing usable came out: say why (the first problem, with its line) rather than open an empty editor.
  if (result.doc.cues.length === 0 && result.warnings.length > 0) return { ok: false, problem: result.warnings[0]! }
  const sourceCues = (decoded.text.match(/-->|^\d+:\d\d:\d\d\.\d+,/gm) ?? []).length
  // Automated "rolling" captions are rebuilt into readable cues; the file as it was is kept for the
  // before/after preview so the editor can choose.
  const original = format.id === 'youtube' ? formatById('vtt')?.parse(decoded.text).doc : undefined
  // The tidy-up also closes gaps too short to see (where the automated lines met), rather than list each as a problem.
  const doc = original ? { ...result.doc, cues: closeSmallGaps(result.doc.cues, ACCESSIBLE_DEFAULT_PROFILE.minGapMs) } : result.doc
  return { ok: true, doc, warnings: [...decoded.warnings, ...result.warnings], formatName: format.name, formatId: format.id, sourceCues, ...(original ? { original } : {}), ...(result.tidy ? { tidy: result.tidy } : {}) }
}
