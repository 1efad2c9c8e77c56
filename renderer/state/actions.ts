/** Named actions: components dispatch these and never edit the document directly. */

import type { CaptionDocument } from '../../shared/model/document'
import type { CueKind } from '../../shared/model/cue'
import type { CueId, SpeakerId } from '../../shared/model/ids'
import type { FindQuery } from '../../shared/edit/find-replace'
import type { ProjectSaveStatus } from '../../shared/ipc/contract'
import type { GlossaryEntry } from '../../shared/quality/glossary'
import type { ProjectSettings } from './project-settings'

/** A time patch for one cue (drags of a shared edge send two). */
export type TimingPatch = Readonly<{ id: CueId; startMs: number; endMs: number }>

/** Every action the editor understands. `at` (ms) is stamped by the store for undo coalescing. */
export type EditorAction = Readonly<
  | { type: 'documentOpened'; doc: CaptionDocument; settings?: ProjectSettings }
  | { type: 'glossaryEntryAdded'; entry: GlossaryEntry }
  | { type: 'glossaryEntryRemoved'; index: number }
  /** Entry `index` reworded (one undo step per change saved). */
  | { type: 'glossaryEntryEdited'; index: number; entry: GlossaryEntry }
  /** The style profile the work is checked against (a built-in profile's id). */
  | { type: 'profileChosen'; profileId: string }
  /** "Fix everywhere": the corrected document and the correction joining the glossary, as one undo step. */
  | { type: 'correctionApplied'; doc: CaptionDocument; entry: GlossaryEntry }
  | { type: 'documentReplaced'; doc: CaptionDocument; label: string }
  /** A version from the version history replaces the document: one undo step. */
  | { type: 'documentRestored'; doc: CaptionDocument }
  | { type: 'cueTextEdited'; id: CueId; text: string }
  | { type: 'cueSplit'; id: CueId; textOffset: number }
  | { type: 'cueMerged'; id: CueId; with: 'previous' | 'next' }
  | { type: 'cueInserted'; startMs: number; endMs: number; text?: string }
  | { type: 'cuesDeleted'; ids: readonly CueId[] }
  | { type: 'cueTimingChanged'; patches: readonly TimingPatch[] }
  | { type: 'cueNudged'; id: CueId; edge: 'start' | 'end' | 'both'; deltaMs: number }
  | { type: 'cueEdgeSetToPlayhead'; id: CueId; edge: 'start' | 'end' }
  | { type: 'cuesShifted'; fromId: CueId; deltaMs: number }
  | { type: 'speakerAssigned'; ids: readonly CueId[]; speakerId: SpeakerId | undefined }
  | { type: 'speakerAdded'; name: string; role?: string; assignTo?: readonly CueId[] }
  | { type: 'speakerUpdated'; id: SpeakerId; name?: string; role?: string }
  | { type: 'cueKindSet'; ids: readonly CueId[]; kind: CueKind }
  | { type: 'replaceAllApplied'; query: FindQuery; replacement: string }
  /** Sets the captions' own language (BCP 47). */
  | { type: 'documentLanguageSet'; language: string }
  /** Adds an empty track in `language` (and names the captions' own language when given); it becomes the working language. */
  | { type: 'languageAdded'; language: string; masterLanguage?: string }
  | { type: 'languageRemoved'; language: string }
  /** Typing a translation of the master caption `id`: coalesces per caption like `cueTextEdited`. */
  | { type: 'translationEdited'; language: string; id: CueId; text: string }
  | { type: 'translationChecked'; language: string; id: CueId; checked: boolean }
  | { type: 'roleTranslated'; language: string; speakerId: SpeakerId; role: string }
  /** The language shown beside the captions' own (not an edit: no undo step); undefined shows none. */
  | { type: 'workingLanguageChosen'; language: string | undefined }
  | { type: 'undoRequested' }
  | { type: 'redoRequested' }
  /** The editor chose a caption; the media goes to it unless `keepPlayhead` (the caption was picked at the playhead). */
  | { type: 'cueSelected'; id: CueId | undefined; extend?: boolean; keepPlayhead?: boolean }
  | { type: 'cuePlayRequested'; id?: CueId }
  | { type: 'playheadMoved'; timeMs: number }
  | { type: 'playbackChanged'; playing?: boolean; rate?: number; loopCue?: boolean; leadInMs?: number }
  | { type: 'typingChanged'; typing: boolean }
  | { type: 'saveStatusChanged'; status: ProjectSaveStatus }
> & { at?: number }
