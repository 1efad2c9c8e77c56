/**
 * Settings for the whole app: `useSettings()` reads them and `update(patch)` changes them. The
 * provider applies what shows on the page (theme, language, caption size) and hands every change to
 * `onSave`, which stores it (through the bridge once wired; localStorage in browser mode meanwhile).
 */

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { applyLanguage, pickLanguage, type UiLanguage } from '../../i18n/index'
import { captionSizeOf, themeOf, type Settings } from './settings-model'

/** What `useSettings()` gives. */
export type SettingsHandle = Readonly<{
  settings: Settings
  /** Merges `patch` over the settings (a key set to undefined goes back to its default) and saves. */
  update: (patch: Partial<Settings>) => void
  /** The UI language in force (the chosen one, else the system's). */
  language: UiLanguage
  /** The language the system asks for (what "follow the system" gives). */
  systemLanguage: UiLanguage
}>

/** Props: the stored settings, how to save them, and the system's languages (for "follow the system"). */
export type SettingsProviderProps = Readonly<{
  initial: Settings
  onSave: (settings: Settings) => void
  systemLanguages?: readonly string[]
  children: ReactNode
}>

const SettingsContext = createContext<SettingsHandle | undefined>(undefined)

/** Holds settings and applies them to the document. */
export function SettingsProvider({ initial, onSave, systemLanguages, children }: SettingsProviderProps) {
  const [settings, setSettings] = useState(initial)
  // The latest settings, so two quick updates merge instead of the second losing the first.
  const latest = useRef(initial)
  const system = systemLanguages ?? (typeof navigator === 'undefined' ? [] : navigator.languages)
  const language = pickLanguage(settings.language, system)
  const systemLanguage = pickLanguage(undefined, system)
  const update = useCallback(
    (patch: Partial<Settings>) => {
      const next = Object.fromEntries(
        Object.entries({ ...latest.current, ...patch }).filter(([, v]) => v !== undefined),
      ) as Settings
      latest.current = next
      setSettings(next)
      onSave(next)
    },
    [onSave],
  )
  const theme = themeOf(settings)
  const captionSize = captionSizeOf(settings)
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
  }, [theme])
  useEffect(() => {
    document.documentElement.style.setProperty('--caption-scale', String(captionSize / 100))
  }, [captionSize])
  useEffect(() => {
    void applyLanguage(language)
  }, [language])
  const value = useMemo(
    () => ({ settings, update, language, systemLanguage }),
    [settings, update, language, systemLanguage],
  )
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

/** The settings; throws outside SettingsProvider (a programming error). */
export function useSettings(): SettingsHandle {
  const handle = useContext(SettingsContext)
  if (!handle) throw new Error('useSettings must be used inside SettingsProvider')
  return handle
}
