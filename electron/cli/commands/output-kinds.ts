/**
 * The `--to` values that write something other than a caption format: a written transcript, or a
 * WebVTT chapter or description track. They live apart from their writers so that a plain
 * `eglur convert` tells them apart without loading the transcript or track code.
 */

/** Transcript output formats by extension. */
export const TRANSCRIPT_FORMATS = ['md', 'html', 'txt', 'docx'] as const

/** One transcript output format. */
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number]

/** The `--to` values that write a track rather than a caption format. */
export const TRACK_TARGETS = ['chapters', 'descriptions'] as const

/** True for `--to chapters` and `--to descriptions`. */
export const isTrackTarget = (to: string | undefined): to is (typeof TRACK_TARGETS)[number] =>
  TRACK_TARGETS.some((k) => k === to)
