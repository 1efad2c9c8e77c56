/** Numbers shown per cue in the list: duration and reading speed. */

import type { Cue } from '../../../shared/model/cue'

/** Characters the viewer reads (line breaks do not count). */
export function readableChars(text: string): number {
  return text.replace(/\n/g, '').length
}

/** Reading speed in characters per second, one decimal; 0 for zero-length cues. */
export function charsPerSecond(cue: Cue): number {
  const seconds = (cue.endMs - cue.startMs) / 1000
  return seconds > 0 ? Math.round((readableChars(cue.text) / seconds) * 10) / 10 : 0
}

/** Hours are shown only when the captions run past an hour, and then on every row so the column lines up. */
export function needsHours(cues: readonly Cue[]): boolean {
  return (cues[cues.length - 1]?.endMs ?? 0) >= 3_600_000
}
