/** The editor reducer: applies named actions through the pure edits in shared/model. */

import { cueIndexAt } from '../../shared/model/document'
import type { CaptionDocument } from '../../shared/model/document'
import {
  addSpeaker,
  assignSpeaker,
  deleteCues,
  insertCue,
  mergeWithNext,
  mergeWithPrevious,
  newCueId,
  nudgeCue,
  shiftCuesFrom,
  splitCue,
  updateCue,
  updateCues,
  updateSpeaker,
  type CuePatch,
} from '../../shared/model/edits'
import type { CueId } from '../../shared/model/ids'
import { replaceAll } from '../../shared/edit/find-replace'
import { textEditPatch } from '../../shared/edit/word-timings'
import type { EditorAction } from './actions'
import { initialEditorState, type CueChoice, type EditorState } from './editor-state'
import { commit, redo, undo } from './history'
import type { ProjectSettings } from './project-settings'
import { settingsEdit } from './settings-change'
import { carryTextEdit, carryTranslations, sameWording } from '../../shared/model/translation-carry'
import { keepTracks, translationChange } from './translation-change'

/** What an editing action produces: the new document (and settings, when they change), its undo label and coalescing key. */
type DocChange = Readonly<{
  doc: CaptionDocument
  settings?: ProjectSettings
  label: string
  coalesceKey?: string
  currentCueId?: CueId
}>

/** Applies an action to the state. Pure. */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const now = action.at ?? 0
  switch (action.type) {
    case 'documentOpened':
      return initialEditorState(action.doc, action.settings)
    case 'undoRequested':
      return withHistory(state, undo(state.history))
    case 'redoRequested':
      return withHistory(state, redo(state.history))
    case 'cueSelected':
      return selectCue(state, action.id, action.extend ?? false, action.keepPlayhead ?? false)
    case 'cuePlayRequested':
      return playCue(state, action.id ?? state.currentCueId)
    case 'playheadMoved':
      return followPlayhead({
        ...state,
        playback: { ...state.playback, timeMs: Math.max(0, Math.round(action.timeMs)) },
      })
    case 'playbackChanged':
      return { ...state, playback: { ...state.playback, ...definedOnly(action) } }
    case 'typingChanged':
      return state.typing === action.typing ? state : { ...state, typing: action.typing }
    case 'saveStatusChanged':
      return { ...state, save: action.status }
    case 'workingLanguageChosen':
      return state.workingLanguage === action.language ? state : { ...state, workingLanguage: action.language }
    default: {
      const change: DocChange | undefined =
        documentChange(state, action) ??
        translationChange(state.history.present, action) ??
        settingsEdit(state.history, action)
      if (!change) return state
      const history = commit(state.history, change, { label: change.label, coalesceKey: change.coalesceKey, now })
      if (history === state.history) return state
      const currentCueId = change.currentCueId ?? state.currentCueId
      const next: EditorState = {
        ...state,
        history,
        currentCueId,
        workingLanguage: workingAfter(state, action),
        save: { ...state.save, state: 'unsaved' },
      }
      // Typing and timing edits change captions in place: the same ids, so a selection valid before stays valid
      // (only a missing current caption still falls back to the first).
      return next.currentCueId !== undefined && keepsIds(action, change.doc, state.history.present)
        ? next
        : keepSelectionValid(next)
    }
  }
}

