/**
 * Translations in the project file:
 *
 *   "translations": [{ "language": "cy", "roles"?: { "<speaker id>": "Cadeirydd" },
 *                      "cues": [{ "sources": ["c1", "c2"], "text": "…", "check"?: true }] }]
 *
 * `sources` are master caption ids; `check` marks a translation that needs checking.
 */

import { z } from 'zod'
import type { CaptionDocument } from '../model/document'
import { asCueId, type CueId } from '../model/ids'
import type { TranslatedCue, TranslationTrack } from '../model/document'
import { dropMissingSources } from '../model/translation-carry'

/** Schema of one translation. */
export const translatedCueSchema = z.object({
  sources: z.array(z.string().min(1)).min(1),
  text: z.string(),
  check: z.boolean().optional(),
})

/** Schema of one language track. */
export const translationTrackSchema = z.object({
  language: z.string().min(1),
  cues: z.array(translatedCueSchema),
  roles: z.record(z.string(), z.string()).optional(),
})

/** Schema of a project's translations (absent = none). */
export const translationsSchema = z.array(translationTrackSchema).default([])

/** The JSON of a project's translations. */
export type TranslationsJson = z.infer<typeof translationsSchema>

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
