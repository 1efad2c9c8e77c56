/** The editor's glossary and profile actions as pure changes to the project settings (and, for "fix everywhere", the document). */

import type { CaptionDocument } from '../../shared/model/document'
import type { GlossaryEntry } from '../../shared/quality/glossary'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../../shared/model/style-profile'
import { builtInProfile } from '../../shared/quality/profiles'
import type { EditorAction } from './actions'
import { withGlossaryEntry, type ProjectSettings } from './project-settings'
import { keepTracks } from './translation-change'

/** A settings change: the new settings and its undo label. */
export type SettingsChange = Readonly<{ settings: ProjectSettings; label: string }>

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
      return {
        settings: { ...settings, glossary: glossary.filter((_, i) => i !== action.index) },
        label: 'glossary-remove',
      }
    case 'glossaryEntryEdited': {
      const was = glossary[action.index]
      const entry = trimmed(action.entry)
      if (
        !was ||
        !entry.from ||
        !entry.to ||
        (was.from === entry.from && was.to === entry.to && was.caseSensitive === entry.caseSensitive)
      )
        return undefined
      return {
        settings: { ...settings, glossary: glossary.map((g, i) => (i === action.index ? entry : g)) },
        label: 'glossary-edit',
      }
    }
    case 'profileChosen':
      if (
        action.profileId === (settings.profileId ?? ACCESSIBLE_DEFAULT_PROFILE.id) ||
        !builtInProfile(action.profileId)
      )
        return undefined
      return { settings: { ...settings, profileId: action.profileId }, label: 'profile' }
    default:
      return undefined
  }
}

/**
 * A settings action as an undo step: the document (changed only by "fix everywhere", whose
 * correction also joins the glossary in the same step) and the new settings.
 */
export function settingsEdit(
  present: Readonly<{ present: CaptionDocument; settings: ProjectSettings }>,
  action: EditorAction,
): (SettingsChange & { doc: CaptionDocument }) | undefined {
  const { present: doc, settings } = present
  if (action.type === 'correctionApplied') {
    const glossary = withGlossaryEntry(settings.glossary, action.entry)
    const next = keepTracks(doc, action.doc)
    // The other places may have gone by the time it is applied: then only the glossary changes.
    return {
      doc: next,
      settings: glossary === settings.glossary ? settings : { ...settings, glossary },
      label: next === doc ? 'glossary-add' : 'replace-all',
    }
  }
  const change = settingsChange(settings, action)
  return change && { ...change, doc }
}

function trimmed(entry: GlossaryEntry): GlossaryEntry {
  return { ...entry, from: entry.from.trim(), to: entry.to.trim() }
}
