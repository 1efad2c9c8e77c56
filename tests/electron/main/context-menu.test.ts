import { describe, expect, it } from 'vitest'
import { buildContextMenuTemplate, spellCheckerLanguages } from '../../../electron/main/context-menu'
import type { ContextParams } from '../../../electron/main/context-menu'
import { MENU_STRINGS } from '../../../electron/main/menu-strings'

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
const params = (over: Partial<ContextParams>): ContextParams => ({
  misspelledWord: '',
  dictionarySuggestions: [],
  isEditable: false,
  selectionText: '',
  editFlags: flags,
  ...over,
})

function build(p: ContextParams) {
  const replaced: string[] = []
  const added: string[] = []
  const template = buildContextMenuTemplate(p, MENU_STRINGS.en, {
    replace: (w) => replaced.push(w),
    addToDictionary: (w) => added.push(w),
  })
  return { template, replaced, added }
}

describe('buildContextMenuTemplate', () => {
  it('offers suggestions that replace the misspelling, and adding the word', () => {
    const { template, replaced, added } = build(
      params({ misspelledWord: 'captoin', dictionarySuggestions: ['caption', 'captain'], isEditable: true }),
    )
    expect(template.slice(0, 2).map((i) => i.label)).toEqual(['caption', 'captain'])
    ;(template[1]?.click as () => void)()
    ;(template.find((i) => i.label === 'Add to dictionary')?.click as () => void)()
    expect(replaced).toEqual(['captain'])
    expect(added).toEqual(['captoin'])
    expect(template.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll'])
  })
  it('says when there are no suggestions, disabled', () => {
    const { template } = build(params({ misspelledWord: 'Eglur', isEditable: true }))
    expect(template[0]).toMatchObject({ label: 'No suggestions', enabled: false })
  })
  it('caps the suggestions', () => {
    const { template } = build(
      params({ misspelledWord: 'x', dictionarySuggestions: Array.from({ length: 20 }, (_, i) => `s${i}`) }),
    )
    expect(template.filter((i) => i.label?.startsWith('s')).length).toBeLessThanOrEqual(6)
  })
  it('follows the edit flags in text fields', () => {
    const { template } = build(params({ isEditable: true, editFlags: { ...flags, canCut: false, canPaste: false } }))
    expect(template.find((i) => i.role === 'cut')?.enabled).toBe(false)
    expect(template.find((i) => i.role === 'paste')?.enabled).toBe(false)
    expect(template.find((i) => i.role === 'copy')?.enabled).toBe(true)
  })
  it('offers only Copy for selected page text, and nothing for a plain click', () => {
    expect(build(params({ selectionText: 'Hello' })).template.map((i) => i.role)).toEqual(['copy'])
    expect(build(params({})).template).toEqual([])
  })
  it('never starts or ends with a separator', () => {
    for (const p of [
      params({ misspelledWord: 'x' }),
      params({ isEditable: true }),
      params({ misspelledWord: 'x', dictionarySuggestions: ['y'], isEditable: true }),
    ]) {
      const { template } = build(p)
      expect(template[0]?.type).not.toBe('separator')
      expect(template.at(-1)?.type).not.toBe('separator')
    }
  })
})

describe('spellCheckerLanguages', () => {
  it('is left to the system on macOS', () => {
    expect(spellCheckerLanguages('darwin', 'cy', ['cy', 'en-GB'])).toBeUndefined()
  })
  it('picks Welsh and British English for a Welsh UI, where available', () => {
    expect(spellCheckerLanguages('linux', 'cy', ['en-US', 'en-GB', 'cy'])).toEqual(['cy', 'en-GB'])
    expect(spellCheckerLanguages('win32', 'cy', ['en-US'])).toEqual(['en-US'])
    expect(spellCheckerLanguages('win32', 'en', ['en-US', 'fr'])).toEqual(['en-US'])
    expect(spellCheckerLanguages('linux', 'en', ['fr'])).toEqual([])
  })
})
