/** Settings: mount `AppProviders` (or `SettingsProvider`) once; `useSettings()` reads and updates. */
export { AppProviders, type AppProvidersProps } from './app-providers'
export { SettingsProvider, useSettings, type SettingsHandle, type SettingsProviderProps } from './settings-context'
export { SettingsDialog } from './settings-dialog'
export * from './settings-model'
