/**
 * Autosave for one writer of one project. Every edit (what changed, not the whole project) is in the
 * writer's journal, appended and fsynced, within `delayMs` of arriving: that is when "All changes
 * saved" shows. The project file itself is rewritten at a calm moment (no edit for `calmMs`, or at
 * the latest `maxLagMs` after the first edit it lacks), and only if it still holds what this writer
 * last saw: when someone else saved it meanwhile, the writer stops writing the file, keeps journaling,
 * and reports a conflict for the editor to settle. Saves never overlap.
 *
 * When the disk refuses, nothing more is appended (space the user frees is not eaten by more torn
 * records); retries write the whole file, which on success makes the journal unnecessary.
 */

import { applyProjectChanges, type ProjectChanges } from '../../../shared/project/project-changes'
import type { ProjectJson } from '../../../shared/project/project-file'
import type { ProjectSaveStatus } from '../../../shared/ipc/contract'
import type { AtomicFs } from '../atomic-write'
import { stillAsSeen, type FileStamp } from './file-stamp'
import { openJournal, writerJournalPath, type JournalFs } from './journal'
import { projectFileText, writeProjectText } from './project-store'

/** Options of the autosaver. */
export type AutosaverOptions = Readonly<{
  projectPath: string
  /** The writer's id (a window or tab); names its journal. */
  writerId?: string
  /** The project as this writer holds it at the start (as opened, or as created). */
  base?: ProjectJson
  /** The file text `base` was just written as (a created project): the journal's first snapshot reuses it. */
  baseText?: string
  /** What the project file held when it was read; undefined when there was no file. */
  seen?: FileStamp
  /** Longest time an edit waits before it is on disk (default 600 ms; with the page's share, under 1 s). */
  delayMs?: number
  /** Quiet time after which the project file is rewritten (default 1.5 s). */
  calmMs?: number
  /** Longest the project file may lag behind the journal while the editor keeps typing (default 20 s). */
  maxLagMs?: number
  /** How soon to retry after a failed save. */
  retryMs?: number
  onStatus?: (status: ProjectSaveStatus) => void
  /** File system for the project file's atomic writes (tests inject a full or read-only disk). */
  fs?: AtomicFs
  /** File system for the journal's appends (tests inject a disk that fills in mid-append). */
  journalFs?: JournalFs
}>

/** The autosaver for one writer of one project. */
export type Autosaver = Readonly<{
  /** Records changes after an edit. False when there is no project to apply them to (send the whole project). */
  edit: (changes: ProjectChanges) => boolean
  /** Replaces the whole project (the first send, or after the writer lost track). */
  replace: (project: ProjectJson) => void
  /** The project as this writer holds it now. */
  current: () => ProjectJson | undefined
  /** Writes the journal and the project file now (before closing). Resolves when on disk, failed or in conflict. */
  flush: () => Promise<ProjectSaveStatus>
  /** The project file was settled by the editor (reloaded, or written elsewhere): trust what it holds now. */
  adopt: (project: ProjectJson, seen: FileStamp | undefined) => void
  /** Stops timers (after flush) and removes an empty journal. */
  dispose: () => Promise<void>
}>

