/** The caption document: cues in time order, the speaker list and format metadata kept for round trips. */

import type { Cue } from './cue'
import type { CueId } from './ids'
import type { Speaker } from './speaker'

/** Format details that do not change the captions but should survive a round trip. */
export type DocumentMeta = Readonly<{
  /** Text after `WEBVTT` on the signature line, and header lines (YouTube's `Kind:`/`Language:`). */
  vttHeader?: string
  /** WebVTT STYLE blocks (CSS text), in order. */
  styles?: readonly string[]
  /** WebVTT REGION blocks (setting lines), in order. */
  regions?: readonly string[]
  /** BCP 47 language of the captions, when known. */
  language?: string
  /** A NOTE block after the last cue. */
  trailingNote?: string
}>

/** The translation of one master caption, or of a run of them (after a merge, or a longer translated line). */
export type TranslatedCue = Readonly<{
  /** The master captions this text translates, in time order (usually one). */
  sourceIds: readonly CueId[]
  /** Literal text, lines separated by `\n`, as for a cue. */
  text: string
  /** Set when the master changed under the translation (split, merge, new wording), so a person looks again. */
  needsCheck?: boolean
}>

/** The captions in one further language (the edits that keep them in step are in translation.ts). */
export type TranslationTrack = Readonly<{
  /** BCP 47 tag, e.g. `cy`, `en-GB`. */
  language: string
  /** Translations in master order; each master caption belongs to at most one. */
  cues: readonly TranslatedCue[]
  /** Speaker roles in this language, by speaker id (names are the same in every language). */
  roles?: Readonly<Record<string, string>>
}>

/** A caption document. Readonly: edits return a new document. */
export type CaptionDocument = Readonly<{
  /** Cues sorted by start time (ties keep their order). */
  cues: readonly Cue[]
  /** People who speak. */
  speakers: readonly Speaker[]
  /** Round-trip details from the source format; `meta.language` is the language of `cues`. */
  meta?: DocumentMeta
  /** The captions in further languages, timed by `cues`. */
  translations?: readonly TranslationTrack[]
}>

/** Makes a document, sorting cues by start (stable) so every consumer can rely on order. */
export function makeDocument(
  cues: readonly Cue[],
  speakers: readonly Speaker[] = [],
  meta?: DocumentMeta,
): CaptionDocument {
  const sorted = isSortedByStart(cues) ? cues : [...cues].sort((a, b) => a.startMs - b.startMs)
  return meta ? { cues: sorted, speakers, meta } : { cues: sorted, speakers }
}

/** True when cues are in non-decreasing start order. */
export function isSortedByStart(cues: readonly Cue[]): boolean {
  for (let i = 1; i < cues.length; i++) {
    if (cues[i]!.startMs < cues[i - 1]!.startMs) return false
  }
  return true
}

/** Index of the last cue whose start is ≤ `ms` (binary search), or -1. */
export function cueIndexAt(cues: readonly Cue[], ms: number): number {
  let lo = 0
  let hi = cues.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (cues[mid]!.startMs <= ms) {
      found = mid
      lo = mid + 1
    } else {
      hi = mid - 1
    }
  }
  return found
}
