/**
 * The project's settings that travel with the captions — the glossary and the style profile — and
 * what they mean. They live in the undo history beside the document, so Ctrl+Z takes back a glossary
 * entry or a profile change like any caption edit (the changes are in settings-change.ts).
 */

import type { GlossaryEntry } from '../../shared/quality/glossary'
import { ACCESSIBLE_DEFAULT_PROFILE, type StyleProfile } from '../../shared/model/style-profile'
import { builtInProfile } from '../../shared/quality/profiles'

/** The glossary and the style profile's id, as the project file stores them. */
export type ProjectSettings = Readonly<{
  glossary: readonly GlossaryEntry[]
  /** A built-in profile's id; absent: the accessible default (the project file may not name one). */
  profileId?: string
}>

/** The settings of work that has none yet: an empty glossary and the default profile. */
export const NO_SETTINGS: ProjectSettings = { glossary: [] }

/** True when the glossary already has an entry for `from` (any case), so fixing it again adds nothing. */
export const hasGlossaryEntry = (glossary: readonly GlossaryEntry[], from: string): boolean =>
  glossary.some((g) => g.from.toLowerCase() === from.toLowerCase())

/** The glossary with `entry` added at the end (unchanged when an entry for the same words is there). */
export function withGlossaryEntry(glossary: readonly GlossaryEntry[], entry: GlossaryEntry): readonly GlossaryEntry[] {
  return hasGlossaryEntry(glossary, entry.from) ? glossary : [...glossary, entry]
}

/** The style profile the settings name: a built-in one, else the accessible default (also for an unknown id). */
export function profileOf(settings: ProjectSettings): StyleProfile {
  return (settings.profileId ? builtInProfile(settings.profileId) : undefined) ?? ACCESSIBLE_DEFAULT_PROFILE
}
