/**
 * The only way the renderer reaches the main side: the preload's `window.captionApi` in the desktop
 * app (Electron IPC), or the loopback server's HTTP API in browser mode. Components never call it
 * directly; app-level effects do.
 */

import type { CaptionBridge } from '../../shared/ipc/contract'
import { createHttpBridge } from './http-bridge'

declare global {
  interface Window {
    /** Exposed by electron/preload in the desktop app; absent in browser mode. */
    readonly captionApi?: CaptionBridge
  }
}

let bridge: CaptionBridge | undefined

/** The bridge for this page (made once). */
export function getBridge(): CaptionBridge {
  bridge ??= window.captionApi ?? createHttpBridge()
  return bridge
}

/** True in the desktop app (native dialogs, file paths for dropped files). */
export const isDesktop = (): boolean => window.captionApi !== undefined
