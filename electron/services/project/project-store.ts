/**
 * Project files on disk: atomic saves (temp file, fsync, rename) that keep earlier versions in the
 * version history (./versions.ts), opening with the media path resolved (relative to the project
 * first, absolute second).
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import {
  parseProjectJson,
  projectJsonText,
  projectToJson,
  type Project,
  type ProjectJson,
} from '../../../shared/project/project-file'
import { stampOf, type FileStamp } from './file-stamp'
import { removeStaleTemps, writeFileAtomic, type AtomicFs } from '../atomic-write'
import { describeFsError } from '../caption-files'
import { readProjectBytes } from './project-read'
import { backupFolder, keepTimedVersion, versionFolder } from './versions'

export { backupFolder, versionFolder } from './versions'

/** The journal beside a project: `.name.eglur.journal`. */
export const journalPath = (projectPath: string): string =>
  path.join(path.dirname(projectPath), `.${path.basename(projectPath)}.journal`)

/** Saves a project atomically; the version it replaces goes to the version history when one is due. */
export async function saveProject(
  projectPath: string,
  project: Project,
  options: { now?: Date; fs?: AtomicFs } = {},
): Promise<FileStamp> {
  return writeProjectJson(projectPath, projectToJson(project, options.now ?? new Date()), options)
}

/**
 * Writes a project's JSON as it is (the payload main validated on arrival, or the journal's work) and
 * returns the stamp of what is now on disk, so the writer can later tell whether anyone else wrote.
 */
export async function writeProjectJson(
  projectPath: string,
  json: ProjectJson,
  options: { now?: Date; fs?: AtomicFs } = {},
): Promise<FileStamp> {
  return writeProjectText(projectPath, projectFileText(projectPath, json, options.now ?? new Date()), options)
}

/**
 * The file text of a project's JSON, made once per save: stamped with `now`, the media's path also
 * written relative to the project. The autosaver journals these same characters, then writes them.
 */
export function projectFileText(projectPath: string, json: ProjectJson, now: Date): string {
  const media = json.media?.absolutePath
    ? { media: { ...json.media, relativePath: path.relative(path.dirname(projectPath), json.media.absolutePath) } }
    : {}
  return projectJsonText({ ...json, savedAt: now.toISOString(), ...media })
}

/** Writes a project's file text (from {@link projectFileText}) atomically, keeping a version first when one is due; returns the new stamp. */
export async function writeProjectText(
  projectPath: string,
  text: string,
  options: { now?: Date; fs?: AtomicFs } = {},
): Promise<FileStamp> {
  // Encoded once: the same bytes are written and hashed for the stamp.
  const bytes = Buffer.from(text, 'utf8')
  try {
    await keepTimedVersion(projectPath, { now: options.now ?? new Date() })
  } catch {
    // A version that cannot be kept (full disk…) must not stop the work itself being saved; the
    // save below meets the same disk and reports it.
  }
  await writeFileAtomic(projectPath, bytes, options.fs ? { fs: options.fs } : {})
  return stampOf(bytes, await fs.stat(projectPath))
}

/** An opened project, with where its media was found (or that it is missing). */
export type OpenedProject =
  | { ok: true; json: ProjectJson; stamp: FileStamp; mediaPath?: string; mediaMissing: boolean }
  | {
      ok: false
      message: string
      code: 'not-found' | 'not-a-file' | 'unreadable' | 'damaged-project' | 'newer-project'
    }

/** Opens a project file. A moved video does not stop the project opening: `mediaMissing` says so. */
export async function openProject(projectPath: string): Promise<OpenedProject> {
  await removeStaleTemps(path.dirname(projectPath), `.${path.basename(projectPath)}.`)
  await removeStaleTemps(backupFolder(projectPath), '.')
  await removeStaleTemps(versionFolder(projectPath), '.')
  let bytes: Buffer
  let stamp: FileStamp
  try {
    bytes = await readProjectBytes(projectPath)
    stamp = stampOf(bytes, await fs.stat(projectPath))
  } catch (error) {
    const fsCode = (error as NodeJS.ErrnoException).code
    const code =
      fsCode === 'ENOENT'
        ? 'not-found'
        : fsCode === 'not-a-file' || fsCode === 'EISDIR'
          ? 'not-a-file'
          : fsCode === 'too-many-captions' || fsCode === 'too-large'
            ? 'damaged-project'
            : 'unreadable'
    return { ok: false, message: describeFsError(error), code }
  }
  // Checked once and kept as JSON: main never needs the caption model, and the page builds its own.
  const parsed = parseProjectJson(bytes.toString('utf8'))
  if (!parsed.ok) return { ok: false, message: parsed.message, code: parsed.code ?? 'damaged-project' }
  const read = { json: parsed.json, stamp }
  const media = parsed.json.media
  const candidates = [
    media?.relativePath ? path.resolve(path.dirname(projectPath), media.relativePath) : undefined,
    media?.absolutePath,
  ].filter((p): p is string => !!p)
  for (const candidate of candidates) {
    try {
      await fs.access(candidate)
      return { ok: true, ...read, mediaPath: candidate, mediaMissing: false }
    } catch {
      // try the next place
    }
  }
  return { ok: true, ...read, mediaMissing: candidates.length > 0 }
}
