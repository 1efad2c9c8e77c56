/**
 * Language tracks: the captions in a second (third…) language beside the document's own.
 *
 * The document's cues are the timing master, in the language `meta.language`. A translation track
 * holds, per master caption or run of master captions, the translated text: it has no times of its
 * own (it shares its source captions' times, so retiming the master retimes every language) and no
 * speakers or kinds of its own (those are shared); only speaker roles are translated.
 */

import type { Cue } from './cue'
import type { CaptionDocument, TranslatedCue, TranslationTrack } from './document'
import type { CueId, SpeakerId } from './ids'

/** Where a master caption stands in one language. */
export type TranslationState = 'missing' | 'needs-check' | 'done'

const indexCache = new WeakMap<readonly TranslatedCue[], Map<string, TranslatedCue>>()

/** The translation covering each master caption id (built once per track version). */
export function translationIndex(track: TranslationTrack): ReadonlyMap<string, TranslatedCue> {
  let index = indexCache.get(track.cues)
  if (!index) {
    index = new Map()
    for (const entry of track.cues) for (const id of entry.sourceIds) index.set(id, entry)
    indexCache.set(track.cues, index)
  }
  return index
}

/** The track of `language`, if the document has one. */
export function translationTrack(doc: CaptionDocument, language: string): TranslationTrack | undefined {
  return doc.translations?.find((t) => sameLanguage(t.language, language))
}

/** The languages of a document: its own first (when known), then each translation's. */
export function documentLanguages(doc: CaptionDocument): string[] {
  return [...(doc.meta?.language ? [doc.meta.language] : []), ...(doc.translations ?? []).map((t) => t.language)]
}

/** BCP 47 tags compare without regard to case (`en-GB` = `en-gb`). */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

/** Whether `tag` is a well-formed BCP 47 language tag (language, optional script, region and variants). */
export function isLanguageTag(tag: string): boolean {
  return /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*$/i.test(tag)
}

/** Sets the master's own language (the first track). */
export function setDocumentLanguage(doc: CaptionDocument, language: string): CaptionDocument {
  if (doc.meta?.language === language) return doc
  return { ...doc, meta: { ...doc.meta, language } }
}

/** Adds an empty track for `language` (nothing changes when it is the master's or already there). */
export function addLanguage(doc: CaptionDocument, language: string): CaptionDocument {
  if (translationTrack(doc, language) || (doc.meta?.language && sameLanguage(doc.meta.language, language))) return doc
  return { ...doc, translations: [...(doc.translations ?? []), { language, cues: [] }] }
}

/** Removes the track of `language`. */
export function removeLanguage(doc: CaptionDocument, language: string): CaptionDocument {
  const kept = (doc.translations ?? []).filter((t) => !sameLanguage(t.language, language))
  if (kept.length === (doc.translations ?? []).length) return doc
  const { translations: _gone, ...rest } = doc
  return kept.length > 0 ? { ...rest, translations: kept } : rest
}

/** Replaces the track of `language` by `track`, keeping the others where they are. */
export function withTrack(doc: CaptionDocument, track: TranslationTrack): CaptionDocument {
  const tracks = doc.translations ?? []
  const at = tracks.findIndex((t) => sameLanguage(t.language, track.language))
  const next = at < 0 ? [...tracks, track] : tracks.map((t, i) => (i === at ? track : t))
  return { ...doc, translations: next }
}

/**
 * Sets the translation of the master caption `cueId` (of the run it belongs to). Writing clears
 * "needs checking": the translator has looked at it. Empty text removes the translation.
 */
export function setTranslation(doc: CaptionDocument, language: string, cueId: CueId, text: string): CaptionDocument {
  const track = translationTrack(doc, language)
  if (!track || !doc.cues.some((c) => c.id === cueId)) return doc
  const existing = translationIndex(track).get(cueId)
  if (existing && existing.text === text && !existing.needsCheck) return doc
  if (text.trim() === '')
    return existing ? withTrack(doc, { ...track, cues: track.cues.filter((e) => e !== existing) }) : doc
  if (existing)
    return withTrack(doc, {
      ...track,
      cues: track.cues.map((e) => (e === existing ? { sourceIds: e.sourceIds, text } : e)),
    })
  return withTrack(doc, { ...track, cues: inMasterOrder([...track.cues, { sourceIds: [cueId], text }], doc.cues) })
}

/** Marks the translation of `cueId` as checked (or as needing a check) without changing its text. */
export function setTranslationChecked(
  doc: CaptionDocument,
  language: string,
  cueId: CueId,
  checked: boolean,
): CaptionDocument {
  const track = translationTrack(doc, language)
  const existing = track && translationIndex(track).get(cueId)
  if (!track || !existing || !existing.needsCheck === checked) return doc
  const next: TranslatedCue = checked
    ? { sourceIds: existing.sourceIds, text: existing.text }
    : { ...existing, needsCheck: true }
  return withTrack(doc, { ...track, cues: track.cues.map((e) => (e === existing ? next : e)) })
}

/** Sets a speaker's role in `language` (empty text removes it: the master's role is then shown). */
export function setTranslatedRole(
  doc: CaptionDocument,
  language: string,
  speakerId: SpeakerId,
  role: string,
): CaptionDocument {
  const track = translationTrack(doc, language)
  if (!track) return doc
  const roles: Record<string, string> = { ...track.roles }
  if (role.trim() === '') delete roles[speakerId]
  else roles[speakerId] = role.trim()
  const { roles: _old, ...rest } = track
  return withTrack(doc, Object.keys(roles).length > 0 ? { ...rest, roles } : rest)
}

/** Where the master caption `cue` stands in `track`. */
export function translationState(track: TranslationTrack, cue: Cue): TranslationState {
  const entry = translationIndex(track).get(cue.id)
  if (!entry || entry.text.trim() === '') return cue.text.trim() === '' ? 'done' : 'missing'
  return entry.needsCheck ? 'needs-check' : 'done'
}

/** How many master captions are missing a translation, and how many translations need checking. */
export function translationCounts(
  doc: CaptionDocument,
  language: string,
): { missing: number; needsCheck: number; done: number } {
  const track = translationTrack(doc, language)
  const counts = { missing: 0, needsCheck: 0, done: 0 }
  if (!track) return { ...counts, missing: doc.cues.length }
  for (const cue of doc.cues) {
    const state = translationState(track, cue)
    if (state === 'missing') counts.missing++
    else if (state === 'needs-check') counts.needsCheck++
    else counts.done++
  }
  return counts
}

/** Sorts translations by the position of their first source caption in the master. */
export function inMasterOrder(entries: readonly TranslatedCue[], cues: readonly Cue[]): TranslatedCue[] {
  const position = new Map<string, number>()
  cues.forEach((c, i) => position.set(c.id, i))
  const at = (e: TranslatedCue) => position.get(e.sourceIds[0] ?? '') ?? Number.MAX_SAFE_INTEGER
  return [...entries].sort((a, b) => at(a) - at(b))
}
