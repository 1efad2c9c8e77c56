/**
 * The edit journal: an append-only file of whole-project snapshots, one JSON line each, written and
 * fsynced at most about once a second by the autosaver. After a crash the last complete line is the
 * latest work; a line torn by a kill in mid-write is ignored. A successful save empties the journal.
 *
 * Whole snapshots (not diffs) keep replay exact and simple; a 3-hour project is ~0.5 MB of JSON, so
 * one line a second is well within what any disk sustains.
 */

import { promises as fs } from 'node:fs'
import { parseProjectFile, serializeProject, type Project } from '../../../shared/project/project-file'

/** One recovered snapshot. */
export type JournalEntry = Readonly<{ project: Project; writtenAt: number }>

/** Appends a snapshot and makes it durable before returning. */
export async function appendToJournal(journalPath: string, project: Project, now = new Date()): Promise<void> {
  const line = `${JSON.stringify({ t: now.getTime(), p: JSON.parse(serializeProject(project, now)) })}\n`
  const handle = await fs.open(journalPath, 'a')
  try {
    await handle.writeFile(line)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The newest complete snapshot in a journal, or undefined when there is none (or no journal). */
export async function readJournal(journalPath: string): Promise<JournalEntry | undefined> {
  let text: string
  try {
    text = await fs.readFile(journalPath, 'utf8')
  } catch {
    return undefined
  }
  const lines = text.split('\n')
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim()
    if (!line) continue
    try {
      const record = JSON.parse(line) as { t: number; p: unknown }
      const parsed = parseProjectFile(JSON.stringify(record.p))
      if (parsed.ok && typeof record.t === 'number') return { project: parsed.project, writtenAt: record.t }
    } catch {
      // A line torn by a crash in mid-write: the one before it is the latest complete work.
    }
  }
  return undefined
}

/** Empties the journal after the project file itself holds the work. */
export async function clearJournal(journalPath: string): Promise<void> {
  await fs.rm(journalPath, { force: true })
}
