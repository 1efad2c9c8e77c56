/** The cue: one caption on screen, with integer-millisecond times and a stable id. */

import type { CueId, SpeakerId } from './ids'

/**
 * What a cue holds.
 *
 * - `speech`: words someone says (the default).
 * - `description`: a description of what is shown, e.g. "[A diagram shows how the group divided]".
 * - `caption`: on-screen text shown in the video (a title card, a slide).
 * - `heading`: a section title for the written transcript and chapters.
 */
export type CueKind = 'speech' | 'description' | 'caption' | 'heading'

/** Every cue kind, in menu order. */
export const CUE_KINDS: readonly CueKind[] = ['speech', 'description', 'caption', 'heading']

/** One timed word, as automated captions (YouTube word stamps) provide them. */
export type Word = Readonly<{
  /** Start in integer milliseconds. */
  startMs: number
  /** End in integer milliseconds (the next word's start, or the cue end, when unknown). */
  endMs: number
  /** The word as spoken, without surrounding spaces. */
  text: string
}>

/**
 * A caption cue.
 *
 * `text` is literal text as the viewer reads it (no markup; `<` means a less-than sign), with `\n`
 * between lines. Formats escape and unescape at their edges.
 */
export type Cue = Readonly<{
  /** Stable id, independent of the cue's position. */
  id: CueId
  /** Start in integer milliseconds. */
  startMs: number
  /** End in integer milliseconds. */
  endMs: number
  /** Literal text, lines separated by `\n`. */
  text: string
  /** What the cue holds; `speech` when absent. */
  kind?: CueKind
  /** Who speaks, by speaker id. */
  speakerId?: SpeakerId
  /** Per-word timings, in order, when the source had them. */
  words?: readonly Word[]
  /** WebVTT cue settings kept for round trips (`align:start line:90%`). */
  settings?: string
  /** WebVTT cue identifier kept for round trips (not the stable `id`). */
  label?: string
  /** A NOTE block that stood just before this cue, kept for round trips. */
  note?: string
}>

/** The kind of a cue, defaulting to speech. */
export function cueKind(cue: Cue): CueKind {
  return cue.kind ?? 'speech'
}
