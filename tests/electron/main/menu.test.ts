import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '../../../shared/ipc/contract'
import { buildMenuTemplate, listAccelerators } from '../../../electron/main/menu'
import { MENU_STRINGS, menuLanguage, menuStringsFor } from '../../../electron/main/menu-strings'

const PLATFORMS = ['linux', 'win32', 'darwin'] as const

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

function build(platform: NodeJS.Platform, isPackaged = true, language: 'en' | 'cy' = 'en') {
  const sent: MenuCommand[] = []
  const template = buildMenuTemplate(MENU_STRINGS[language], platform, (c) => sent.push(c), { isPackaged })
  return { template, items: flatten(template), sent }
}

describe('buildMenuTemplate', () => {
  for (const platform of PLATFORMS) {
    it(`${platform}: keeps the clipboard roles so Cut/Copy/Paste/Select all work in text fields`, () => {
      const roles = build(platform).items.map((i) => i.role)
      for (const role of ['cut', 'copy', 'paste', 'selectAll']) expect(roles).toContain(role)
    })
    it(`${platform}: every accelerator has a modifier (menu keys fire while typing)`, () => {
      const accelerators = listAccelerators(build(platform, false).template)
      expect(accelerators.length).toBeGreaterThan(5)
      for (const { label, accelerator } of accelerators) {
        expect(accelerator, label).toMatch(
          /^(CmdOrCtrl|CommandOrControl|Cmd|Command|Ctrl|Control|Alt|Option|Super|Meta)\+/,
        )
      }
    })
    it(`${platform}: no two items share an accelerator`, () => {
      const accelerators = listAccelerators(build(platform, false).template).map((a) => a.accelerator)
      expect(new Set(accelerators).size).toBe(accelerators.length)
    })
  }
  it('routes undo, redo and the file commands to the renderer', () => {
    const { items, sent } = build('linux')
    const byLabel = (label: string) => items.find((i) => i.label === label)
    for (const label of [
      'Undo',
      'Redo',
      'Open…',
      'Save',
      'Save as…',
      'Export WebVTT captions…',
      'Export SRT captions…',
      'Export transcript…',
      'Keyboard shortcuts',
      'Eglur help',
      'Find and replace…',
    ]) {
      const item = byLabel(label)
      expect(item?.role, label).toBeUndefined()
      ;(item?.click as () => void)()
    }
    expect(sent).toEqual([
      'undo',
      'redo',
      'open',
      'save',
      'save-as',
      'export-vtt',
      'export-srt',
      'export-transcript',
      'shortcuts',
      'help',
      'find',
    ])
  })
  it('offers developer tools only when not packaged', () => {
    expect(build('linux', true).items.some((i) => i.role === 'toggleDevTools')).toBe(false)
    expect(build('linux', false).items.some((i) => i.role === 'toggleDevTools')).toBe(true)
  })
  it('has the macOS app and window menus only on macOS, and no mnemonic ampersands there', () => {
    const mac = build('darwin')
    expect(mac.template[0]?.submenu).toEqual(expect.arrayContaining([{ role: 'quit' }]))
    expect(mac.template.some((i) => i.role === 'windowMenu')).toBe(true)
    expect(mac.items.every((i) => !i.label?.includes('&'))).toBe(true)
    const linux = build('linux')
    expect(linux.template.some((i) => i.role === 'windowMenu')).toBe(false)
    expect(linux.template[0]?.label).toBe('&File')
  })
  it('shows Welsh labels in Welsh', () => {
    const labels = build('linux', true, 'cy').items.map((i) => i.label)
    expect(labels).toEqual(expect.arrayContaining(['&Ffeil', 'Agor…', 'Cadw', 'Dadwneud', 'Gludo']))
    expect(labels).not.toContain('Open…')
  })
})

describe('File → Open recent', () => {
  it('lists recent projects and opens the one chosen', () => {
    const opened: string[] = []
    const recent = [
      { path: '/w/Cyfarfod & sgwrs.eglur', title: 'Cyfarfod & sgwrs' },
      { path: '/w/talk.eglur', title: 'talk' },
    ]
    const template = buildMenuTemplate(MENU_STRINGS.en, 'linux', () => undefined, {
      isPackaged: true,
      recent,
      openRecent: (p) => opened.push(p),
    })
    const item = flatten(template).find((i) => i.label === MENU_STRINGS.en.openRecent)!
    const entries = item.submenu as MenuItemConstructorOptions[]
    // A literal ampersand is doubled so it is not taken as a mnemonic.
    expect(entries.map((e) => e.label)).toEqual(['Cyfarfod && sgwrs', 'talk'])
    ;(entries[1]!.click as () => void)()
    expect(opened).toEqual(['/w/talk.eglur'])
  })

  it('says so when there are none', () => {
    const item = flatten(buildMenuTemplate(MENU_STRINGS.cy, 'win32', () => undefined, { isPackaged: true })).find(
      (i) => i.label === MENU_STRINGS.cy.openRecent,
    )!
    expect(item.submenu).toEqual([{ label: MENU_STRINGS.cy.noRecent, enabled: false }])
  })
})

describe('menu strings', () => {
  it('has every string, non-empty, in both languages', () => {
    const keys = Object.keys(MENU_STRINGS.en).sort()
    expect(Object.keys(MENU_STRINGS.cy).sort()).toEqual(keys)
    for (const lang of ['en', 'cy'] as const)
      for (const key of keys)
        expect(MENU_STRINGS[lang][key as keyof typeof MENU_STRINGS.en].trim(), `${lang}.${key}`).not.toBe('')
    const differing = keys.filter(
      (k) => MENU_STRINGS.en[k as keyof typeof MENU_STRINGS.en] !== MENU_STRINGS.cy[k as keyof typeof MENU_STRINGS.cy],
    )
    expect(differing.length).toBe(keys.length)
  })
  it.each([
    [undefined, 'cy-GB', 'cy'],
    [undefined, 'en-US', 'en'],
    ['cy', 'en-GB', 'cy'],
    ['en', 'cy', 'en'],
    [undefined, 'fr-FR', 'en'],
    ['fr', 'cy_GB', 'cy'],
  ])('settings %s + locale %s → %s', (settings, locale, want) => {
    expect(menuLanguage(settings, locale)).toBe(want)
    expect(menuStringsFor(settings, locale)).toBe(MENU_STRINGS[want as 'en' | 'cy'])
  })
})
