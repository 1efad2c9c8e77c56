/** The format registry with every built-in format registered. Import formats from here. */

import { registerFormat } from './registry'
import './keep-shapes'
import { webvttFormat } from './webvtt/index'
import { srtFormat } from './srt'
import { sbvFormat } from './sbv'
import { jsonFormat } from './json-format'
// The full JSON reader (zod), which json-format.ts hands the files it does not read itself. The
// `eglur` bundle alone leaves this import out (scripts/build-cli.js), so a convert starts without zod.
import './json'
import { youtubeRollingFormat } from '../import/youtube-rolling'
import { zoomFormat } from '../import/zoom'
import { teamsFormat } from '../import/teams'

// General formats, in the order detection tries them. Import-only formats (automated captions)
// register from shared/import and are always asked first.
registerFormat(webvttFormat)
registerFormat(srtFormat)
registerFormat(sbvFormat)
registerFormat(jsonFormat)
// Automated captions: import only, and asked before the general formats (see detectFormat).
registerFormat(youtubeRollingFormat)
registerFormat(teamsFormat)
registerFormat(zoomFormat)

export * from './registry'
export { unknownFormatMessage } from './unknown-format'
export type * from './types'
