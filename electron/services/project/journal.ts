/**
 * The edit journal: an append-only file beside a project that holds every edit not yet in the
 * project file. Its first record is a whole snapshot of the project; each later one holds only what
 * changed (a few hundred bytes per keystroke, however long the project). Each append is fsynced
 * before the edit counts as saved. A successful write of the project file empties the journal.
 *
 * Every writer (an editor window or browser tab) has a journal of its own, named with its process
 * id, so two writers never interleave records and a crashed writer's journal is recognised as such.
 *
 * Records always start on a line boundary: when an append fails halfway (a full disk), the file is
 * cut back to its size before that append; if even that fails, the next append first cuts it back to
 * its last newline. So a torn record can only ever be the last line, and the reader applies every
 * complete record before it.
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import { applyProjectChanges, projectChangesSchema, type ProjectChanges } from '../../../shared/project/project-changes'
import { projectFromJson, type Project, type ProjectJson } from '../../../shared/project/project-file'

/** The newest complete work a journal holds (as the model and as checked JSON), and when it was written. */
export type JournalEntry = Readonly<{ project: Project; json: ProjectJson; writtenAt: number }>

/** One record of the journal file. */
type JournalRecord = { t: number; base: ProjectJson } | { t: number; changes: ProjectChanges }

/** The journal a writer of this process keeps for a project: `.name.eglur.<pid>-<writer>.journal`. */
export function writerJournalPath(projectPath: string, writerId: string): string {
  return path.join(path.dirname(projectPath), `.${path.basename(projectPath)}.${process.pid}-${writerId}.journal`)
}

/** Every journal beside a project (older versions of Eglur wrote `.name.eglur.journal`). */
export async function journalsBeside(projectPath: string): Promise<Array<{ path: string; pid?: number }>> {
  const prefix = `.${path.basename(projectPath)}.`
  const names = await fs.readdir(path.dirname(projectPath)).catch(() => [] as string[])
  return names
    .filter((name) => name.startsWith(prefix) && name.endsWith('.journal'))
    .map((name) => {
      const pid = Number(/^(\d+)-[\w-]+$/.exec(name.slice(prefix.length, -'.journal'.length))?.[1])
      return { path: path.join(path.dirname(projectPath), name), ...(pid > 0 ? { pid } : {}) }
    })
}

/** An open journal for one writer. Appends are serialised by the autosaver. */
export type Journal = Readonly<{
  path: string
  /** Appends a whole snapshot (starts the journal after it was emptied). */
  appendBase: (project: ProjectJson, now?: number) => Promise<void>
  /**
   * Appends a whole snapshot given as the project's file text (the characters the file gets, so the
   * project is serialised once for both), then `changes` made since it; one write, one fsync.
   */
  appendBaseText: (fileText: string, changes?: readonly ProjectChanges[], now?: number) => Promise<void>
  /** Appends a set of changes. */
  appendChanges: (changes: ProjectChanges, now?: number) => Promise<void>
  /** True when the journal holds a snapshot (later records can be changes). */
  hasBase: () => boolean
  /** Empties the journal (the project file now holds everything). */
  clear: () => Promise<void>
}>

/** The parts of `fs.promises` the journal uses, injectable so tests can fill the disk mid-append. */
export type JournalFs = Pick<typeof fs, 'open' | 'rm'>

/** Opens (lazily creates) a writer's journal. */
export function openJournal(journalPath: string, io: JournalFs = fs): Journal {
  let based = false
  // When a failed append could not be cut back, the next append repairs the tail first.
  let needsRepair = false
  const append = async (lines: string): Promise<void> => {
    const handle = await io.open(journalPath, 'a')
    try {
      if (needsRepair) {
        await cutToLastNewline(handle)
        needsRepair = false
      }
      const { size } = await handle.stat()
      try {
        await handle.writeFile(lines)
        await handle.sync()
      } catch (error) {
        // Take the torn bytes back off so the next record starts on a line of its own.
        await handle.truncate(size).then(
          () => handle.sync(),
          () => (needsRepair = true),
        )
        throw error
      }
    } finally {
      await handle.close().catch(() => undefined)
    }
  }
  return {
    path: journalPath,
    async appendBase(project, now = Date.now()) {
      await append(line({ t: now, base: project }))
      based = true
    },
    async appendBaseText(fileText, changes = [], now = Date.now()) {
      // A line break in JSON text is only ever whitespace between values (inside strings it is
      // written \n), so the file's lines joined with spaces are the same JSON on one line.
      await append(
        `{"t":${now},"base":${fileText.replaceAll('\n', ' ')}}\n${changes.map((c) => line({ t: now, changes: c })).join('')}`,
      )
      based = true
    },
    async appendChanges(changes, now = Date.now()) {
      await append(line({ t: now, changes }))
    },
    hasBase: () => based,
    async clear() {
      await io.rm(journalPath, { force: true })
      based = false
      needsRepair = false
    },
  }
}

const line = (record: JournalRecord): string => `${JSON.stringify(record)}\n`

async function cutToLastNewline(handle: fs.FileHandle): Promise<void> {
  const { size } = await handle.stat()
  const chunk = 64 * 1024
  for (let end = size; end > 0; end -= chunk) {
    const start = Math.max(0, end - chunk)
    const buffer = Buffer.alloc(end - start)
    await handle.read(buffer, 0, buffer.length, start)
    const at = buffer.lastIndexOf(0x0a)
    if (at >= 0) {
      if (start + at + 1 < size) await handle.truncate(start + at + 1)
      return
    }
  }
  await handle.truncate(0)
}

/**
 * The newest complete work in a journal: the last snapshot with every complete later record applied.
 * A record that cannot be read (torn by a crash) is passed over; the ones after it still count.
 */
export async function readJournal(journalPath: string): Promise<JournalEntry | undefined> {
  let text: string
  try {
    text = await fs.readFile(journalPath, 'utf8')
  } catch {
    return undefined
  }
  let current: ProjectJson | undefined
  let writtenAt = 0
  for (const line of text.split('\n')) {
    const record = parseRecord(line)
    if (!record) continue
    if ('base' in record) current = record.base
    else if (current) current = applyProjectChanges(current, record.changes)
    else continue
    writtenAt = record.t
  }
  if (!current) return undefined
  const parsed = projectFromJson(current)
  return parsed.ok ? { project: parsed.project, json: parsed.json, writtenAt } : undefined
}

function parseRecord(line: string): JournalRecord | undefined {
  if (!line.trim()) return undefined
  try {
    const raw = JSON.parse(line) as { t?: unknown; base?: unknown; changes?: unknown; p?: unknown }
    if (typeof raw.t !== 'number') return undefined
    // Journals of earlier versions held whole snapshots under "p".
    const base = raw.base ?? raw.p
    if (base && typeof base === 'object') return { t: raw.t, base: base as ProjectJson }
    const changes = projectChangesSchema.safeParse(raw.changes)
    return changes.success ? { t: raw.t, changes: changes.data } : undefined
  } catch {
    return undefined
  }
}
