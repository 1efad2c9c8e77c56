/**
 * Unbounded undo/redo over snapshots of the document and the project's settings (glossary, profile).
 *
 * Snapshots are cheap because the model is readonly: an edit copies the cue array (pointers) and
 * shares every unchanged cue, and the settings too. Typing in one cue coalesces into one step while
 * the editor keeps typing, so undo goes back a phrase, not a letter.
 */

import type { CaptionDocument } from '../../shared/model/document'
import { NO_SETTINGS, type ProjectSettings } from './project-settings'

/** One point in the history: the document and the settings as they were together. */
export type Snapshot = Readonly<{ doc: CaptionDocument; settings: ProjectSettings }>

/** Undo history of documents and settings. */
export type History = Readonly<{
  past: readonly Snapshot[]
  /** The current document. */
  present: CaptionDocument
  /** The current glossary and profile (kept beside `present`, which most of the editor reads alone). */
  settings: ProjectSettings
  future: readonly Snapshot[]
  /** Key of the last committed step, for coalescing (e.g. `text:c12`). */
  lastKey?: string
  /** When the last step was committed, in ms. */
  lastAt?: number
  /** Label of each past step (for "Undo split"), parallel to `past`. */
  labels: readonly string[]
  /** Labels of redo steps, parallel to `future`. */
  futureLabels: readonly string[]
}>

/** Steps with the same key closer together than this merge into one undo step. */
export const COALESCE_MS = 1500

/** A fresh history whose present is `doc` with `settings`. */
export function createHistory(doc: CaptionDocument, settings: ProjectSettings = NO_SETTINGS): History {
  return { past: [], present: doc, settings, future: [], labels: [], futureLabels: [] }
}

/** Options of a committed step. */
export type CommitOptions = Readonly<{
  /** What the step did, shown in the Undo menu ("Edit text", "Split cue"). */
  label: string
  /** Steps sharing a key within COALESCE_MS merge (typing in one cue). Absent: never merges. */
  coalesceKey?: string
  /** The time now, in ms (passed in so the history stays pure). */
  now: number
}>

/** Records `next` as the new present (settings default to the current ones). A no-op when nothing changed. */
export function commit(
  history: History,
  next: Readonly<{ doc: CaptionDocument; settings?: ProjectSettings }>,
  options: CommitOptions,
): History {
  const { doc, settings = history.settings } = next
  if (doc === history.present && settings === history.settings) return history
  const merge =
    options.coalesceKey !== undefined &&
    options.coalesceKey === history.lastKey &&
    history.lastAt !== undefined &&
    options.now - history.lastAt < COALESCE_MS &&
    history.past.length > 0
  return {
    past: merge ? history.past : [...history.past, snapshotOf(history)],
    labels: merge ? history.labels : [...history.labels, options.label],
    present: doc,
    settings,
    future: [],
    futureLabels: [],
    lastKey: options.coalesceKey,
    lastAt: options.now,
  }
}

/** Goes one step back; a no-op when there is nothing to undo. */
export function undo(history: History): History {
  const previous = history.past[history.past.length - 1]
  if (!previous) return history
  return {
    past: history.past.slice(0, -1),
    labels: history.labels.slice(0, -1),
    present: previous.doc,
    settings: previous.settings,
    future: [snapshotOf(history), ...history.future],
    futureLabels: [history.labels[history.labels.length - 1] ?? '', ...history.futureLabels],
  }
}

/** Goes one step forward; a no-op when there is nothing to redo. */
export function redo(history: History): History {
  const next = history.future[0]
  if (!next) return history
  return {
    past: [...history.past, snapshotOf(history)],
    labels: [...history.labels, history.futureLabels[0] ?? ''],
    present: next.doc,
    settings: next.settings,
    future: history.future.slice(1),
    futureLabels: history.futureLabels.slice(1),
  }
}

/** The history's present as a snapshot. */
const snapshotOf = (history: History): Snapshot => ({ doc: history.present, settings: history.settings })

/** Label of the step undo would revert, if any. */
export const undoLabel = (history: History): string | undefined => history.labels[history.labels.length - 1]

/** Label of the step redo would apply, if any. */
export const redoLabel = (history: History): string | undefined => history.futureLabels[0]