/** Maps a document-changing action to its new document; undefined for actions that are not edits. */
function documentChange(state: EditorState, action: EditorAction): DocChange | undefined {
  const doc = state.history.present
  switch (action.type) {
    case 'documentReplaced':
      return { doc: keepTracks(doc, action.doc), label: action.label }
    case 'documentRestored':
      // A version kept before the languages were added takes today's translations along (by time).
      return { doc: carryTranslations(doc, action.doc), label: 'restore' }
    case 'cueTextEdited': {
      // Word timings follow the text (kept where words survive), so playing from a word stays right after corrections.
      const before = doc.cues.find((c) => c.id === action.id)
      const edited = updateCue(doc, action.id, textEditPatch(before, action.text))
      // New wording: its translations need another look (a no-op without tracks); new spacing alone does not.
      const reworded = doc.translations !== undefined && before !== undefined && !sameWording(before.text, action.text)
      return {
        doc: reworded ? carryTextEdit(edited, action.id) : edited,
        label: 'edit-text',
        coalesceKey: `text:${action.id}`,
      }
    }
    case 'cueSplit':
      return { doc: splitCue(doc, action.id, { textOffset: action.textOffset }), label: 'split' }
    case 'cueMerged':
      return {
        doc: action.with === 'next' ? mergeWithNext(doc, action.id) : mergeWithPrevious(doc, action.id),
        label: 'merge',
        currentCueId: action.with === 'previous' ? previousCueId(doc, action.id) : action.id,
      }
    case 'cueInserted': {
      const id = newCueId(doc)
      return {
        doc: insertCue(doc, { id, startMs: action.startMs, endMs: action.endMs, text: action.text ?? '' }),
        label: 'insert',
        currentCueId: id,
      }
    }
    case 'cuesDeleted':
      return { doc: deleteCues(doc, action.ids), label: 'delete', currentCueId: cueAfterDeletion(doc, action.ids) }
    case 'cueTimingChanged': {
      const patches = new Map<CueId, CuePatch>(
        action.patches.map((p) => [p.id, { startMs: p.startMs, endMs: p.endMs }]),
      )
      return { doc: updateCues(doc, patches), label: 'timing' }
    }
    case 'cueNudged':
      return {
        doc: nudgeCue(doc, action.id, action.edge, action.deltaMs),
        label: 'timing',
        coalesceKey: `nudge:${action.id}:${action.edge}`,
      }
    case 'cueEdgeSetToPlayhead':
      return { doc: setEdgeToPlayhead(doc, action.id, action.edge, state.playback.timeMs), label: 'timing' }
    case 'cuesShifted':
      return { doc: shiftCuesFrom(doc, action.fromId, action.deltaMs), label: 'shift' }
    case 'speakerAssigned':
      return { doc: assignSpeaker(doc, action.ids, action.speakerId), label: 'speaker' }
    case 'speakerAdded': {
      const added = addSpeaker(doc, action.name, action.role)
      return {
        doc: action.assignTo ? assignSpeaker(added.doc, action.assignTo, added.speakerId) : added.doc,
        label: 'speaker',
      }
    }
    case 'speakerUpdated':
      return {
        doc: updateSpeaker(doc, action.id, definedOnly({ name: action.name, role: action.role })),
        label: 'speaker',
      }
    case 'cueKindSet':
      return {
        doc: updateCues(
          doc,
          new Map(action.ids.map((id) => [id, { kind: action.kind === 'speech' ? undefined : action.kind }])),
        ),
        label: 'kind',
      }
    case 'replaceAllApplied':
      return { doc: keepTracks(doc, replaceAll(doc, action.query, action.replacement).doc), label: 'replace-all' }
    default:
      return undefined
  }
}

/** The working language after an edit: a new language is shown at once; a removed one no longer. */
function workingAfter(state: EditorState, action: EditorAction): string | undefined {
  if (action.type === 'languageAdded') return action.language
  if (action.type === 'languageRemoved' && state.workingLanguage?.toLowerCase() === action.language.toLowerCase())
    return undefined
  return state.workingLanguage
}

function setEdgeToPlayhead(doc: CaptionDocument, id: CueId, edge: 'start' | 'end', timeMs: number): CaptionDocument {
  const cue = doc.cues.find((c) => c.id === id)
  if (!cue) return doc
  // Setting the start past the end (or the end before the start) moves the other edge along, as editors expect.
  return edge === 'start'
    ? updateCue(doc, id, { startMs: timeMs, endMs: Math.max(cue.endMs, timeMs) })
    : updateCue(doc, id, { startMs: Math.min(cue.startMs, timeMs), endMs: timeMs })
}

function previousCueId(doc: CaptionDocument, id: CueId): CueId | undefined {
  const index = doc.cues.findIndex((c) => c.id === id)
  return index > 0 ? doc.cues[index - 1]!.id : id
}

function cueAfterDeletion(doc: CaptionDocument, ids: readonly CueId[]): CueId | undefined {
  const gone = new Set(ids)
  const lastIndex = Math.max(...ids.map((id) => doc.cues.findIndex((c) => c.id === id)))
  const after = doc.cues.slice(lastIndex + 1).find((c) => !gone.has(c.id))
  return (after ?? [...doc.cues].reverse().find((c) => !gone.has(c.id)))?.id
}

function withHistory(state: EditorState, history: EditorState['history']): EditorState {
  if (history === state.history) return state
  return keepSelectionValid({ ...state, history, save: { ...state.save, state: 'unsaved' } })
}

function selectCue(state: EditorState, id: CueId | undefined, extend: boolean, keepPlayhead: boolean): EditorState {
  if (!id) return { ...state, currentCueId: undefined, selectedIds: [] }
  const selectedIds = extend
    ? state.selectedIds.includes(id)
      ? state.selectedIds.filter((s) => s !== id)
      : [...state.selectedIds, id]
    : [id]
  // Adding to or taking from a multiple selection is not choosing a caption to hear: the playhead stays.
  const cueChoice = extend || keepPlayhead ? state.cueChoice : choiceOf(state, id)
  return { ...state, currentCueId: id, selectedIds, ...(cueChoice ? { cueChoice } : {}) }
}

