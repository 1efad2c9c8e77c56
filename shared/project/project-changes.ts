/**
 * What changed in a project between two moments, in the JSON shape the project file holds.
 *
 * The editor sends these instead of the whole project after every edit, and main journals them: with
 * 10,000 captions a keystroke then costs a few hundred bytes, not a 1.5 MB snapshot turned to JSON
 * and back several times. Finding the changes is cheap because the model is readonly: an edit makes
 * new objects only for what it touched, so unchanged cues are the very same objects as before.
 */

import { z } from 'zod'
import { cueSchema, cueToJson, metaSchema, metaToJson, speakerSchema, speakersToJson } from '../formats/json'
import type { Project, ProjectJson } from './project-file'
import {
  translatedCueSchema,
  translatedCueToJson,
  translationsToJson,
  translationTrackSchema,
} from './translations-json'
import type { TranslatedCue, TranslationTrack } from '../model/document'

/** Changes to one language track: translations added or changed (keyed by their first source caption), removed, order. */
const trackChangesSchema = z.object({
  language: z.string(),
  cues: z.array(translatedCueSchema).optional(),
  removed: z.array(z.string()).optional(),
  order: z.array(z.string()).optional(),
  roles: z.record(z.string(), z.string()).nullable().optional(),
})

/** Schema of a set of changes (also what crosses the IPC boundary). */
export const projectChangesSchema = z.object({
  /** Captions added or changed, whole. */
  cues: z.array(cueSchema).optional(),
  /** Ids of captions removed. */
  removed: z.array(z.string()).optional(),
  /** Every caption id in order, sent only when captions were added, removed or reordered. */
  order: z.array(z.string()).optional(),
  speakers: z.array(speakerSchema).optional(),
  /** The document metadata, or null when it was removed. */
  meta: metaSchema.nullable(),
  title: z.string().nullable().optional(),
  profileId: z.string().nullable().optional(),
  glossary: z.array(z.object({ from: z.string(), to: z.string(), caseSensitive: z.boolean().optional() })).optional(),
  media: z.object({ relativePath: z.string().optional(), absolutePath: z.string().optional() }).nullable().optional(),
  /** Every track whole, sent when languages were added, removed or reordered (no default: absent means unchanged). */
  translations: z.array(translationTrackSchema).optional(),
  /** Changes inside tracks whose languages stayed the same. */
  trackChanges: z.array(trackChangesSchema).optional(),
})

/** A set of changes to a project. */
export type ProjectChanges = z.infer<typeof projectChangesSchema>

/** The changes that turn `before` into `after`, or undefined when nothing changed. O(captions), no copying. */
export function diffProjects(before: Project, after: Project): ProjectChanges | undefined {
  const changes: { -readonly [K in keyof ProjectChanges]: ProjectChanges[K] } = {}
  const a = before.doc
  const b = after.doc
  if (a.cues !== b.cues) Object.assign(changes, diffCues(a.cues, b.cues))
  if (a.speakers !== b.speakers) changes.speakers = speakersToJson(b.speakers)
  if (a.meta !== b.meta) changes.meta = b.meta ? metaToJson(b.meta) : null
  if (before.title !== after.title) changes.title = after.title ?? null
  if (before.profileId !== after.profileId) changes.profileId = after.profileId ?? null
  if (before.glossary !== after.glossary) changes.glossary = [...after.glossary]
  if (a.translations !== b.translations)
    Object.assign(changes, diffTranslations(a.translations ?? [], b.translations ?? []))
  if (
    before.media?.absolutePath !== after.media?.absolutePath ||
    before.media?.relativePath !== after.media?.relativePath
  )
    changes.media = after.media ? { ...after.media } : null
  return Object.keys(changes).length > 0 ? changes : undefined
}

/** Items changed (by reference), removed and, when the keys changed, the new key order. */
type KeyedDiff<T> = { changed: T[]; removed?: string[]; order?: string[] }

function diffKeyed<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): KeyedDiff<T> {
  const sameShape = before.length === after.length && after.every((item, i) => key(item) === key(before[i]!))
  if (sameShape) return { changed: after.filter((item, i) => item !== before[i]) }
  const old = new Set(before)
  const kept = new Set(after.map(key))
  const removed = before.filter((item) => !kept.has(key(item))).map(key)
  return {
    changed: after.filter((item) => !old.has(item)),
    ...(removed.length > 0 ? { removed } : {}),
    order: after.map(key),
  }
}

function diffCues(
  before: Project['doc']['cues'],
  after: Project['doc']['cues'],
): Pick<ProjectChanges, 'cues' | 'removed' | 'order'> {
  const { changed, removed, order } = diffKeyed(before, after, (cue) => cue.id)
  if (changed.length === 0 && !removed && !order) return {}
  return {
    ...(changed.length > 0 || order ? { cues: changed.map(cueToJson) } : {}),
    ...(removed ? { removed } : {}),
    ...(order ? { order } : {}),
  }
}

