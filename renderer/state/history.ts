/**
 * Unbounded undo/redo over document snapshots.
 *
 * Snapshots are cheap because the model is readonly: an edit copies the cue array (pointers) and
 * shares every unchanged cue. Typing in one cue coalesces into one step while the editor keeps
 * typing, so undo goes back a phrase, not a letter.
 */

import type { CaptionDocument } from '../../shared/model/document'

/** Undo history of documents. */
export type History = Readonly<{
  past: readonly CaptionDocument[]
  present: CaptionDocument
  future: readonly CaptionDocument[]
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

/** A fresh history whose present is `doc`. */
export function createHistory(doc: CaptionDocument): History {
  return { past: [], present: doc, future: [], labels: [], futureLabels: [] }
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

/** Records `doc` as the new present. A no-op when `doc` is the present already. */
export function commit(history: History, doc: CaptionDocument, options: CommitOptions): History {
  if (doc === history.present) return history
  const merge =
    options.coalesceKey !== undefined &&
    options.coalesceKey === history.lastKey &&
    history.lastAt !== undefined &&
    options.now - history.lastAt < COALESCE_MS &&
    history.past.length > 0
  return {
    past: merge ? history.past : [...history.past, history.present],
    labels: merge ? history.labels : [...history.labels, options.label],
    present: doc,
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
    present: previous,
    future: [history.present, ...history.future],
    futureLabels: [history.labels[history.labels.length - 1] ?? '', ...history.futureLabels],
  }
}

/** Goes one step forward; a no-op when there is nothing to redo. */
export function redo(history: History): History {
  const next = history.future[0]
  if (!next) return history
  return {
    past: [...history.past, history.present],
    labels: [...history.labels, history.futureLabels[0] ?? ''],
    present: next,
    future: history.future.slice(1),
    futureLabels: history.futureLabels.slice(1),
  }
}

/** Label of the step undo would revert, if any. */
export const undoLabel = (history: History): string | undefined => history.labels[history.labels.length - 1]

/** Label of the step redo would apply, if any. */
export const redoLabel = (history: History): string | undefined => history.futureLabels[0]
