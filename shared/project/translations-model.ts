/**
 * A project's translations as JSON, without their schema (translations-json.ts holds it, with the
 * file layout): the shape as a type, and documents to and from it. Readers that never need the
 * schema (the zod-free JSON reader) import this module alone.
 */

import type { CaptionDocument, TranslatedCue, TranslationTrack } from '../model/document'
import { asCueId, type CueId } from '../model/ids'
import { dropMissingSources } from '../model/translation-carry'

/** The JSON of a project's translations (translations-json.ts checks that its schema gives exactly this type). */
export type TranslationsJson = {
  language: string
  cues: { sources: string[]; text: string; check?: boolean | undefined }[]
  roles?: Record<string, string> | undefined
}[]

/** One translation as JSON. */
export function translatedCueToJson(entry: TranslatedCue): TranslationsJson[number]['cues'][number] {
  return { sources: [...entry.sourceIds], text: entry.text, ...(entry.needsCheck ? { check: true } : {}) }
}

/** A document's translations as JSON. */
export function translationsToJson(tracks: readonly TranslationTrack[] | undefined): TranslationsJson {
  return (tracks ?? []).map((t) => ({
    language: t.language,
    cues: t.cues.map(translatedCueToJson),
    ...(t.roles ? { roles: { ...t.roles } } : {}),
  }))
}

/**
 * The document with its translations read from JSON. Links to captions that do not exist are
 * dropped, and a caption claimed by two translations stays with the first, so the in-memory rule
 * "each caption belongs to at most one translation" holds whatever the file says.
 */
export function translationsFromJson(doc: CaptionDocument, json: TranslationsJson): CaptionDocument {
  if (json.length === 0) return doc
  const tracks: TranslationTrack[] = json.map((t) => {
    const claimed = new Set<string>()
    const cues: TranslatedCue[] = []
    for (const c of t.cues) {
      const sourceIds: CueId[] = c.sources.filter((id) => !claimed.has(id)).map(asCueId)
      sourceIds.forEach((id) => claimed.add(id))
      if (sourceIds.length > 0) cues.push({ sourceIds, text: c.text, ...(c.check ? { needsCheck: true } : {}) })
    }
    return { language: t.language, cues, ...(t.roles ? { roles: t.roles } : {}) }
  })
  return dropMissingSources({ ...doc, translations: tracks })
}
