/**
 * The editor's settings (`Settings` from the IPC contract, so main stores exactly what we edit),
 * their defaults, and browser mode's fallback store in localStorage until settings go through the bridge.
 */

import type { Settings } from '../../../shared/ipc/contract'
import { checkArgs } from '../../../shared/ipc/schemas'
import { DEFAULT_AUTO_PAUSE, type AutoPauseSettings } from '../../state/playback-settings'
import { DEFAULT_LEAD_IN_MS } from '../../state/editor-state'

export type { Settings }

/** The theme choices; `system` follows the operating system's light or dark mode. */
export const THEMES = ['system', 'light', 'dark'] as const

/** A theme choice. */
export type ThemeChoice = (typeof THEMES)[number]

/** Caption preview sizes offered, in percent of the default size. */
export const CAPTION_SIZES: readonly number[] = [75, 100, 125, 150, 200, 250]

/** How far back playback resumes after auto-pause, offered in ms. */
export const RESUME_BACK_CHOICES: readonly number[] = [0, 1000, 2000, 3000, 5000]

/** How far before a chosen caption the video is put, offered in ms. */
export const CUE_LEAD_IN_CHOICES: readonly number[] = [0, 300, 500, 1000, 2000]

/** Where browser mode keeps settings when no bridge stores them. */
export const SETTINGS_STORAGE_KEY = 'eglur:settings:v1'

/** The theme in force. */
export const themeOf = (s: Settings): ThemeChoice => s.theme ?? 'system'

/** The caption preview size in force, in percent. */
export const captionSizeOf = (s: Settings): number => s.captionSizePercent ?? 100

/** How far before a chosen caption's start the video is put, in ms. */
export const cueLeadInOf = (s: Settings): number => s.cueLeadInMs ?? DEFAULT_LEAD_IN_MS

/** Auto-pause as the transport uses it (the contract names the two times by what the editor sees). */
export function autoPauseOf(s: Settings): AutoPauseSettings {
  return s.autoPause
    ? { enabled: s.autoPause.enabled, resumeAfterMs: s.autoPause.idleMs, rewindMs: s.autoPause.resumeBackMs }
    : DEFAULT_AUTO_PAUSE
}

/** The contract's form of auto-pause settings. */
export function toContractAutoPause(a: AutoPauseSettings): NonNullable<Settings['autoPause']> {
  return { enabled: a.enabled, idleMs: a.resumeAfterMs, resumeBackMs: a.rewindMs }
}

/** Settings read from untrusted text (localStorage); anything malformed falls back to the defaults. */
export function parseSettings(text: string | null): Settings {
  if (!text) return {}
  try {
    const checked = checkArgs('saveSettings', { settings: JSON.parse(text) as unknown })
    return checked.ok ? checked.args.settings : {}
  } catch {
    return {}
  }
}

/** Browser mode's stored settings. */
export function readStoredSettings(storage: Pick<Storage, 'getItem'>): Settings {
  try {
    return parseSettings(storage.getItem(SETTINGS_STORAGE_KEY))
  } catch {
    return {}
  }
}

/** Stores settings for browser mode; false when storage is full or refused (they still apply this session). */
export function writeStoredSettings(storage: Pick<Storage, 'setItem'>, settings: Settings): boolean {
  try {
    storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings))
    return true
  } catch {
    return false
  }
}
