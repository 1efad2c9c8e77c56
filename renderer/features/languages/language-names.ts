/** Language names for the Languages panel: the common choices, and a readable name for any BCP 47 tag. */

import type { TFunction } from 'i18next'
import { sameLanguage } from '../../../shared/model/translation'
import { isRightToLeft } from '../../../shared/transcript/language-names'

/** The tags offered first (the languages community groups in Wales and the UK most often publish in). */
export const COMMON_LANGUAGES = [
  'cy',
  'en',
  'en-GB',
  'ga',
  'gd',
  'kw',
  'pl',
  'ur',
  'pa',
  'bn',
  'ar',
  'so',
  'ro',
  'uk',
  'fr',
  'es',
] as const

/** `rtl` for tags of right-to-left languages (text fields then put the cursor and punctuation right), otherwise `ltr`. */
export function directionOf(tag: string): 'rtl' | 'ltr' {
  return isRightToLeft(tag) ? 'rtl' : 'ltr'
}

/** The name of `tag` in the interface language: ours for the common ones, the browser's for others, else the tag. */
export function languageName(t: TFunction, tag: string): string {
  const common = COMMON_LANGUAGES.find((c) => sameLanguage(c, tag))
  if (common) return t(`languages.names.${common}`)
  const base = COMMON_LANGUAGES.find((c) => sameLanguage(c, tag.split('-')[0]!))
  if (base) return t(`languages.names.${base}`)
  try {
    const name = new Intl.DisplayNames([t('languages.locale')], { type: 'language' }).of(tag)
    if (name && name !== tag) return name
  } catch {
    // Not a tag the browser knows: the tag itself is the best name.
  }
  return tag
}

/** "Welsh (cy)": the name with its tag, as the panel and the caption editor label a language. */
export function languageLabel(t: TFunction, tag: string): string {
  return t('languages.label', { name: languageName(t, tag), tag })
}
