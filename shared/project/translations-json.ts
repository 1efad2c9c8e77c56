/**
 * Translations in the project file:
 *
 *   "translations": [{ "language": "cy", "roles"?: { "<speaker id>": "Cadeirydd" },
 *                      "cues": [{ "sources": ["c1", "c2"], "text": "…", "check"?: true }] }]
 *
 * `sources` are master caption ids; `check` marks a translation that needs checking.
 */

import { z } from 'zod'
import type { TranslationsJson } from './translations-model'
import type { SameShape } from '../types/same-shape'

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

// The schema gives exactly the hand-written type the functions use (a compile error if the two drift).
const sameShape: SameShape<z.infer<typeof translationsSchema>, TranslationsJson> = true
void sameShape

export {
  translatedCueToJson,
  translationsFromJson,
  translationsToJson,
  type TranslationsJson,
} from './translations-model'