/** "Play this caption": the caption becomes current and is played from its lead-in to its end. */
function playCue(state: EditorState, id: CueId | undefined): EditorState {
  const cue = id ? state.history.present.cues.find((c) => c.id === id) : undefined
  const choice = id ? choiceOf(state, id) : undefined
  if (!cue || !choice) return state
  const selectedIds = state.currentCueId === id ? state.selectedIds : [cue.id]
  return { ...state, currentCueId: cue.id, selectedIds, cueChoice: { ...choice, untilMs: cue.endMs } }
}

/** A new choice of the caption `id`, played from just before its start. */
function choiceOf(state: EditorState, id: CueId): CueChoice | undefined {
  const cue = state.history.present.cues.find((c) => c.id === id)
  if (!cue) return undefined
  return { cueId: id, fromMs: Math.max(0, cue.startMs - state.playback.leadInMs), seq: (state.cueChoice?.seq ?? 0) + 1 }
}

/**
 * During playback the current cue follows the playhead, unless the editor is typing. A caption just
 * chosen stays current through its lead-in, although the playhead is still in the caption before it.
 */
function followPlayhead(state: EditorState): EditorState {
  if (state.typing || !state.playback.playing) return state
  const cues = state.history.present.cues
  if (inLeadIn(state, cues) || stoppingAtChosenEnd(state)) return state
  const index = cueIndexAt(cues, state.playback.timeMs)
  const cue = index >= 0 ? cues[index] : undefined
  if (!cue || state.playback.timeMs >= cue.endMs || cue.id === state.currentCueId) return state
  return { ...state, currentCueId: cue.id }
}

/** True while the playhead is between where the current, chosen caption is played from and its start. */
function inLeadIn(state: EditorState, cues: CaptionDocument['cues']): boolean {
  const choice = state.cueChoice
  if (!choice || choice.cueId !== state.currentCueId) return false
  const chosen = cues.find((c) => c.id === choice.cueId)
  // A little slack below `fromMs`: the media element lands on a frame boundary, not the exact time.
  return !!chosen && state.playback.timeMs >= choice.fromMs - 50 && state.playback.timeMs < chosen.startMs
}

/**
 * The media stops "play this caption" a frame or two after its end, where the next caption may
 * already start (captions often touch): the caption played stays current, or the next Ctrl+Alt+↓
 * would skip one. Playing on past the slack follows the playhead again.
 */
const STOP_SLACK_MS = 250

/** True while "play this caption" plays the current caption and has not gone more than the slack past its end. */
function stoppingAtChosenEnd(state: EditorState): boolean {
  const choice = state.cueChoice
  return (
    !!choice &&
    choice.untilMs !== undefined &&
    choice.cueId === state.currentCueId &&
    state.playback.timeMs < choice.untilMs + STOP_SLACK_MS
  )
}

/** Edits that change captions where they are, never adding or removing one. */
const IN_PLACE_EDITS: ReadonlySet<EditorAction['type']> = new Set([
  'cueTextEdited',
  'cueTimingChanged',
  'cueNudged',
  'cueEdgeSetToPlayhead',
])

/** True when `action` edited captions in place, so `after` holds exactly the ids `before` held. */
function keepsIds(action: EditorAction, after: CaptionDocument, before: CaptionDocument): boolean {
  return IN_PLACE_EDITS.has(action.type) && after.cues.length === before.cues.length
}

/** Above this many selected ids one set of all ids is cheaper than a scan per id. */
const SCAN_LIMIT = 8

/** Drops selected ids that no longer exist (after undo, delete or merge). */
function keepSelectionValid(state: EditorState): EditorState {
  const cues = state.history.present.cues
  // A small selection is checked by scans that stop at the id (no set of 10,000 ids per edit).
  const ids = state.selectedIds.length <= SCAN_LIMIT ? undefined : new Set<string>(cues.map((c) => c.id))
  const has = (id: string) => (ids ? ids.has(id) : cues.some((c) => c.id === id))
  const selectedIds = state.selectedIds.filter((id) => has(id))
  const currentCueId = state.currentCueId && has(state.currentCueId) ? state.currentCueId : cues[0]?.id
  return selectedIds.length === state.selectedIds.length && currentCueId === state.currentCueId
    ? state
    : { ...state, selectedIds, currentCueId }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {}
  for (const [k, v] of Object.entries(value))
    if (v !== undefined && k !== 'type' && k !== 'at') (out as Record<string, unknown>)[k] = v
  return out
}
