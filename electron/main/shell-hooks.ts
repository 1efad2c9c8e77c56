/**
 * What the shell learns from the page's own calls: the page is ready for `app:open-files` once it
 * has asked for its launch info (files that arrived before then ride along in `openFiles`), and the
 * menus follow the language the user saves in settings.
 */

import { INVOKE_CHANNELS } from '../../shared/ipc/contract'
import type { ApiArgs, ApiMethod, CaptionApi, LaunchInfo } from '../../shared/ipc/contract'

/** Callbacks the wrapped API calls. */
export type ShellHooks = Readonly<{
  /** The page asked for its launch info: it listens now. Returns the paths queued until then. */
  rendererReady: () => readonly string[]
  /** The UI language in the settings (undefined: follow the system). */
  languageChanged: (language: string | undefined) => void
  /** A project was opened or created (the recent list changed). */
  projectOpened?: (path: string) => void
}>

/** `api` with the two observed methods wrapped; every other method is passed straight through. */
export function withShellHooks(api: CaptionApi, hooks: ShellHooks): CaptionApi {
  const wrapped = {} as Record<ApiMethod, (args: never) => Promise<unknown>>
  for (const method of Object.keys(INVOKE_CHANNELS) as ApiMethod[]) {
    wrapped[method] = (args: never) => (api[method] as (a: never) => Promise<unknown>).call(api, args)
  }
  const shell = wrapped as unknown as CaptionApi
  shell.getLaunchInfo = async (args: ApiArgs<'getLaunchInfo'>): Promise<LaunchInfo> => {
    const info = await api.getLaunchInfo(args)
    hooks.languageChanged(info.settings.language)
    const queued = hooks.rendererReady().filter((p) => !info.openFiles.includes(p))
    return queued.length > 0 ? { ...info, openFiles: [...info.openFiles, ...queued] } : info
  }
  shell.openProject = async (args: ApiArgs<'openProject'>) => {
    const result = await api.openProject(args)
    if (result.ok) hooks.projectOpened?.(args.path)
    return result
  }
  shell.createProject = async (args: ApiArgs<'createProject'>) => {
    const result = await api.createProject(args)
    if (result.ok) hooks.projectOpened?.(args.path)
    return result
  }
  shell.saveSettings = async (args: ApiArgs<'saveSettings'>) => {
    const result = await api.saveSettings(args)
    if (result.ok) hooks.languageChanged(result.settings.language)
    return result
  }
  return shell
}
