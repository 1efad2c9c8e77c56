// The first-run welcome names the three jobs and offers the sample, the user's own video and Close, in English and Welsh.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { WelcomeDialog } from '../../../../renderer/features/welcome/welcome-dialog'

const root = path.resolve(import.meta.dirname, '../../../..')
const locale = (lang: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(root, `assets/locales/${lang}/translation.json`), 'utf8')) as Record<
    string,
    unknown
  >

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: locale('en') }, cy: { translation: locale('cy') } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  })
})

const render = (withSample = true): string =>
  renderToStaticMarkup(
    createElement(WelcomeDialog, {
      ...(withSample ? { onOpenSample: () => {} } : {}),
      onOpenOwn: () => {},
      onClose: () => {},
    }),
  )
const buttons = (html: string): string[] => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]!)

describe('the welcome dialog', () => {
  it('is a dialog labelled by its heading, explaining the three jobs', () => {
    const html = render()
    expect(html).toMatch(/<dialog[^>]*aria-labelledby="([^"]+)"[\s\S]*<h2 id="\1">Welcome to Eglur<\/h2>/)
    expect(html.match(/<li>/g)).toHaveLength(3)
    for (const job of ['Correct automated captions.', 'Write a transcript.', 'Export caption files.'])
      expect(html).toContain(job)
  })

  it('offers the sample project first, the user’s own video, and Close', () => {
    expect(buttons(render())).toEqual(['Close', 'Open the sample project', 'Open my own video'])
  })

  it('does not offer the sample when there is none to open', () => {
    const html = render(false)
    expect(buttons(html)).toEqual(['Close', 'Open my own video'])
    expect(html).not.toContain('Try the sample project')
  })

  it('is in Welsh when the language is Welsh, with no untranslated keys', async () => {
    await i18next.changeLanguage('cy')
    const html = render()
    await i18next.changeLanguage('en')
    expect(buttons(html)).toContain('Agor y prosiect enghreifftiol')
    expect(html).toContain('Croeso i Eglur')
    expect(html).not.toMatch(/welcome\.[a-z]/)
  })
})
