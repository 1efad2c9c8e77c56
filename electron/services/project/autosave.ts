/**
 * Autosave: within `delayMs` of the first unsaved edit (never later, however fast the editor types),
 * the project goes to the journal (append + fsync) and then to the project file (atomic). Saves never
 * overlap. When the disk fails the work stays in memory (and in the journal if that write worked), the
 * status says why, and saving is tried again on the next edit and every few seconds.
 */

import { appendToJournal, clearJournal } from './journal'
import { journalPath, saveProject } from './project-store'
import type { Project } from '../../../shared/project/project-file'
import type { AtomicFs } from '../atomic-write'

/** Where saving stands, for the "All changes saved" indicator. */
export type AutosaveStatus = Readonly<{ state: 'saved' | 'saving' | 'unsaved' | 'error'; code?: string; savedAt?: number }>

/** Options of the autosaver. */
export type AutosaverOptions = Readonly<{
  projectPath: string
  /** Longest time an edit waits before it is on disk (default 800 ms, the bound is 1 s). */
  delayMs?: number
  /** How soon to retry after a failed save. */
  retryMs?: number
  onStatus?: (status: AutosaveStatus) => void
  /** File system for the project file's atomic writes (tests inject a full or read-only disk). */
  fs?: AtomicFs
}>

/** The autosaver for one open project. */
export type Autosaver = Readonly<{
  /** Records the project after an edit. */
  edit: (project: Project) => void
  /** Writes anything pending now (before closing). Resolves when it is on disk or failed. */
  flush: () => Promise<AutosaveStatus>
  /** Stops timers (after flush). */
  dispose: () => void
}>

/** Creates an autosaver. */
export function createAutosaver(options: AutosaverOptions): Autosaver {
  const delay = options.delayMs ?? 800
  const retry = options.retryMs ?? 3000
  const journal = journalPath(options.projectPath)
  let pending: Project | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<AutosaveStatus> | undefined
  let status: AutosaveStatus = { state: 'saved' }
  const report = (next: AutosaveStatus) => {
    status = next
    options.onStatus?.(next)
  }

  const write = async (): Promise<AutosaveStatus> => {
    const project = pending
    if (!project) return status
    pending = undefined
    report({ state: 'saving' })
    try {
      await appendToJournal(journal, project)
      await saveProject(options.projectPath, project, options.fs ? { fs: options.fs } : {})
      if (!pending) await clearJournal(journal)
      report({ state: pending ? 'unsaved' : 'saved', savedAt: Date.now() })
    } catch (error) {
      // Keep the newest work in memory for the retry; nothing is dropped.
      pending ??= project
      report({ state: 'error', code: (error as NodeJS.ErrnoException).code ?? 'unknown' })
      schedule(retry)
    }
    return status
  }
  const run = (): Promise<AutosaveStatus> => {
    timer = undefined
    running = (running ?? Promise.resolve(status)).then(write, write).finally(() => {
      running = undefined
      if (pending && !timer && status.state !== 'error') schedule(delay)
    })
    return running
  }
  function schedule(ms: number): void {
    if (!timer) timer = setTimeout(() => void run(), ms)
  }

  return {
    edit(project) {
      pending = project
      if (status.state !== 'error') report({ state: 'unsaved' })
      schedule(delay)
    },
    async flush() {
      if (timer) clearTimeout(timer)
      timer = undefined
      if (running) await running
      return pending ? run() : status
    },
    dispose() {
      if (timer) clearTimeout(timer)
      timer = undefined
    },
  }
}
