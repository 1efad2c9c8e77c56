/**
 * How the bridge reaches components: the app chooses it once (renderer/app/app.tsx) and provides it
 * here; features read it with `useBridge()`, so a test can render them with a fake main side.
 * ESLint keeps `getBridge` itself out of every folder but app/ and platform/.
 */

import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { CaptionBridge } from '../../shared/ipc/contract'

/** The main side as the page sees it: the bridge, and whether it is the desktop app's (native dialogs, file paths). */
export type PlatformBridge = Readonly<{ bridge: CaptionBridge; desktop: boolean }>

const BridgeContext = createContext<PlatformBridge | undefined>(undefined)

/** Provides the bridge to the components below: the app's real one, or a test's fake. */
export function BridgeProvider({ bridge, desktop, children }: PlatformBridge & { children: ReactNode }) {
  // One value per bridge, so effects that depend on it do not re-run on every render of the app.
  const value = useMemo(() => ({ bridge, desktop }), [bridge, desktop])
  return <BridgeContext.Provider value={value}>{children}</BridgeContext.Provider>
}

/** The bridge and the kind of app; throws outside BridgeProvider (a programming error). */
export function usePlatformBridge(): PlatformBridge {
  const value = useContext(BridgeContext)
  if (!value) throw new Error('usePlatformBridge must be used inside BridgeProvider')
  return value
}

/** The bridge to the main side. */
export const useBridge = (): CaptionBridge => usePlatformBridge().bridge

/** True in the desktop app (native dialogs, file paths for dropped files). */
export const useIsDesktop = (): boolean => usePlatformBridge().desktop
