/** The WebVTT caption format (W3C), plus the raw block reader the automated-caption importers build on. */

import type { CaptionFormat } from '../types'
import { parseWebVtt } from './parse'
import { serializeWebVtt } from './serialize'

export { readVttBlocks, parseTimingLine, splitLines, type RawVttCue, type VttBlocks } from './blocks'
export {
  interpretCueText,
  scanCueText,
  decodeEntities,
  escapeCueText,
  isJsSpace,
  type CueText,
  type ScannedCueText,
} from './cue-text'
export { parseVttTimestamp, formatVttTimestamp } from './timestamp'
export { readStampedLine } from './stamped-line'
export { parseCueSettings, type CueSettings } from './settings'
export { parseRegionBlock, regionsById, type VttRegion } from './regions'
export { parseWebVtt, cuesFromRaw, SpeakerCollector } from './parse'
export { serializeWebVtt } from './serialize'

/** WebVTT: read tolerantly, written always valid. */
export const webvttFormat: CaptionFormat = {
  id: 'vtt',
  name: 'WebVTT',
  extensions: ['vtt'],
  detect: (text) => /^\ufeff?WEBVTT([ \t\r\n]|$)/.test(text),
  parse: (text) => parseWebVtt(text),
  serialize: serializeWebVtt,
}
