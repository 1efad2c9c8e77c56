/** The renderer's one state tree: the undoable document plus playback, selection and save status. */

import type { ProjectSaveStatus } from '../../shared/ipc/contract'
import type { CaptionDocument } from '../../shared/model/document'
import type { CueId } from '../../shared/model/ids'
import { translationTrack } from '../../shared/model/translation'
import { createHistory, type History } from './history'
import { NO_SETTINGS, profileOf, type ProjectSettings } from './project-settings'
import type { StyleProfile } from '../../shared/model/style-profile'
import type { GlossaryEntry } from '../../shared/quality/glossary'

/** Media playback state. Not undoable: time updates never touch the history. */
export type PlaybackState = Readonly<{
  timeMs: number
  playing: boolean
  /** Playback rate, 0.5–2. */
  rate: number
  /** Loop the current cue. */
  loopCue: boolean
  /** How far before a chosen caption's start the playhead is put, in ms (the editor's setting). */
  leadInMs: number
}>

/**
 * The caption the editor last chose (list, keys, problems, find, waveform) and where playing it
 * begins. One effect turns each new choice into a seek; `seq` makes choosing the same caption again
 * seek again. With `untilMs` the choice is "play this caption": playback starts and stops there.
 */
export type CueChoice = Readonly<{ cueId: CueId; fromMs: number; untilMs?: number; seq: number }>

/** Where a chosen caption is played from by default: just before its start, so its first word is heard whole. */
export const DEFAULT_LEAD_IN_MS = 300

/** The renderer's state. */
export type EditorState = Readonly<{
  history: History
  /** The cue being edited or followed during playback. */
  currentCueId?: CueId
  /** Cues selected in the list (for bulk speaker or kind changes). */
  selectedIds: readonly CueId[]
  playback: PlaybackState
  /** Where the document stands against the disk, as main reports it. */
  save: ProjectSaveStatus
  /** True while the editor is typing in the text box (playback then stops moving the current cue). */
  typing: boolean
  /** The last caption chosen by the editor (never set by playback following the playhead or by edits). */
  cueChoice?: CueChoice
  /** The translation shown beside the master in the list and the caption editor (a BCP 47 tag). */
  workingLanguage?: string
}>

/** The state for a freshly opened document with the project's glossary and profile. */
export function initialEditorState(doc: CaptionDocument, settings: ProjectSettings = NO_SETTINGS): EditorState {
  return {
    history: createHistory(doc, settingsOnly(settings)),
    currentCueId: doc.cues[0]?.id,
    selectedIds: [],
    playback: { timeMs: 0, playing: false, rate: 1, loopCue: false, leadInMs: DEFAULT_LEAD_IN_MS },
    save: { state: 'saved' },
    typing: false,
    // A project with translations opens with its first one beside the master.
    ...(doc.translations?.[0] ? { workingLanguage: doc.translations[0].language } : {}),
  }
}

/** The working language while the document has a track for it (undo may have taken the track away). */
export const workingLanguageOf = (state: EditorState): string | undefined =>
  state.workingLanguage && translationTrack(state.history.present, state.workingLanguage)
    ? state.workingLanguage
    : undefined

/** The current document. */
export const currentDocument = (state: EditorState): CaptionDocument => state.history.present

/** The current glossary and profile id. */
export const currentSettings = (state: EditorState): ProjectSettings => state.history.settings

/** The current glossary. */
export const currentGlossary = (state: EditorState): readonly GlossaryEntry[] => state.history.settings.glossary

/** The style profile the work is checked against. */
export const currentProfile = (state: EditorState): StyleProfile => profileOf(state.history.settings)

/** Just the settings out of a wider object (a session carries them among other things). */
export function settingsOnly(from: ProjectSettings): ProjectSettings {
  return { glossary: from.glossary, ...(from.profileId ? { profileId: from.profileId } : {}) }
}
