/**
 * The W3C WebVTT parser (`webvtt-parser`) as the export check runs it. A module of its own so that a
 * check of another format (a convert to JSON) starts without loading it; see export-check-core.ts.
 */

import webvttParser from 'webvtt-parser'

/** One error the W3C parser found, at its 1-based line. */
export type W3cError = Readonly<{ message: string; line: number }>

/** What the W3C parser read: its cues (times in seconds) and errors. */
export type W3cResult = Readonly<{
  cues: ReadonlyArray<Readonly<{ id: string; startTime: number; endTime: number; text: string }>>
  errors: readonly W3cError[]
}>

// Its default entity table is broken (keys lack ';'), so pass the six references current browsers decode.
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&lrm;': '\u200e', '&rlm;': '\u200f', '&nbsp;': '\u00a0' }

/** Parses WebVTT with the W3C parser in subtitle mode (cue text validated too). */
export function w3cParse(text: string): W3cResult {
  return new webvttParser.WebVTTParser(ENTITIES).parse(text, 'subtitles')
}