const entryKey = (entry: TranslatedCue): string => entry.sourceIds[0] ?? ''

function diffTranslations(
  before: readonly TranslationTrack[],
  after: readonly TranslationTrack[],
): Pick<ProjectChanges, 'translations' | 'trackChanges'> {
  const sameLanguages = before.length === after.length && after.every((t, i) => t.language === before[i]!.language)
  if (!sameLanguages) return { translations: translationsToJson(after) }
  const trackChanges = after.flatMap((track, i) => {
    const old = before[i]!
    if (old === track) return []
    const { changed, removed, order } =
      old.cues === track.cues ? { changed: [] } : diffKeyed(old.cues, track.cues, entryKey)
    return [
      {
        language: track.language,
        ...(changed.length > 0 ? { cues: changed.map(translatedCueToJson) } : {}),
        ...(removed ? { removed } : {}),
        ...(order ? { order } : {}),
        ...(old.roles !== track.roles ? { roles: track.roles ? { ...track.roles } : null } : {}),
      },
    ]
  })
  return trackChanges.length > 0 ? { trackChanges } : {}
}

/**
 * Applies changes to a project's JSON, returning a new object (the input is not touched). Ids in
 * `order` that name no caption are dropped, and captions missing from `order` keep their place at
 * the end, so a damaged record can never lose a caption.
 */
export function applyProjectChanges(project: ProjectJson, changes: ProjectChanges): ProjectJson {
  const next: { -readonly [K in keyof ProjectJson]: ProjectJson[K] } = { ...project }
  if (changes.cues || changes.removed || changes.order || changes.speakers || changes.meta !== undefined) {
    const doc = { ...project.document }
    if (changes.cues || changes.removed || changes.order) doc.cues = applyCueChanges(doc.cues, changes)
    if (changes.speakers) doc.speakers = changes.speakers
    if (changes.meta !== undefined) {
      if (changes.meta === null) delete doc.meta
      else doc.meta = changes.meta
    }
    next.document = doc
  }
  setOrDelete(next, 'title', changes.title)
  setOrDelete(next, 'profileId', changes.profileId)
  if (changes.glossary) next.glossary = changes.glossary
  setOrDelete(next, 'media', changes.media)
  if (changes.translations) next.translations = changes.translations
  if (changes.trackChanges) next.translations = applyTrackChanges(next.translations ?? [], changes.trackChanges)
  return next
}

type TracksJson = ProjectJson['translations']

function applyTrackChanges(tracks: TracksJson, changes: NonNullable<ProjectChanges['trackChanges']>): TracksJson {
  return tracks.map((track) => {
    const change = changes.find((c) => c.language === track.language)
    if (!change) return track
    const next = {
      ...track,
      cues: applyKeyed(track.cues, change.cues ?? [], change.removed, change.order, (e) => e.sources[0] ?? ''),
    }
    if (change.roles === null) delete next.roles
    else if (change.roles) next.roles = change.roles
    return next
  })
}

function setOrDelete<K extends 'title' | 'profileId' | 'media'>(
  target: Partial<ProjectJson>,
  key: K,
  value: ProjectJson[K] | null | undefined,
): void {
  if (value === undefined) return
  if (value === null) delete target[key]
  else target[key] = value
}

type CueJson = ProjectJson['document']['cues'][number]

function applyCueChanges(cues: readonly CueJson[], changes: ProjectChanges): CueJson[] {
  return applyKeyed(cues, changes.cues ?? [], changes.removed, changes.order, (cue) => cue.id)
}

/** Applies changed, removed and reordered items by key; nothing unknown to `order` is ever lost. */
function applyKeyed<T>(
  items: readonly T[],
  changed: readonly T[],
  removed: readonly string[] | undefined,
  order: readonly string[] | undefined,
  key: (item: T) => string,
): T[] {
  const byKey = new Map<string, T>()
  for (const item of items) byKey.set(key(item), item)
  for (const item of changed) byKey.set(key(item), item)
  for (const k of removed ?? []) byKey.delete(k)
  if (!order) {
    // Same order as before; new items (only possible in a damaged record) go to the end.
    const result = items.filter((item) => byKey.has(key(item))).map((item) => byKey.get(key(item)) as T)
    const placed = new Set(result.map(key))
    for (const item of changed) if (!placed.has(key(item))) result.push(item)
    return result
  }
  const result: T[] = []
  for (const k of order) {
    const item = byKey.get(k)
    if (item) {
      result.push(item)
      byKey.delete(k)
    }
  }
  for (const item of byKey.values()) result.push(item)
  return result
}
