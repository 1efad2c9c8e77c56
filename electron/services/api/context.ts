/** What the API's handlers share: the host they run in and the access list. */

import path from 'node:path'
import type { AppMode, ChoosePurpose, MainEventName, MainEvents, SaveKind } from '../../../shared/ipc/contract'
import type { AccessList } from '../access'

/** What the transport (Electron main, or browser mode's server) provides to the services. */
export type ServiceHost = Readonly<{
  mode: AppMode
  appVersion: string
  platform: string
  systemLanguages: readonly string[]
  /** Where settings, the recent list and the peaks cache live (desktop: Electron's userData). */
  dataDir: string
  /** Files named at launch (command line, open-file before the window was ready). */
  launchFiles: readonly string[]
  /** The sample project shipped with the app. */
  sampleProjectPath?: string
  /** A URL the page can play `absolutePath` from (with HTTP Range support). */
  mediaUrl: (absolutePath: string) => string
  /** Pushes an event to the page. */
  emit: <E extends MainEventName>(event: E, payload: MainEvents[E]) => void
  /** Native dialogs (desktop only); undefined (cancelled) resolves to no choice. */
  dialogs?: Readonly<{
    chooseFiles: (purpose: ChoosePurpose) => Promise<readonly string[] | undefined>
    chooseSavePath: (kind: SaveKind, suggestedPath?: string) => Promise<string | undefined>
  }>
  /** Opens an http(s) link in the system browser (desktop only). */
  openExternal?: (url: string) => Promise<void>
  /** Folders the in-page chooser may list (browser mode only; real paths). */
  browseRoots?: readonly string[]
  /** Autosave delay in ms (tests shorten it). */
  autosaveDelayMs?: number
  /** ffmpeg to run (tests point it at a fake). */
  ffmpeg?: string
}>

/** The handlers' shared state. */
export type ServiceContext = Readonly<{
  host: ServiceHost
  access: AccessList
  settingsFile: string
  recentFile: string
  peaksCacheDir: string
}>

/** Where a host keeps waveform peaks and what probing each video found. */
export function peaksCacheDirOf(host: ServiceHost): string {
  return path.join(host.dataDir, 'peaks-cache')
}

/** Builds the context for a host. */
export function serviceContext(host: ServiceHost, access: AccessList): ServiceContext {
  return {
    host,
    access,
    settingsFile: path.join(host.dataDir, 'settings.json'),
    recentFile: path.join(host.dataDir, 'recent.json'),
    peaksCacheDir: peaksCacheDirOf(host),
  }
}
