/**
 * Project files on disk: atomic saves (temp file, fsync, rename) that keep earlier versions in the
 * version history (./versions.ts), opening with the media path resolved (relative to the project
 * first, absolute second).
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import { parseProjectFile, projectJsonText, projectToJson, type Project, type ProjectJson } from '../../../shared/project/project-file'
import { stampOf, type FileStamp } from './file-stamp'
import { removeStaleTemps, writeFileAtomic, type AtomicFs } from '../atomic-write'
import { describeFsError } from '../caption-files'
import { readProjectBytes } from './project-read'
import { backupFolder, keepTimedVersion, versionFolder } from './versions'

export { backupFolder, versionFolder } from './versions'

/** The journal beside a project: `.name.eglur.journal`. */
export const journalPath = (projectPath: string): string => path.join(path.dirname(projectPath), `.${path.basename(projectPath)}.journal`)

/** Saves a project atomically; the version it replaces goes to the version history when one is due. */
export async function saveProject(projectPath: string, project: Project, options: { now?: Date; fs?: AtomicFs } = {}): Promise<FileStamp> {
  return writeProjectJson(projectPath, projectToJson(project, options.now ?? new Date()), options)
}

/**
 * Writes a project's JSON as it is (the payload main validated on arrival, or the journal's work) and
 * returns the stamp of what is now on disk, so the writer can later tell whether anyone else wrote.
 */
export async function writeProjectJson(projectPath: string, json: ProjectJson, options: { now?: Date; fs?: AtomicFs } = {}): Promise<FileStamp> {
  const now = options.now ?? new Date()
  const media = json.media?.absolutePath ? { media: { ...json.media, relativePath: path.relative(path.dirname(projectPath), json.media.absolutePath) } } : {}
  const text = projectJsonText({ ...json, savedAt: now.toISOString(), ...media })
  try {
    await keepTimedVersion(projectPath, { now })
  } catch {
    // A version that cannot be kept (full disk…) must not stop the work itself being saved; the
    // save below meets the same disk and reports it.
  }
  await writeFileAtomic(projectPath, text, options.fs ? { fs: options.fs } : {})
  return stampOf(text, await fs.stat(projectPath))
}

/** An opened project, with where its media was found (or that it is missing). */
export type OpenedProject =
  | { ok: true; project: Project; json: ProjectJson; stamp: FileStamp; mediaPath?: string; mediaMissing: boolean }
  | { ok: false; message: string; code: 'not-found' | 'not-a-file' | 'unreadable' | 'damaged-project' | 'newer-project' }

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
    const code = fsCode === 'ENOENT' ? 'not-found' : fsCode === 'not-a-file' || fsCode === 'EISDIR' ? 'not-a-file' : fsCode === 'too-many-captions' || fsCode === 'too-large' ? 'damaged-project' : 'unreadable'
    return { ok: false, message: describeFsError(error), code }
  }
  const parsed = parseProjectFile(bytes.toString('utf8'))
  if (!parsed.ok) return { ok: false, message: parsed.message, code: parsed.code ?? 'damaged-project' }
  const read = { project: parsed.project, json: parsed.json, stamp }
  const media = parsed.project.media
  const candidates = [media?.relativePath ? path.resolve(path.dirname(projectPath), media.relativePath) : undefined, media?.absolutePath].filter((p): p is string => !!p)
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
