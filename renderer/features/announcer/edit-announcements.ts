/**
 * What to tell a screen reader user after the editor state changed: a translation key and its
 * values, or nothing. Pure (compares two states), so every sentence is tested without a DOM.
 * Typing is never announced (the user hears their own keys); everything else that changes the
 * document, undo/redo and save failures are.
 */

import type { Cue } from '../../../shared/model/cue'
import { findSpeaker } from '../../../shared/model/speaker'
import { formatClock } from '../../../shared/model/time'
import type { EditorState } from '../../state/editor-state'
import { undoLabel } from '../../state/history'

/** A sentence to announce: `t(key, values)`; `step` is an undo label the caller translates into `what`. */
export type Announcement = Readonly<{ key: string; values?: Readonly<Record<string, string | number>>; step?: string }>

/** How many cues with the same id changed their text between two cue lists. */
function changedTexts(before: readonly Cue[], after: readonly Cue[]): number {
  const old = new Map(before.map((c) => [c.id, c.text]))
  return after.filter((c) => old.has(c.id) && old.get(c.id) !== c.text).length
}

/** The announcement for a change from `prev` to `next`, if it deserves one. */
export function describeChange(prev: EditorState, next: EditorState): Announcement | undefined {
  if (prev.history === next.history) return describeSave(prev, next)
  const before = prev.history
  const after = next.history
  if (after.past.length === before.past.length - 1 && after.future.length === before.future.length + 1) {
    return { key: 'announce.undid', step: after.futureLabels[0] ?? '' }
  }
  if (after.past.length === before.past.length + 1 && after.future.length === before.future.length - 1) {
    return { key: 'announce.redid', step: undoLabel(after) ?? '' }
  }
  if (before.present === after.present) return undefined
  return describeEdit(prev, next, undoLabel(after) ?? '')
}

function describeSave(prev: EditorState, next: EditorState): Announcement | undefined {
  if (prev.save.state === next.save.state) return undefined
  if (next.save.state === 'error') return { key: 'announce.saveFailed', values: { code: next.save.code ?? 'unknown' } }
  if (prev.save.state === 'error' && next.save.state === 'saved') return { key: 'announce.saveRecovered' }
  return undefined
}

function describeEdit(prev: EditorState, next: EditorState, label: string): Announcement | undefined {
  const before = prev.history.present
  const after = next.history.present
  const index = after.cues.findIndex((c) => c.id === next.currentCueId)
  const cue = after.cues[index]
  const number = index + 1
  switch (label) {
    case 'edit-text':
    // Typing a translation is typing too; the Languages panel says its own adds, removals and imports.
    case 'translation':
    case 'role-translation':
    case 'language-add':
    case 'language-remove':
    case 'language-set':
    case 'translation-import':
    case 'open':
    // The Versions panel says which version came back; a second "Done" would talk over it.
    case 'restore':
      return undefined
    case 'split':
      return { key: 'announce.split', values: { number } }
    case 'merge':
      return { key: 'announce.merged', values: { number } }
    case 'insert':
      return { key: 'announce.inserted', values: { number } }
    case 'delete':
      return { key: 'announce.deleted', values: { count: before.cues.length - after.cues.length } }
    case 'timing':
      return cue
        ? { key: 'announce.timing', values: { number, start: formatClock(cue.startMs), end: formatClock(cue.endMs) } }
        : undefined
    case 'speaker':
      return describeSpeaker(prev, next)
    case 'replace-all':
      return { key: 'announce.replaced', values: { count: changedTexts(before.cues, after.cues) } }
    case 'glossary':
      return { key: 'announce.glossaryApplied', values: { count: changedTexts(before.cues, after.cues) } }
    case 'kind':
      // `kind` is a cueKind.* key the caller translates, as "Done: kind change" said neither which caption nor what it became.
      return cue ? { key: 'announce.kindSet', values: { number, kind: cue.kind ?? 'speech' } } : undefined
    default:
      return { key: 'announce.done', step: label }
  }
}

function describeSpeaker(prev: EditorState, next: EditorState): Announcement {
  const id = next.currentCueId
  const was = prev.history.present.cues.find((c) => c.id === id)?.speakerId
  const now = next.history.present.cues.find((c) => c.id === id)?.speakerId
  if (was !== now) {
    const name = findSpeaker(next.history.present.speakers, now)?.name
    // Several captions at once (a selection, or "from here until the next change"): say how many.
    const before = new Map(prev.history.present.cues.map((c) => [c.id, c.speakerId]))
    const count = next.history.present.cues.filter((c) => before.has(c.id) && before.get(c.id) !== c.speakerId).length
    if (name && count > 1) return { key: 'announce.speakerAssignedMany', values: { name, count } }
    return name ? { key: 'announce.speakerAssigned', values: { name } } : { key: 'announce.speakerCleared' }
  }
  const added = next.history.present.speakers.find((s) => !prev.history.present.speakers.some((p) => p.id === s.id))
  return added ? { key: 'announce.speakerAdded', values: { name: added.name } } : { key: 'announce.speakersUpdated' }
}
