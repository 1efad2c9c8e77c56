/**
 * A zod-free reading of a project file's JSON for the common case, in the manner of
 * shared/formats/json-exact.ts (whose rules it uses for the captions): `projectSchema` (project-file.ts)
 * took 100–150 ms over a 10,000-caption project each time one was opened. It returns what the
 * schema's parse returns (fresh objects, keys in the schema's order) when the schema would accept
 * the JSON without changing it, and undefined for anything else, which the schema then decides.
 */

import { exactCaptionJson, exactList, exactStrings, isPlain, keyCount, type JsonObject } from '../formats/json-exact'
import type { TranslationsJson } from './translations-model'

// The hand-written shapes (not the schema's types, whose module imports this one).
type Translation = TranslationsJson[number]
type TranslatedCue = Translation['cues'][number]
type GlossaryEntry = { from: string; to: string; caseSensitive?: boolean | undefined }

/** Copies the optional string keys of `from` into `out`; the number copied, or -1 when one is not a string. */
function optionalStrings(from: JsonObject, keys: readonly string[], out: JsonObject): number {
  let found = 0
  for (const key of keys) {
    const value = from[key]
    if (value === undefined) continue
    if (typeof value !== 'string') return -1
    out[key] = value
    found++
  }
  return found
}

/** A plain object holding only the optional string `keys`, copied in their order; undefined otherwise. */
function exactOptionalStrings(value: unknown, keys: readonly string[]): JsonObject | undefined {
  if (!isPlain(value)) return undefined
  const out: JsonObject = {}
  const found = optionalStrings(value, keys, out)
  return found >= 0 && keyCount(value) === found ? out : undefined
}

function exactTranslatedCue(c: unknown): TranslatedCue | undefined {
  if (!isPlain(c)) return undefined
  const sources = exactStrings(c.sources)
  const text = c.text
  if (!sources || sources.length === 0 || sources.some((id) => id === '') || typeof text !== 'string') return undefined
  const check = c.check
  if (check === undefined) return keyCount(c) === 2 ? { sources, text } : undefined
  return typeof check === 'boolean' && keyCount(c) === 3 ? { sources, text, check } : undefined
}

/** A `roles` record: every key (never `__proto__`, which the schema's copy would lose) to a string. */
function exactRoles(value: unknown): Record<string, string> | undefined {
  if (!isPlain(value)) return undefined
  const out: Record<string, string> = {}
  for (const key in value) {
    const role = value[key]
    if (key === '__proto__' || !Object.hasOwn(value, key) || typeof role !== 'string') return undefined
    out[key] = role
  }
  return out
}

function exactTranslation(t: unknown): Translation | undefined {
  if (!isPlain(t)) return undefined
  const { language } = t
  const cues = exactList(t.cues, exactTranslatedCue)
  if (typeof language !== 'string' || language === '' || !cues) return undefined
  if (t.roles === undefined) return keyCount(t) === 2 ? { language, cues } : undefined
  const roles = exactRoles(t.roles)
  return roles && keyCount(t) === 3 ? { language, cues, roles } : undefined
}

function exactGlossaryEntry(g: unknown): GlossaryEntry | undefined {
  if (!isPlain(g)) return undefined
  const { from, to, caseSensitive } = g
  if (typeof from !== 'string' || typeof to !== 'string') return undefined
  if (caseSensitive === undefined) return keyCount(g) === 2 ? { from, to } : undefined
  return typeof caseSensitive === 'boolean' && keyCount(g) === 3 ? { from, to, caseSensitive } : undefined
}

/** A project's "translations" as the schema would return them; undefined when unsure. */
export const exactTranslations = (value: unknown): Translation[] | undefined => exactList(value, exactTranslation)

/**
 * `raw` (a current-version project's parsed JSON, migrated) as `projectSchema` would return it, when
 * the schema would accept it unchanged but for key order; undefined otherwise. `P` is the schema's
 * type, named by the caller (project-file.ts), which imports this module.
 */
export function exactProjectJson<P>(raw: unknown, version: number): P | undefined {
  if (!isPlain(raw) || raw.format !== 'eglur-project' || raw.version !== version) return undefined
  const { savedAt } = raw
  const document = exactCaptionJson(raw.document)
  const translations = exactTranslations(raw.translations)
  const glossary = exactList(raw.glossary, exactGlossaryEntry)
  if (typeof savedAt !== 'string' || !document || !translations || !glossary) return undefined
  const out: JsonObject = { format: 'eglur-project', version, savedAt }
  let known = 6
  const title = optionalStrings(raw, ['title'], out)
  if (title < 0) return undefined
  known += title
  if (raw.media !== undefined) {
    const media = exactOptionalStrings(raw.media, ['relativePath', 'absolutePath'])
    if (!media) return undefined
    out.media = media
    known++
  }
  out.document = document
  out.translations = translations
  const profileId = optionalStrings(raw, ['profileId'], out)
  if (profileId < 0) return undefined
  known += profileId
  out.glossary = glossary
  if (raw.ui !== undefined) {
    const ui = exactOptionalStrings(raw.ui, ['currentCueId'])
    if (!ui) return undefined
    out.ui = ui
    known++
  }
  return keyCount(raw) === known ? (out as P) : undefined
}
