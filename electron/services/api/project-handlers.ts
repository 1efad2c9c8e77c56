/** The API's project work: open (with crash recovery), create, autosave after every edit, flush. */

import path from 'node:path'
import type { CaptionApi, ProjectSaveStatus } from '../../../shared/ipc/contract'
import { projectFromParsedJson, projectToJson, type Project } from '../../../shared/project/project-file'
import { createAutosaver, type Autosaver } from '../project/autosave'
import { openProject, saveProject } from '../project/project-store'
import { discardRecovery, findRecoverable } from '../project/recovery'
import { addRecent } from '../settings-store'
import { fail, failureOf } from './failures'
import type { ServiceContext } from './context'

/** The renderer throttles its sends; main's share of the ≤ 1 s autosave bound. */
const DEFAULT_AUTOSAVE_MS = 600

/** Builds the project handlers; `flushAll` writes every pending edit (before quitting). */
export function projectHandlers(ctx: ServiceContext): Pick<CaptionApi, 'openProject' | 'createProject' | 'projectEdited' | 'flushProject' | 'discardRecovery'> & { flushAll: () => Promise<void> } {
  const { host, access } = ctx
  const savers = new Map<string, Autosaver>()
  const saverFor = (file: string): Autosaver => {
    let saver = savers.get(file)
    if (!saver) {
      saver = createAutosaver({ projectPath: file, delayMs: host.autosaveDelayMs ?? DEFAULT_AUTOSAVE_MS, onStatus: (status) => host.emit('app:save-status', { path: file, status }) })
      savers.set(file, saver)
    }
    return saver
  }
  const remember = (file: string, project: Project) => addRecent(ctx.recentFile, { path: file, title: project.title ?? path.basename(file, '.eglur'), openedAt: Date.now() }).catch(() => undefined)
  return {
    async openProject({ path: file }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      const opened = await openProject(file)
      if (!opened.ok) return fail(/does not exist/.test(opened.message) ? 'not-found' : 'damaged-project', opened.message)
      // The project names its video: read only, and only when it really is a media file.
      if (opened.mediaPath) await access.grantMediaRead(opened.mediaPath)
      const found = await findRecoverable(file)
      void remember(file, opened.project)
      const now = new Date()
      return {
        ok: true,
        opened: {
          path: file,
          project: projectToJson(opened.project, now),
          ...(opened.mediaPath ? { mediaPath: opened.mediaPath } : {}),
          mediaMissing: opened.mediaMissing,
          ...(found ? { recoverable: { project: projectToJson(found.project, now), writtenAt: found.writtenAt, cueCount: found.cueCount } } : {}),
        },
      }
    },
    async createProject({ path: file, project: json }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      // dispatchApiCall has already checked the payload against the project schema: no second pass.
      const project = projectFromParsedJson(json)
      try {
        await saveProject(file, project)
        void remember(file, project)
        const status: ProjectSaveStatus = { state: 'saved', savedAt: Date.now() }
        host.emit('app:save-status', { path: file, status })
        return { ok: true, status }
      } catch (error) {
        return failureOf(error, file)
      }
    },
    async projectEdited({ path: file, project: json }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      saverFor(file).edit(projectFromParsedJson(json))
      return { ok: true }
    },
    async flushProject({ path: file }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      const status = await (savers.get(file)?.flush() ?? Promise.resolve<ProjectSaveStatus>({ state: 'saved' }))
      return { ok: true, status }
    },
    async discardRecovery({ path: file }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      await discardRecovery(file)
      return { ok: true }
    },
    async flushAll() {
      await Promise.all([...savers.values()].map((s) => s.flush()))
      for (const s of savers.values()) s.dispose()
    },
  }
}
