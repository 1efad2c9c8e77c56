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
  if (before.media?.absolutePath !== after.media?.absolutePath || before.media?.relativePath !== after.media?.relativePath) changes.media = after.media ? { ...after.media } : null
  return Object.keys(changes).length > 0 ? changes : undefined
}

function diffCues(before: Project['doc']['cues'], after: Project['doc']['cues']): Pick<ProjectChanges, 'cues' | 'removed' | 'order'> {
  const sameShape = before.length === after.length && after.every((cue, i) => cue.id === before[i]!.id)
  if (sameShape) {
    const changed = after.filter((cue, i) => cue !== before[i])
    return changed.length > 0 ? { cues: changed.map(cueToJson) } : {}
  }
  const old = new Set(before)
  const kept = new Set(after.map((cue) => cue.id as string))
  const changed = after.filter((cue) => !old.has(cue))
  const removed = before.filter((cue) => !kept.has(cue.id)).map((cue) => cue.id as string)
  return { cues: changed.map(cueToJson), ...(removed.length > 0 ? { removed } : {}), order: after.map((cue) => cue.id as string) }
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
  return next
}

function setOrDelete<K extends 'title' | 'profileId' | 'media'>(target: Partial<ProjectJson>, key: K, value: ProjectJson[K] | null | undefined): void {
  if (value === undefined) return
  if (value === null) delete target[key]
  else target[key] = value
}

type CueJson = ProjectJson['document']['cues'][number]

function applyCueChanges(cues: readonly CueJson[], changes: ProjectChanges): CueJson[] {
  const byId = new Map<string, CueJson>()
  for (const cue of cues) byId.set(cue.id, cue)
  for (const cue of changes.cues ?? []) byId.set(cue.id, cue)
  for (const id of changes.removed ?? []) byId.delete(id)
  if (!changes.order) {
    // Same order as before; new captions (only possible in a damaged record) go to the end.
    const result = cues.filter((cue) => byId.has(cue.id)).map((cue) => byId.get(cue.id)!)
    const placed = new Set(result.map((cue) => cue.id))
    for (const cue of changes.cues ?? []) if (!placed.has(cue.id)) result.push(cue)
    return result
  }
  const result: CueJson[] = []
  for (const id of changes.order) {
    const cue = byId.get(id)
    if (cue) {
      result.push(cue)
      byId.delete(id)
    }
  }
  for (const cue of byId.values()) result.push(cue)
  return result
}
