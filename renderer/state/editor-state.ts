/** The renderer's one state tree: the undoable document plus playback, selection and save status. */

import type { CaptionDocument } from '../../shared/model/document'
import type { CueId } from '../../shared/model/ids'
import { createHistory, type History } from './history'

/** Where the document stands against the disk, as shown in the status bar. */
export type SaveStatus = Readonly<{
  state: 'saved' | 'saving' | 'unsaved' | 'error'
  /** Error code from the project service (e.g. `ENOSPC`), when `state` is `error`. */
  code?: string
  /** When the last successful save finished, in ms since the epoch. */
  savedAt?: number
}>

/** Media playback state. Not undoable: time updates never touch the history. */
export type PlaybackState = Readonly<{
  timeMs: number
  playing: boolean
  /** Playback rate, 0.5–2. */
  rate: number
  /** Loop the current cue. */
  loopCue: boolean
}>

/** The renderer's state. */
export type EditorState = Readonly<{
  history: History
  /** The cue being edited or followed during playback. */
  currentCueId?: CueId
  /** Cues selected in the list (for bulk speaker or kind changes). */
  selectedIds: readonly CueId[]
  playback: PlaybackState
  save: SaveStatus
  /** True while the editor is typing in the text box (playback then stops moving the current cue). */
  typing: boolean
}>

/** The state for a freshly opened document. */
export function initialEditorState(doc: CaptionDocument): EditorState {
  return {
    history: createHistory(doc),
    currentCueId: doc.cues[0]?.id,
    selectedIds: [],
    playback: { timeMs: 0, playing: false, rate: 1, loopCue: false },
    save: { state: 'saved' },
    typing: false,
  }
}

/** The current document. */
export const currentDocument = (state: EditorState): CaptionDocument => state.history.present
