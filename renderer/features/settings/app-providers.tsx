/**
 * Everything the app needs above both screens: settings (applied to the page) and the live-region
 * announcer. Without `initial`/`onSave` it keeps settings in localStorage (browser mode until the
 * bridge stores them); the app shell passes the launch info's settings and the bridge's save instead.
 */

import { useCallback, useState, type ReactNode } from 'react'
import { AnnouncerProvider } from '../announcer/announcer'
import { SettingsProvider } from './settings-context'
import { readStoredSettings, writeStoredSettings, type Settings } from './settings-model'

/** Props: all optional; see the file comment. */
export type AppProvidersProps = Readonly<{
  initial?: Settings
  onSave?: (settings: Settings) => void
  systemLanguages?: readonly string[]
  children: ReactNode
}>

/** Settings and announcer providers for the whole app. */
export function AppProviders({ initial, onSave, systemLanguages, children }: AppProvidersProps) {
  const [stored] = useState(() => initial ?? readStoredSettings(window.localStorage))
  const fallbackSave = useCallback((settings: Settings) => void writeStoredSettings(window.localStorage, settings), [])
  return (
    <SettingsProvider initial={stored} onSave={onSave ?? fallbackSave} systemLanguages={systemLanguages}>
      <AnnouncerProvider>{children}</AnnouncerProvider>
    </SettingsProvider>
  )
}
