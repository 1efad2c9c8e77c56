/**
 * The API's project work: open (with crash recovery and a warning when someone else has the project
 * open), create, record edits (what changed, journaled within a second), settle conflicts, close.
 * Every project is known by its real path; each window or tab is a writer with an id of its own.
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { CaptionApi, OpenElsewhere, OpenedProjectPayload } from '../../../shared/ipc/contract'
import { parseProjectJson, type ProjectJson } from '../../../shared/project/project-file'
import { realLocation } from '../access'
import { createOpenProjects } from '../project/open-projects'
import { openProject } from '../project/project-store'
import { discardRecovery, findRecoverable } from '../project/recovery'
import { addRecent } from '../settings-store'
import { fail, failureOf } from './failures'
import type { ServiceContext } from './context'

/** The writer of callers that have one window only and do not name one. */
const DEFAULT_WRITER = 'default-writer'

/** The renderer throttles its sends; main's share of the ≤ 1 s autosave bound. */
const DEFAULT_AUTOSAVE_MS = 600

type ProjectApi = Pick<
  CaptionApi,
  | 'openProject'
  | 'createProject'
  | 'projectEdited'
  | 'flushProject'
  | 'closeProject'
  | 'readConflict'
  | 'resolveConflict'
  | 'discardRecovery'
>

/** Builds the project handlers; `flushFile` writes a project's pending edits, `flushAll` every project's (before quitting). */
export function projectHandlers(
  ctx: ServiceContext,
): ProjectApi & { flushFile: (file: string) => Promise<void>; flushAll: () => Promise<void> } {
  const { host, access } = ctx
  // Status events go to the path each writer uses, which may be another spelling of the real path.
  const pathsOf = new Map<string, string>()
  const open = createOpenProjects({
    ...(host.autosaveDelayMs !== undefined
      ? { autosaveDelayMs: host.autosaveDelayMs }
      : { autosaveDelayMs: DEFAULT_AUTOSAVE_MS }),
    onStatus: (real, writer, status) =>
      host.emit('app:save-status', { path: pathsOf.get(`${real}\n${writer}`) ?? real, status }),
  })
  const remember = (file: string, title: string | undefined) =>
    addRecent(ctx.recentFile, {
      path: file,
      title: title ?? path.basename(file, '.eglur'),
      openedAt: Date.now(),
    }).catch(() => undefined)

  /** Reads the project for a writer: the file, crashed writers' work, and who else has it open. */
  const openFor = async (
    file: string,
    writer: string,
  ): Promise<{ ok: true; opened: OpenedProjectPayload } | ReturnType<typeof fail>> => {
    const real = realLocation(file)
    const opened = await openProject(real)
    if (!opened.ok) return fail(opened.code, opened.message)
    // The project names its video: read only, and only when it really is a media file.
    if (opened.mediaPath) await access.grantMediaRead(opened.mediaPath)
    const found = await findRecoverable(real, open.isLiveJournal, opened.json)
    pathsOf.set(`${real}\n${writer}`, file)
    const elsewhere = await open.open(real, writer, opened.json, opened.stamp, found?.journals ?? [])
    void remember(file, opened.json.title)
    const now = new Date()
    return {
      ok: true,
      opened: {
        path: file,
        project: opened.json,
        ...(opened.mediaPath ? { mediaPath: opened.mediaPath } : {}),
        mediaMissing: opened.mediaMissing,
        // The journal's work as read and checked, not rebuilt: only its time is today's.
        ...(found
          ? {
              recoverable: {
                project: { ...found.json, savedAt: now.toISOString() },
                writtenAt: found.writtenAt,
                cueCount: found.cueCount,
              },
            }
          : {}),
        ...(elsewhere ? { openElsewhere: elsewhere } : {}),
      },
    }
  }

  return {
    async openProject({ path: file, writer = DEFAULT_WRITER }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      return openFor(file, writer)
    },
    async createProject({ path: file, writer = DEFAULT_WRITER, project }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      const real = realLocation(file)
      pathsOf.set(`${real}\n${writer}`, file)
      try {
        // dispatchApiCall has already checked the payload against the project schema: it is kept as it is.
        const elsewhere: OpenElsewhere | undefined = await open.create(real, writer, project)
        void remember(file, project.title)
        const status = {
          state: 'saved',
          savedAt: Date.now(),
          ...(elsewhere ? { code: 'open-elsewhere' } : {}),
        } as const
        host.emit('app:save-status', { path: file, status })
        return { ok: true, status }
      } catch (error) {
        return failureOf(error, file)
      }
    },
    async projectEdited({ path: file, writer = DEFAULT_WRITER, changes, project }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      const real = realLocation(file)
      pathsOf.set(`${real}\n${writer}`, file)
      const taken = open.edit(real, writer, { ...(changes ? { changes } : {}), ...(project ? { project } : {}) })
      return taken ? { ok: true } : fail('not-open', file)
    },
    async flushProject({ path: file, writer = DEFAULT_WRITER }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      return { ok: true, status: await open.flush(realLocation(file), writer) }
    },
    async closeProject({ path: file, writer = DEFAULT_WRITER }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      const real = realLocation(file)
      await open.close(real, writer)
      pathsOf.delete(`${real}\n${writer}`)
      return { ok: true }
    },
    async readConflict({ path: file, writer = DEFAULT_WRITER }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      if (!open.current(realLocation(file), writer)) return fail('not-open', file)
      const theirs = await readProjectJson(realLocation(file))
      return theirs ? { ok: true, theirs } : fail('damaged-project', file)
    },
    async resolveConflict({ path: file, writer = DEFAULT_WRITER, choice }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      const real = realLocation(file)
      try {
        // Either way this writer's own work is saved as a project beside the file first, so no choice loses it.
        const moved = await open.moveToCopy(real, writer, choice === 'keep-copy')
        if (!moved) return fail('not-open', file)
        access.grant(moved.copy)
        if (choice === 'keep-copy') {
          pathsOf.set(`${moved.copy}\n${writer}`, moved.copy)
          return { ok: true, opened: { path: moved.copy, project: moved.mine, mediaMissing: false } }
        }
        // Reload: the file as it is now becomes this writer's project.
        const reopened = await openFor(file, writer)
        return reopened.ok ? { ok: true, opened: { ...reopened.opened, keptAs: moved.copy } } : reopened
      } catch (error) {
        return failureOf(error, file)
      }
    },
    async discardRecovery({ path: file }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      await discardRecovery(realLocation(file), open.isLiveJournal)
      return { ok: true }
    },
    async flushFile(file) {
      await open.flush(realLocation(file))
    },
    async flushAll() {
      await open.closeAll()
    },
  }
}

async function readProjectJson(file: string): Promise<ProjectJson | undefined> {
  try {
    const parsed = parseProjectJson(await fs.readFile(file, 'utf8'))
    return parsed.ok ? parsed.json : undefined
  } catch {
    return undefined
  }
}
