/** The format registry with every built-in format registered. Import formats from here. */

import { registerFormat } from './registry'
import { webvttFormat } from './webvtt/index'
import { srtFormat } from './srt'
import { sbvFormat } from './sbv'
import { jsonFormat } from './json'

// General formats, in the order detection tries them. Import-only formats (automated captions)
// register from shared/import and are always asked first.
registerFormat(webvttFormat)
registerFormat(srtFormat)
registerFormat(sbvFormat)
registerFormat(jsonFormat)

export * from './registry'
export type * from './types'
