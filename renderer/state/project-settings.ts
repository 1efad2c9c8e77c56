/**
 * The project's settings that travel with the captions — the glossary and the style profile — and
 * the pure changes the editor makes to them. They live in the undo history beside the document, so
 * Ctrl+Z takes back a glossary entry or a profile change like any caption edit.
 */

import type { GlossaryEntry } from '../../shared/quality/glossary'
import { ACCESSIBLE_DEFAULT_PROFILE, type StyleProfile } from '../../shared/model/style-profile'
import { builtInProfile } from '../../shared/quality/profiles'
import type { EditorAction } from './actions'

/** The glossary and the style profile's id, as the project file stores them. */
export type ProjectSettings = Readonly<{
  glossary: readonly GlossaryEntry[]
  /** A built-in profile's id; absent: the accessible default (the project file may not name one). */
  profileId?: string
}>

/** The settings of work that has none yet: an empty glossary and the default profile. */
export const NO_SETTINGS: ProjectSettings = { glossary: [] }

/** A settings change: the new settings, its undo label and coalescing key. */
export type SettingsChange = Readonly<{ settings: ProjectSettings; label: string; coalesceKey?: string }>

/** True when the glossary already has an entry for `from` (any case), so fixing it again adds nothing. */
export const hasGlossaryEntry = (glossary: readonly GlossaryEntry[], from: string): boolean => glossary.some((g) => g.from.toLowerCase() === from.toLowerCase())

/** The glossary with `entry` added at the end (unchanged when an entry for the same words is there). */
export function withGlossaryEntry(glossary: readonly GlossaryEntry[], entry: GlossaryEntry): readonly GlossaryEntry[] {
  return hasGlossaryEntry(glossary, entry.from) ? glossary : [...glossary, entry]
}

/** The change a settings action makes; undefined for other actions and for changes that change nothing. */
export function settingsChange(settings: ProjectSettings, action: EditorAction): SettingsChange | undefined {
  const glossary = settings.glossary
  switch (action.type) {
    case 'glossaryEntryAdded': {
      const entry = trimmed(action.entry)
      if (!entry.from || !entry.to) return undefined
      return { settings: { ...settings, glossary: [...glossary, entry] }, label: 'glossary-add' }
    }
    case 'glossaryEntryRemoved':
      if (action.index < 0 || action.index >= glossary.length) return undefined
      return { settings: { ...settings, glossary: glossary.filter((_, i) => i !== action.index) }, label: 'glossary-remove' }
    case 'glossaryEntryEdited': {
      const was = glossary[action.index]
      const entry = trimmed(action.entry)
      if (!was || !entry.from || (was.from === entry.from && was.to === entry.to && was.caseSensitive === entry.caseSensitive)) return undefined
      // Typing into one entry is one undo step while it continues, as in a caption.
      return { settings: { ...settings, glossary: glossary.map((g, i) => (i === action.index ? entry : g)) }, label: 'glossary-edit', coalesceKey: `glossary:${action.index}` }
    }
    case 'profileChosen':
      if (action.profileId === (settings.profileId ?? ACCESSIBLE_DEFAULT_PROFILE.id) || !builtInProfile(action.profileId)) return undefined
      return { settings: { ...settings, profileId: action.profileId }, label: 'profile' }
    default:
      return undefined
  }
}

/** The style profile the settings name: a built-in one, else the accessible default (also for an unknown id). */
export function profileOf(settings: ProjectSettings): StyleProfile {
  return (settings.profileId ? builtInProfile(settings.profileId) : undefined) ?? ACCESSIBLE_DEFAULT_PROFILE
}

function trimmed(entry: GlossaryEntry): GlossaryEntry {
  return { ...entry, from: entry.from.trim(), to: entry.to.trim() }
}
