/**
 * The services behind the contract, independent of transport: Electron main registers them as IPC
 * handlers, browser mode's server as HTTP routes. Plain Node, so every handler is tested without
 * Electron. Each call is validated against shared/ipc/schemas.ts by {@link dispatchApiCall}.
 */

import type { ApiMethod, CaptionApi, Settings } from '../../../shared/ipc/contract'
import { checkArgs, isApiMethod } from '../../../shared/ipc/schemas'
import { createAccessList, type AccessList } from '../access'
import { isMediaFile } from '../media/media-file'
import { readRecent, readSettings, saveSettings } from '../settings-store'
import { ensureSampleCopy } from '../sample-copy'
import { peaksCacheDirOf, serviceContext, type ServiceHost } from './context'
import { fail } from './failures'
import { fileHandlers, openLevel } from './file-handlers'
import { mediaHandlers } from './media-handlers'
import { projectHandlers } from './project-handlers'
import { versionHandlers } from './version-handlers'

export type { ServiceHost } from './context'

/** The services for one app instance. */
export type CaptionServices = Readonly<{
  api: CaptionApi
  access: AccessList
  /** Grants files opened from the desktop or command line; returns those that were granted. */
  grantAndOpen: (paths: readonly string[]) => readonly string[]
  /** Writes pending edits and stops background work (before quitting). */
  dispose: () => Promise<void>
}>

/** Creates the services for a host. */
export function createCaptionServices(host: ServiceHost): CaptionServices {
  // A project's video is read only when ffmpeg (or, without it, the extension and file type) says it is media.
  const access = createAccessList((real) => isMediaFile(real, { cacheDir: peaksCacheDirOf(host), ffmpeg: host.ffmpeg }))
  const ctx = serviceContext(host, access)
  // Browse roots are only listed by the in-page chooser, never granted: only picked files are.
  for (const file of host.launchFiles) access.grantAt(file, openLevel(file))
  const media = mediaHandlers(ctx)
  const projects = projectHandlers(ctx)
  const { cancelAll: _cancelAll, ...mediaApi } = media
  const { flushAll: _flushAll, flushFile: _flushFile, ...projectApi } = projects
  let settingsWrite: Promise<unknown> = Promise.resolve()
  // The sample opens from a working copy in the data folder (granted with its video and captions).
  const sampleCopy = async (): Promise<string | undefined> => {
    if (!host.sampleProjectPath) return undefined
    const copy = await ensureSampleCopy(host.sampleProjectPath, host.dataDir)
    access.grant(copy)
    return copy
  }
  const api: CaptionApi = {
    async getLaunchInfo() {
      const sampleProjectPath = await sampleCopy()
      return {
        mode: host.mode,
        platform: host.platform,
        appVersion: host.appVersion,
        systemLanguages: host.systemLanguages,
        openFiles: host.launchFiles,
        recent: await readRecent(ctx.recentFile),
        settings: await readSettings(ctx.settingsFile),
        ...(sampleProjectPath ? { sampleProjectPath } : {}),
      }
    },
    ...fileHandlers(ctx),
    ...mediaApi,
    ...projectApi,
    // A version is kept from the file, so every pending edit is written first.
    ...versionHandlers(ctx, (file) => projects.flushFile(file)),
    async saveSettings({ settings }) {
      // Settings writes are serialised so two quick changes cannot interleave their merges.
      const next = settingsWrite.then(() => saveSettings(ctx.settingsFile, settings))
      settingsWrite = next.catch(() => undefined)
      try {
        return { ok: true, settings: (await next) as Settings }
      } catch (error) {
        return fail('unknown', (error as Error).message)
      }
    },
    async openExternal({ url }) {
      if (!host.openExternal) return fail('unsupported')
      await host.openExternal(url)
      return { ok: true }
    },
  }
  // Recent projects need read access too: they were opened by the user before.
  void readRecent(ctx.recentFile).then(
    (list) => list.forEach((r) => access.grant(r.path)),
    () => undefined,
  )
  return {
    api,
    access,
    grantAndOpen(paths) {
      for (const p of paths) access.grantAt(p, openLevel(p))
      return paths
    },
    async dispose() {
      media.cancelAll()
      await projects.flushAll()
    },
  }
}

/** Validates `raw` for `method` and calls it; bad payloads and thrown errors become failures, never exceptions. */
export async function dispatchApiCall(api: CaptionApi, method: string, raw: unknown): Promise<unknown> {
  if (!isApiMethod(method)) return fail('invalid-request', `unknown method ${method.slice(0, 64)}`)
  const checked = checkArgs(method, raw)
  if (!checked.ok) return fail('invalid-request', checked.detail)
  try {
    const call = api[method as ApiMethod] as (args: unknown) => Promise<unknown>
    return await call.call(api, checked.args)
  } catch (error) {
    return fail('unknown', error instanceof Error ? error.message : String(error))
  }
}
