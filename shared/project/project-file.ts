/**
 * The `.eglur` project file: the caption document (JSON interchange shape), its translations into
 * further languages, where the media is (relative to the project, with the absolute path as
 * fallback), style profile, glossary and UI state.
 *
 * Version history: 1 (captions in one language); 2 adds `translations`. Older files are migrated
 * on reading; a file from a newer Eglur is refused (with its own code) rather than read in part,
 * which would drop what this version does not know on the next save.
 */

import { z } from 'zod'
import { captionJsonSchema, documentFromJson, documentToJson } from '../formats/json'
import { CAPTION_JSON_LAYOUT, layoutJson, type JsonLayout } from '../formats/json-layout'
import type { CaptionDocument } from '../model/document'
import type { GlossaryEntry } from '../quality/glossary'
import { exactProjectJson } from './project-json-exact'
import { translationsFromJson, translationsSchema, translationsToJson } from './translations-json'

/** The current project file version; older versions are migrated on open. */
export const PROJECT_VERSION = 2

/** The schema of a project file's JSON (also what crosses the IPC boundary). */
export const projectSchema = z.object({
  format: z.literal('eglur-project', { error: 'expected "format": "eglur-project"' }),
  version: z.literal(PROJECT_VERSION, { error: `expected "version": ${PROJECT_VERSION}` }),
  savedAt: z.string(),
  title: z.string().optional(),
  media: z.object({ relativePath: z.string().optional(), absolutePath: z.string().optional() }).optional(),
  document: captionJsonSchema,
  translations: translationsSchema,
  profileId: z.string().optional(),
  glossary: z.array(z.object({ from: z.string(), to: z.string(), caseSensitive: z.boolean().optional() })).default([]),
  ui: z.object({ currentCueId: z.string().optional() }).optional(),
})

/** A project file's JSON, as written. */
export type ProjectJson = z.infer<typeof projectSchema>

/** A project in memory. */
export type Project = Readonly<{
  title?: string
  media?: Readonly<{ relativePath?: string; absolutePath?: string }>
  doc: CaptionDocument
  profileId?: string
  glossary: readonly GlossaryEntry[]
  ui?: Readonly<{ currentCueId?: string }>
}>

/** Reading a project's JSON: the validated JSON (kept as it is for saving), or why not. */
export type ProjectJsonResult =
  | { ok: true; json: ProjectJson }
  | { ok: false; message: string; /** `newer-project`: saved by a newer Eglur. */ code?: 'newer-project' }

/** Reading a project: the project and the validated JSON it came from (kept as it is for saving), or why not. */
export type ProjectReadResult =
  { ok: true; project: Project; json: ProjectJson } | Extract<ProjectJsonResult, { ok: false }>

/** Reads project file text. Never throws. */
export function parseProjectFile(text: string): ProjectReadResult {
  return withProject(parseProjectJson(text))
}

/** Reads project file text as far as its checked JSON (what main keeps and sends on, with no caption model built). Never throws. */
export function parseProjectJson(text: string): ProjectJsonResult {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { ok: false, message: `The project file is damaged (not valid JSON: ${(error as Error).message}).` }
  }
  return checkProjectJson(raw)
}

/** Reads a project from parsed JSON (a file's body or an IPC payload). Never throws. */
export function projectFromJson(raw: unknown): ProjectReadResult {
  return withProject(checkProjectJson(raw))
}

/** Checks parsed JSON against the project schema (migrating older versions first). Never throws. */
export function checkProjectJson(raw: unknown): ProjectJsonResult {
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined
  if (
    typeof version === 'number' &&
    version > PROJECT_VERSION &&
    (raw as { format?: unknown }).format === 'eglur-project'
  ) {
    return {
      ok: false,
      code: 'newer-project',
      message: `This project was saved by a newer version of Eglur (project version ${version}).`,
    }
  }
  const migrated = migrateProjectJson(raw)
  // The usual project, which the schema would return unchanged, is read without it (project-json-exact.ts).
  const exact = exactProjectJson<ProjectJson>(migrated, PROJECT_VERSION)
  if (exact) return { ok: true, json: exact }
  const result = projectSchema.safeParse(migrated)
  if (!result.success) {
    const issue = result.error.issues[0]!
    return { ok: false, message: `This is not an Eglur project: ${issue.path.join('.') || 'file'}: ${issue.message}` }
  }
  return { ok: true, json: result.data }
}

const withProject = (read: ProjectJsonResult): ProjectReadResult =>
  read.ok ? { ok: true, project: projectFromParsedJson(read.json), json: read.json } : read

/** Brings an older project file's JSON to the current version (anything else is returned as it is). */
export function migrateProjectJson(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw
  const json = raw as Record<string, unknown>
  // Version 1 had one language: no translations.
  if (json.format === 'eglur-project' && json.version === 1) return { ...json, version: 2, translations: [] }
  return raw
}

/** A project from JSON the schema has already accepted (an IPC payload main validated on arrival). */
export function projectFromParsedJson(p: ProjectJson): Project {
  return {
    ...(p.title !== undefined ? { title: p.title } : {}),
    ...(p.media ? { media: p.media } : {}),
    doc: translationsFromJson(documentFromJson(p.document), p.translations),
    ...(p.profileId !== undefined ? { profileId: p.profileId } : {}),
    glossary: p.glossary,
    ...(p.ui ? { ui: p.ui } : {}),
  }
}

/** How a project file is laid out: one line per caption, speaker, translation and glossary entry. */
export const PROJECT_LAYOUT: JsonLayout = {
  keys: { document: CAPTION_JSON_LAYOUT, translations: { items: { keys: { cues: 'rows' } } }, glossary: 'rows' },
}

/** Writes a project as file text, laid out so version control shows one changed line per changed caption. */
export function serializeProject(project: Project, savedAt: Date): string {
  return projectJsonText(projectToJson(project, savedAt))
}

/** A project's JSON as file text (see PROJECT_LAYOUT). */
export function projectJsonText(json: ProjectJson): string {
  return layoutJson(json, PROJECT_LAYOUT)
}

/** A project as the JSON a file (or an IPC payload) holds. */
export function projectToJson(project: Project, savedAt: Date): ProjectJson {
  return {
    format: 'eglur-project',
    version: PROJECT_VERSION,
    savedAt: savedAt.toISOString(),
    ...(project.title !== undefined ? { title: project.title } : {}),
    ...(project.media ? { media: project.media } : {}),
    document: documentToJson(project.doc),
    translations: translationsToJson(project.doc.translations),
    ...(project.profileId !== undefined ? { profileId: project.profileId } : {}),
    glossary: [...project.glossary],
    ...(project.ui ? { ui: project.ui } : {}),
  }
}
