// The help page renders every topic in English and Welsh, with the shortcuts table built from the keymap passed in;
// the user guide's shortcuts table and pictures are checked against the keymap and docs/images.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { HELP_SECTIONS, HelpPage, helpKeys } from '../../../../renderer/features/help/help-page'
import { DEFAULT_KEYMAP, describeBinding, type CommandSpec } from '../../../../renderer/features/shortcuts/keymap'

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

const render = (keymap: readonly CommandSpec[], mac = false): string =>
  renderToStaticMarkup(createElement(HelpPage, { keymap, onClose: () => {}, mac }))

describe('the help page', () => {
  it('has every key it reads in English and in Welsh', () => {
    for (const lang of ['en', 'cy']) {
      const missing = helpKeys().filter((key) => !i18next.exists(key, { lng: lang }))
      expect(missing, lang).toEqual([])
    }
  })

  it('shows one section per topic under a heading, and the shortcuts, in a dialog labelled by its heading', () => {
    const html = render(DEFAULT_KEYMAP)
    expect(html.match(/<section/g)).toHaveLength(HELP_SECTIONS.length + 1)
    expect(html).toContain('<h3 id="help-recover">Recovering your work</h3>')
    expect(html).toMatch(/<dialog[^>]*aria-labelledby="([^"]+)"[\s\S]*<h2 id="\1">Help<\/h2>/)
    expect(html).not.toMatch(/>help\.[a-zA-Z.]+</)
  })

  it('lists each command with its keys from the keymap it is given', () => {
    const html = render(DEFAULT_KEYMAP)
    for (const spec of DEFAULT_KEYMAP)
      expect(html).toContain(`<th scope="row">${i18next.t(`commands.${spec.id}`)}</th>`)
    expect(html).toContain('<kbd>Ctrl+Enter</kbd>')
    const remapped = DEFAULT_KEYMAP.map((spec) =>
      spec.id === 'split' ? { ...spec, bindings: [{ key: 'k', ctrl: true, alt: true }] } : spec,
    )
    const after = render(remapped)
    expect(after).toContain('<kbd>Ctrl+Alt+K</kbd>')
    expect(after).not.toContain('<kbd>Ctrl+Enter</kbd>')
    expect(render(DEFAULT_KEYMAP, true)).toContain('<kbd>⌘+Enter</kbd>')
  })

  it('is in Welsh when the language is Welsh', async () => {
    await i18next.changeLanguage('cy')
    const html = render(DEFAULT_KEYMAP)
    await i18next.changeLanguage('en')
    expect(html).toContain('Adfer eich gwaith')
    expect(html).toContain('Llwybrau byr bysellfwrdd')
  })
})

describe('the user guide', () => {
  const guide = readFileSync(path.join(root, 'docs/user-guide.md'), 'utf8')

  it('lists every default shortcut with its keys, as the keymap has them', () => {
    const missing = DEFAULT_KEYMAP.filter((spec) => {
      const keys = spec.bindings
        .map((b) => `\`${describeBinding(b)}\`${b.notWhileTyping ? ' (not while typing)' : ''}`)
        .join(' or ')
      return !guide.includes(`| ${i18next.t(`commands.${spec.id}`, { lng: 'en' })} | ${keys} |`)
    })
    expect(missing.map((spec) => spec.id)).toEqual([])
  })

  it('shows only pictures that exist, each with a description', () => {
    const images = [...guide.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)]
    expect(images.length).toBeGreaterThanOrEqual(10)
    for (const [, alt, src] of images) {
      expect(alt!.length, src).toBeGreaterThan(10)
      expect(existsSync(path.join(root, 'docs', src!)), src).toBe(true)
    }
  })
})
