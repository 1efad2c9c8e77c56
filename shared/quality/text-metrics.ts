/** Measures of caption text the checks and fixes share. */

import type { Cue } from '../model/cue'

/** Characters a viewer reads (line breaks do not count). */
export const readableLength = (text: string): number => text.replace(/\n/g, '').length

/** The words of a text. */
export const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean)

/** Reading speed in characters a second (Infinity for a zero-length cue with text). */
export function charsPerSecond(cue: Cue): number {
  const seconds = (cue.endMs - cue.startMs) / 1000
  const chars = readableLength(cue.text)
  return seconds > 0 ? chars / seconds : chars > 0 ? Infinity : 0
}

/** Formatting codes left in literal text: HTML-like tags or ASS overrides such as {\an8}. */
export const LEFTOVER_TAGS = /<\/?[a-z][^<>]*>|\{\\[^}]*\}/gi

/** The same word twice in a row ("the the"), any case. */
export const DOUBLED_WORD = /(?<![\p{L}\p{N}'])(\p{L}+)(\s+\1)+(?![\p{L}\p{N}'])/giu

/** A speaker-change marker at the start of a line other than the first: ">>" or "Name:". */
export const MID_CUE_SPEAKER = /^(>>|[\p{Lu}][\p{L} .'-]{0,30}:\s)/u

/** Rounds to one decimal place for messages. */
export const oneDecimal = (n: number): number => Math.round(n * 10) / 10