/** Creates an autosaver. */
export function createAutosaver(options: AutosaverOptions): Autosaver {
  const delay = options.delayMs ?? 600
  const calm = options.calmMs ?? 1500
  const maxLag = options.maxLagMs ?? 20_000
  const retry = options.retryMs ?? 3000
  const journal = openJournal(writerJournalPath(options.projectPath, options.writerId ?? 'main'), options.journalFs)
  let project = options.base
  let seen = options.seen
  let seenKnown = 'seen' in options
  let queued: ProjectChanges[] = []
  // The project the queued changes apply to: with its file text at hand, a new journal starts from
  // those characters and the changes, not from a fresh serialisation of the whole project.
  let queuedFrom = project
  let rebase = false
  // The file text of one state of the project, made once and written to the journal and the file.
  let text: { of: ProjectJson; text: string } | undefined =
    project && options.baseText !== undefined ? { of: project, text: options.baseText } : undefined
  const textOf = (json: ProjectJson): string => {
    if (text?.of !== json) text = { of: json, text: projectFileText(options.projectPath, json, new Date()) }
    return text.text
  }
  // A journal append failed (full or read-only disk): no more appends until the file is written.
  let journalRefused = false
  let fileBehindSince: number | undefined
  let journalTimer: ReturnType<typeof setTimeout> | undefined
  let fileTimer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<ProjectSaveStatus> = Promise.resolve({ state: 'saved' })
  let status: ProjectSaveStatus = { state: 'saved' }
  const report = (next: ProjectSaveStatus) => {
    status = next
    options.onStatus?.(next)
  }
  const conflicted = () => status.state === 'conflict'
  const failed = () => status.state === 'error'

  /** The edits since the last append go to the journal: a snapshot first, if it has none. */
  const toJournal = async (): Promise<void> => {
    if (!project || (queued.length === 0 && !rebase)) return
    const records = queued
    const from = queuedFrom
    const whole = rebase || !journal.hasBase()
    const wasRebase = rebase
    queued = []
    rebase = false
    try {
      // A whole project from the page: its file text now, which the file write then reuses as it is.
      if (wasRebase) await journal.appendBaseText(textOf(project))
      // After the file was written: its text, and the edits since.
      else if (whole && from && text?.of === from) await journal.appendBaseText(text.text, records)
      else if (whole) await journal.appendBase(project)
      else for (const changes of records) await journal.appendChanges(changes)
    } catch (error) {
      queued = records.concat(queued)
      queuedFrom = from
      rebase ||= whole
      throw error
    }
  }

  /** The whole project goes to its file, if the file still holds what this writer saw. */
  /** False (and the status says so) when someone else saved the file since this writer last saw it. */
  const fileStillMine = async (): Promise<boolean> => {
    if (!seenKnown) {
      seen = (await stillAsSeen(options.projectPath, undefined)).stamp
      seenKnown = true
    }
    if ((await stillAsSeen(options.projectPath, seen)).same) return true
    report({ state: 'conflict', code: 'changed-elsewhere' })
    return false
  }

  const toFile = async (): Promise<void> => {
    if (!project || fileBehindSince === undefined || conflicted()) return
    if (!(await fileStillMine())) return
    const writing = project
    seen = await writeProjectText(options.projectPath, textOf(writing), options.fs ? { fs: options.fs } : {})
    if (project === writing) {
      // The file holds every queued edit: the journal is no longer needed.
      fileBehindSince = undefined
      queued = []
      rebase = false
      journalRefused = false
      await journal.clear()
    }
  }

  const step = async (writeFile: boolean): Promise<ProjectSaveStatus> => {
    const retrying = failed()
    if (!conflicted()) report({ state: 'saving' })
    let problem: unknown
    try {
      // After a failure the whole file is tried first: its success makes the journal unnecessary.
      if (writeFile || retrying) await toFile()
      // Otherwise a look at the file (a stat, almost always) tells the editor of a conflict at their
      // next edit, not only at the next calm moment.
      else if (!conflicted() && project) await fileStillMine()
    } catch (error) {
      problem = error
    }
    // While the disk refuses journal appends, none are tried: each would leave torn bytes or eat
    // space the user frees. The file write above is the retry.
    if (!journalRefused) {
      try {
        await toJournal()
      } catch (error) {
        journalRefused = true
        problem ??= error
      }
    }
    if (problem !== undefined) {
      report({ state: 'error', code: (problem as NodeJS.ErrnoException).code ?? 'unknown' })
      schedule('journal', retry)
    } else if (!conflicted()) report({ state: queued.length > 0 || rebase ? 'unsaved' : 'saved', savedAt: Date.now() })
    return status
  }
  const run = (writeFile: boolean): Promise<ProjectSaveStatus> => {
    running = running.then(
      () => step(writeFile),
      () => step(writeFile),
    )
    return running
  }
  function schedule(which: 'journal' | 'file', ms: number): void {
    if (which === 'journal') {
      journalTimer ??= setTimeout(() => {
        journalTimer = undefined
        void run(failed())
      }, ms)
      return
    }
    if (fileTimer) clearTimeout(fileTimer)
    fileTimer = setTimeout(() => {
      fileTimer = undefined
      void run(true)
    }, ms)
  }
  const edited = () => {
    fileBehindSince ??= Date.now()
    if (!failed() && !conflicted()) report({ state: 'unsaved' })
    schedule('journal', failed() ? retry : delay)
    // Typing keeps pushing the calm moment back, but never past maxLag after the first unsaved edit.
    if (!conflicted()) schedule('file', Math.max(0, Math.min(calm, fileBehindSince + maxLag - Date.now())))
  }

  return {
    edit(changes) {
      if (!project) return false
      if (queued.length === 0) queuedFrom = project
      project = applyProjectChanges(project, changes)
      queued.push(changes)
      edited()
      return true
    },
    replace(next) {
      project = next
      queued = []
      rebase = true
      edited()
    },
    current: () => project,
    async flush() {
      if (journalTimer) clearTimeout(journalTimer)
      if (fileTimer) clearTimeout(fileTimer)
      journalTimer = fileTimer = undefined
      return run(true)
    },
    adopt(next, stamp) {
      project = next
      seen = stamp
      seenKnown = true
      queued = []
      rebase = false
      journalRefused = false
      fileBehindSince = undefined
      report({ state: 'saved', savedAt: Date.now() })
      void journal.clear()
    },
    async dispose() {
      if (journalTimer) clearTimeout(journalTimer)
      if (fileTimer) clearTimeout(fileTimer)
      journalTimer = fileTimer = undefined
      await running.catch(() => undefined)
      if (fileBehindSince === undefined) await journal.clear().catch(() => undefined)
    },
  }
}
