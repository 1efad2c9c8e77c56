/**
 * Project files on disk: atomic saves (temp file, fsync, rename) that keep earlier versions in the
 * version history (./versions.ts), opening with the media path resolved (relative to the project
 * first, absolute second).
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import { parseProjectFile, serializeProject, type Project } from '../../../shared/project/project-file'
import { tempFileOwner, writeFileAtomic, type AtomicFs } from '../atomic-write'
import { describeFsError } from '../caption-files'
import { backupFolder, keepTimedVersion, versionFolder } from './versions'

export { backupFolder, versionFolder } from './versions'

/** The journal beside a project: `.name.eglur.journal`. */
export const journalPath = (projectPath: string): string => path.join(path.dirname(projectPath), `.${path.basename(projectPath)}.journal`)

/** Saves a project atomically; the version it replaces goes to the version history when one is due. */
export async function saveProject(projectPath: string, project: Project, options: { now?: Date; fs?: AtomicFs } = {}): Promise<void> {
  const now = options.now ?? new Date()
  const withMedia = { ...project, ...(project.media?.absolutePath ? { media: { ...project.media, relativePath: path.relative(path.dirname(projectPath), project.media.absolutePath) } } : {}) }
  try {
    await keepTimedVersion(projectPath, { now })
  } catch {
    // A version that cannot be kept (full disk…) must not stop the work itself being saved; the
    // save below meets the same disk and reports it.
  }
  await writeFileAtomic(projectPath, serializeProject(withMedia, now), options.fs ? { fs: options.fs } : {})
}

/** An opened project, with where its media was found (or that it is missing). */
export type OpenedProject = { ok: true; project: Project; mediaPath?: string; mediaMissing: boolean } | { ok: false; message: string }

/** True when a process with this id is running (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temp files, in `dir` and named from `prefix`, of writes that were killed midway (their
 * process, whose id the name holds, is gone), so that they do not pile up.
 */
async function removeStaleTemps(dir: string, prefix: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[])
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue
    const pid = tempFileOwner(name) ?? 0
    if (pid > 0 && pid !== process.pid && !isRunning(pid)) await fs.rm(path.join(dir, name), { force: true })
  }
}

/** Opens a project file. A moved video does not stop the project opening: `mediaMissing` says so. */
export async function openProject(projectPath: string): Promise<OpenedProject> {
  await removeStaleTemps(path.dirname(projectPath), `.${path.basename(projectPath)}.`)
  await removeStaleTemps(backupFolder(projectPath), '.')
  await removeStaleTemps(versionFolder(projectPath), '.')
  let text: string
  try {
    text = await fs.readFile(projectPath, 'utf8')
  } catch (error) {
    return { ok: false, message: describeFsError(error) }
  }
  const parsed = parseProjectFile(text)
  if (!parsed.ok) return parsed
  const media = parsed.project.media
  const candidates = [media?.relativePath ? path.resolve(path.dirname(projectPath), media.relativePath) : undefined, media?.absolutePath].filter((p): p is string => !!p)
  for (const candidate of candidates) {
    try {
      await fs.access(candidate)
      return { ok: true, project: parsed.project, mediaPath: candidate, mediaMissing: false }
    } catch {
      // try the next place
    }
  }
  return { ok: true, project: parsed.project, mediaMissing: candidates.length > 0 }
}
