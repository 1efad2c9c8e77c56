/**
 * The right-click menu. Electron shows none by default, so spelling suggestions would be invisible
 * without it: suggestions replace the word, "Add to dictionary" teaches the checker,
 * and text fields get cut/copy/paste.
 */

import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'
import type { MenuStrings } from './menu-strings'

/** The parts of Electron's `context-menu` params the menu reads. */
export type ContextParams = Pick<
  ContextMenuParams,
  'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText'
> &
  Readonly<{ editFlags: Pick<ContextMenuParams['editFlags'], 'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'> }>

/** What the spelling items do (webContents.replaceMisspelling / session.addWordToSpellCheckerDictionary). */
export type SpellActions = Readonly<{ replace: (word: string) => void; addToDictionary: (word: string) => void }>

const MAX_SUGGESTIONS = 6

/** The menu for one right-click; empty when there is nothing to offer (then show none). */
export function buildContextMenuTemplate(
  params: ContextParams,
  strings: MenuStrings,
  actions: SpellActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  const word = params.misspelledWord
  if (word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS)
    if (suggestions.length === 0) items.push({ label: strings.noSuggestions, enabled: false })
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replace(suggestion) })
    items.push(
      { type: 'separator' },
      { label: strings.addToDictionary, click: () => actions.addToDictionary(word) },
      { type: 'separator' },
    )
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: strings.cut, enabled: params.editFlags.canCut },
      { role: 'copy', label: strings.copy, enabled: params.editFlags.canCopy },
      { role: 'paste', label: strings.paste, enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: strings.selectAll, enabled: params.editFlags.canSelectAll },
    )
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: strings.copy, enabled: params.editFlags.canCopy })
  }
  while (items.at(-1)?.type === 'separator') items.pop()
  return items
}

/**
 * Spell-checker languages for the UI language, among those Chromium has, or undefined on macOS,
 * where the system checker decides and `setSpellCheckerLanguages` must not be called.
 */
export function spellCheckerLanguages(
  platform: NodeJS.Platform,
  uiLanguage: string,
  available: readonly string[],
): string[] | undefined {
  if (platform === 'darwin') return undefined
  const wanted = uiLanguage.toLowerCase().startsWith('cy') ? ['cy', 'en-GB'] : ['en-GB', 'en-US']
  const chosen = wanted.filter((lang) => available.includes(lang))
  return chosen.length > 0 ? chosen : available.filter((lang) => lang.startsWith('en')).slice(0, 1)
}
