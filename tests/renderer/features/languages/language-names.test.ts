import { readFileSync } from 'node:fs'
import path from 'node:path'
import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { COMMON_LANGUAGES, directionOf, languageLabel } from '../../../../renderer/features/languages/language-names'
import { isLanguageTag } from '../../../../shared/model/translation'

const locale = (lang: string) =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../../../../assets/locales/${lang}/translation.json`), 'utf8'),
  ) as Record<string, unknown>

beforeAll(async () => {
  await i18next.init({
    resources: { en: { translation: locale('en') }, cy: { translation: locale('cy') } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  })
})

describe('language names in the Languages panel', () => {
  it('names the common languages in the interface language, with their tag', async () => {
    await i18next.changeLanguage('en')
    expect(languageLabel(i18next.t, 'cy')).toBe('Welsh (cy)')
    expect(languageLabel(i18next.t, 'en-GB')).toBe('British English (en-GB)')
    await i18next.changeLanguage('cy')
    expect(languageLabel(i18next.t, 'cy')).toBe('Cymraeg (cy)')
    expect(languageLabel(i18next.t, 'gd')).toBe('Gaeleg yr Alban (gd)')
  })

  it('a region or script of a common language takes its name; an unknown tag stays a tag', async () => {
    await i18next.changeLanguage('en')
    expect(languageLabel(i18next.t, 'pa-Arab')).toBe('Punjabi (pa-Arab)')
    expect(languageLabel(i18next.t, 'qaa')).toBe('qaa (qaa)')
  })

  it('every common choice is a well-formed tag, and right-to-left scripts are known', () => {
    expect(COMMON_LANGUAGES.filter((tag) => !isLanguageTag(tag))).toEqual([])
    expect(['ar', 'ur', 'ur-PK'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl'])
    expect(['cy', 'pa', 'pl'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr'])
  })
})
