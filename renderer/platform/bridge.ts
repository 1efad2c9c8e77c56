/**
 * The only way the renderer reaches the main side: the preload's `window.captionApi` in the desktop
 * app (Electron IPC), or the loopback server's HTTP API in browser mode. Only the app shell
 * (renderer/app and its effects) calls `getBridge`; the app provides
 * the bridge to components through BridgeProvider (bridge-context.tsx), and code below the app that
 * needs it takes it as a parameter. ESLint refuses this module anywhere else.
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
