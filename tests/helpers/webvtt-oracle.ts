/** The W3C webvtt-parser as an oracle: what it says about a WebVTT text. */
import { createRequire } from 'node:module'
import type { WebVTTParser as WebVttParserClass, WebVttResult } from 'webvtt-parser'

const require = createRequire(import.meta.url)
const { WebVTTParser } = require('webvtt-parser') as { WebVTTParser: typeof WebVttParserClass }

// Its default entity table is broken (keys lack ';'), so pass the six references current browsers decode.
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&lrm;': '\u200e', '&rlm;': '\u200f', '&nbsp;': '\u00a0' }

/** Parses with the W3C parser in subtitle mode (cue text validated). */
export function w3cParse(text: string): WebVttResult {
  return new WebVTTParser(ENTITIES).parse(text, 'subtitles')
}
