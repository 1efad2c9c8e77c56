/** The contract every caption format module fulfils (one module per format, one registry). */

import type { CaptionDocument } from '../model/document'
import type { StyleProfile } from '../model/style-profile'

/** Identifiers of the formats we read or write. */
export type FormatId = 'vtt' | 'srt' | 'sbv' | 'json' | 'youtube' | 'zoom' | 'teams'

/**
 * A problem found while reading a file, with the 1-based line it is on.
 *
 * `code` is stable and translatable (`warnings.<code>` in the locales); `message` is the English
 * sentence for the command line and logs; `params` fill the translated sentence.
 */
export type ParseWarning = Readonly<{
  code: string
  line: number
  message: string
  params?: Readonly<Record<string, string | number>>
}>

/** What a parser returns: never throws on user input. */
export type ParseResult = Readonly<{
  /** The best-effort document (empty when `fatal` is set). */
  doc: CaptionDocument
  /** Everything that was skipped, repaired or guessed, with line numbers. */
  warnings: readonly ParseWarning[]
  /** Set when the input is not this format at all, or unreadable: nothing useful was imported. */
  fatal?: ParseWarning
  /** 1-based source line of each cue (its timing line), by cue id, so checks can point into the file. */
  cueLines?: ReadonlyMap<string, number>
  /** What an importer's tidy-up did (automated captions only), for the preview and the CLI summary. */
  tidy?: TidySummary
}>

/** Counts from the automated-caption tidy-up. */
export type TidySummary = Readonly<{
  captions: number
  speakerChanges: number
  capitals: number
  fullStops: number
  /** Where the pauses came from: the audio, or the word stamps. */
  pausesFrom: 'audio' | 'words'
}>

/** Pauses found in the speech (see shared/segment/pauses), in ms. */
export type SpeechPauseInput = Readonly<{ startMs: number; endMs: number; depth: number }>

/** Options a parser may use. */
export type ParseOptions = Readonly<{
  /** Style profile used when an importer re-segments a word stream. */
  profile?: StyleProfile
  /** Pauses heard in the media's audio: re-segmentation follows them (else they are inferred from the word stamps). */
  pauses?: readonly SpeechPauseInput[]
  /** Names to write with their capitals (speakers, glossary). */
  names?: readonly string[]
  /** Add capitals and full stops (default false: the words stay as the file has them). */
  capitals?: boolean
}>

/** Options a serializer may use. */
export type SerializeOptions = Readonly<{
  /** Write speakers as WebVTT `<v Name>` spans / `Name:` prefixes (default true). */
  includeSpeakers?: boolean
}>

/** A caption format: detection, parsing and (for writable formats) serialization. */
export type CaptionFormat = Readonly<{
  /** Stable id used by `--from` / `--to`. */
  id: FormatId
  /** Name shown to people ("WebVTT", "SubRip (SRT)"). */
  name: string
  /** File extensions without the dot, lower case, most usual first. */
  extensions: readonly string[]
  /** True when `text` looks like this format (pure; no global settings). */
  detect(text: string): boolean
  /** Parses text into a document plus warnings. Never throws on user input. */
  parse(text: string, options?: ParseOptions): ParseResult
  /** Writes a document; absent for import-only formats (YouTube rolling, Zoom, Teams). */
  serialize?: (doc: CaptionDocument, options?: SerializeOptions) => string
}>
