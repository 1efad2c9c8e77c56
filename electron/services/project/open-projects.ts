/**
 * The projects open in this process, one entry per writer (a window or tab) per project file. A
 * project is known by its real path, so `/a/b.eglur`, `/a//b.eglur` and the same file reached through
 * a symlinked folder are one project with one lock, one set of journals and one conflict check.
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { OpenElsewhere, ProjectSaveStatus } from '../../../shared/ipc/contract'
import type { ProjectChanges } from '../../../shared/project/project-changes'
import type { ProjectJson } from '../../../shared/project/project-file'
import { createAutosaver, type Autosaver } from './autosave'
import { stampOf, type FileStamp } from './file-stamp'
import { writerJournalPath } from './journal'
import { acquireLock, releaseLock } from './project-lock'
import { projectFileText, writeProjectJson, writeProjectText } from './project-store'
import { removeJournals } from './recovery'

/** One writer's hold on one project. */
type Writer = { real: string; writer: string; saver: Autosaver; inherited: readonly string[] }

/** Options of the registry. */
export type OpenProjectsOptions = Readonly<{
  /** Where each writer's save status goes (keyed by the path the writer uses). */
  onStatus: (real: string, writer: string, status: ProjectSaveStatus) => void
  autosaveDelayMs?: number
}>

/** The registry of open projects. */
export type OpenProjects = ReturnType<typeof createOpenProjects>

/** Creates the registry. */
export function createOpenProjects(options: OpenProjectsOptions) {
  const writers = new Map<string, Writer>()
  const keyOf = (real: string, writer: string) => `${real}\n${writer}`
  const isLiveWriter = (writer: string) => [...writers.values()].some((w) => w.writer === writer)
  const isLiveJournal = (journal: string) =>
    [...writers.values()].some((w) => writerJournalPath(w.real, w.writer) === journal)

  const start = async (
    real: string,
    writer: string,
    base: ProjectJson | undefined,
    seen: FileStamp | undefined,
    inherited: readonly string[] = [],
    baseText?: string,
  ): Promise<OpenElsewhere | undefined> => {
    await stop(real, writer)
    const entry: Writer = { real, writer, inherited, saver: undefined as unknown as Autosaver }
    entry.saver = createAutosaver({
      projectPath: real,
      writerId: writer,
      ...(base ? { base } : {}),
      ...(baseText !== undefined ? { baseText } : {}),
      seen,
      ...(options.autosaveDelayMs !== undefined ? { delayMs: options.autosaveDelayMs } : {}),
      onStatus: (status) => {
        // Once this writer's work is in the file, the crashed writers' journals it recovered are done with.
        if (status.state === 'saved' && entry.inherited.length > 0 && !status.code)
          void removeJournals(entry.inherited).then(() => (entry.inherited = []))
        options.onStatus(real, writer, status)
      },
    })
    writers.set(keyOf(real, writer), entry)
    const lock = await acquireLock(real, writer, isLiveWriter)
    if (lock.owned) return undefined
    const { holder } = lock
    const here = holder.pid === process.pid
    return { where: here ? 'this-app' : 'another-program', host: holder.host, since: holder.since }
  }

  async function stop(real: string, writer: string): Promise<void> {
    const entry = writers.get(keyOf(real, writer))
    if (!entry) return
    writers.delete(keyOf(real, writer))
    await entry.saver.flush()
    await entry.saver.dispose()
    await releaseLock(real, writer)
    // Hand the lock to another writer of this process that still has the project open.
    const next = [...writers.values()].find((w) => w.real === real)
    if (next) await acquireLock(real, next.writer, isLiveWriter)
  }

  return {
    isLiveJournal,
    /** A writer starts on a project as read from disk (`recovered`: journals whose work it took over). */
    open: (real: string, writer: string, json: ProjectJson, seen: FileStamp, recovered: readonly string[] = []) =>
      start(real, writer, json, seen, recovered),
    /** A writer writes a new project (or a "save as") now and keeps it from then on. */
    async create(real: string, writer: string, json: ProjectJson): Promise<OpenElsewhere | undefined> {
      // The payload as validated on arrival, serialised once: the file now, the journal's first snapshot later.
      const text = projectFileText(real, json, new Date())
      const seen = await writeProjectText(real, text)
      return start(real, writer, json, seen, [], text)
    },
    /** Records an edit; false when this writer has no project to apply changes to. */
    edit(real: string, writer: string, edit: { changes?: ProjectChanges; project?: ProjectJson }): boolean {
      const entry = writers.get(keyOf(real, writer))
      if (edit.project) {
        if (entry) entry.saver.replace(edit.project)
        // A writer main does not know (browser mode's server restarted under an open page): trust the file as it is.
        else
          void start(real, writer, undefined, undefined).then(() =>
            writers.get(keyOf(real, writer))?.saver.replace(edit.project!),
          )
        return true
      }
      return !!entry && !!edit.changes && entry.saver.edit(edit.changes)
    },
    /** Writes a writer's pending work now. */
    async flush(real: string, writer?: string): Promise<ProjectSaveStatus> {
      const mine = [...writers.values()].filter((w) => w.real === real && (writer === undefined || w.writer === writer))
      const statuses = await Promise.all(mine.map((w) => w.saver.flush()))
      return statuses.find((s) => s.state !== 'saved') ?? { state: 'saved', savedAt: Date.now() }
    },
    close: stop,
    /** This writer's work as it holds it now. */
    current: (real: string, writer: string) => writers.get(keyOf(real, writer))?.saver.current(),
    /** After a conflict: the writer takes the file as it is now. */
    async adoptFile(real: string, writer: string, json: ProjectJson, bytes: Buffer): Promise<void> {
      const stat = await fs.stat(real)
      writers.get(keyOf(real, writer))?.saver.adopt(json, stampOf(bytes, stat))
    },
    /**
     * After a conflict: the writer's work is written as a new project beside the file, and the writer
     * lets the original go (its journal too: the work is safe in the copy). Returns the copy's path and
     * the work; with `keepEditing` the writer goes on with the copy.
     */
    async moveToCopy(
      real: string,
      writer: string,
      keepEditing: boolean,
    ): Promise<{ copy: string; mine: ProjectJson } | undefined> {
      const entry = writers.get(keyOf(real, writer))
      const mine = entry?.saver.current()
      if (!entry || !mine) return undefined
      const copy = await freeCopyName(real)
      const seen = await writeProjectJson(copy, mine)
      writers.delete(keyOf(real, writer))
      await entry.saver.dispose()
      await removeJournals([writerJournalPath(real, writer)])
      await releaseLock(real, writer)
      if (keepEditing) await start(copy, writer, mine, seen)
      return { copy, mine }
    },
    /** Writes everything pending and lets every project go (quitting). */
    async closeAll(): Promise<void> {
      for (const entry of [...writers.values()]) await stop(entry.real, entry.writer).catch(() => undefined)
    },
  }
}

/** `talk (my copy).eglur`, or `talk (my copy 2).eglur`… : the first name beside `real` that is free. */
async function freeCopyName(real: string): Promise<string> {
  const dir = path.dirname(real)
  const stem = path.basename(real, '.eglur')
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `${stem} (my copy${n === 1 ? '' : ` ${n}`}).eglur`)
    try {
      await fs.access(candidate)
    } catch {
      return candidate
    }
  }
}
