/** The structured transcript every renderer (Markdown, HTML, text, Word) draws from. */

/** A speaker as the transcript names them. */
export type TranscriptSpeaker = Readonly<{
  /** Full name ("Beth Perry"). */
  name: string
  /** Role or organisation, shown on first appearance. */
  role?: string
  /** The name used after the first appearance ("Beth"). */
  shortName: string
}>

/** Where one word of a paragraph came from: characters `from`–`to` of a cue's text, shown at `at` (for `length` characters) in the paragraph. */
export type TextSpan = Readonly<{ cueId: string; from: number; to: number; at: number; length: number }>

/** One paragraph of speech, with the time it starts (for timestamps and links back to the video). */
export type TranscriptParagraph = Readonly<{
  text: string
  startMs: number
  /** Each word's source, in order (the builder always fills it; renderers do not need it). */
  spans?: readonly TextSpan[]
  /** Every cue that went into the paragraph, in order (also those whose words clean verbatim removed). */
  cueIds?: readonly string[]
}>

/** A block of the transcript. */
export type TranscriptBlock = Readonly<
  | { type: 'heading'; text: string; startMs: number; cueId?: string }
  | { type: 'turn'; speaker?: TranscriptSpeaker; firstAppearance: boolean; paragraphs: readonly TranscriptParagraph[] }
  | { type: 'description'; text: string; startMs: number; cueId?: string }
  | { type: 'caption'; text: string; startMs: number; cueId?: string }
>

/** A whole transcript. */
export type Transcript = Readonly<{
  title: string
  introduction?: string
  /** BCP 47 language of the text. */
  language: string
  blocks: readonly TranscriptBlock[]
  /** Options it was built with that renderers need. */
  timestamps: boolean
  /** Base URL of the published video, for links back to a time (`…#t=751`). */
  videoUrl?: string
}>
