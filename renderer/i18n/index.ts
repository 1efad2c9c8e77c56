/** i18next set-up for the renderer: English (en-GB) and Welsh (cy), following the system language by default. */

import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from '../../assets/locales/en/translation.json'
import cy from '../../assets/locales/cy/translation.json'

/** Languages the UI is translated into, with their own names (shown in the language menu untranslated). */
export const UI_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'cy', name: 'Cymraeg' },
] as const

/** A UI language code. */
export type UiLanguage = (typeof UI_LANGUAGES)[number]['code']

/** Picks the UI language from a saved choice or the system's preferred languages (Welsh when asked, else English). */
export function pickLanguage(saved: string | undefined, preferred: readonly string[]): UiLanguage {
  const candidates = saved ? [saved, ...preferred] : preferred
  for (const tag of candidates) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'cy' || base === 'en') return base
  }
  return 'en'
}

/** Initialises i18next once and returns the instance (also sets `<html lang>`). */
export async function initI18n(language: UiLanguage): Promise<i18n> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources: { en: { translation: en }, cy: { translation: cy } },
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes already.
      returnNull: false,
    })
  } else {
    await i18next.changeLanguage(language)
  }
  document.documentElement.lang = htmlLang(language)
  return i18next
}

/** The `<html lang>` value for a UI language (English is British English). */
export const htmlLang = (language: UiLanguage): string => (language === 'cy' ? 'cy' : 'en-GB')

/** Switches the UI language and `<html lang>` together (screen readers pick their voice from it). */
export async function applyLanguage(language: UiLanguage): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language)
  document.documentElement.lang = htmlLang(language)
}

/**
 * A date and time written the way the UI language writes them (Intl, not the system locale). Builds
 * without Welsh locale data would fall back to the system's (often US) style, so Welsh falls back to
 * British English, which writes dates the same way round.
 */
export function formatDateTime(ms: number, language: string): string {
  // Made once per language: building a formatter loads locale data, far dearer than formatting.
  let format = dateTimeFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'cy' ? ['cy', 'en-GB'] : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    })
    dateTimeFormats.set(language, format)
  }
  return format.format(ms)
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
