/** At start: is there work in a project's journal that its file does not hold? Recover or discard it. */

import { promises as fs } from 'node:fs'
import { readJournal, clearJournal } from './journal'
import { journalPath, saveProject } from './project-store'
import { parseProjectFile, type Project } from '../../../shared/project/project-file'
import { serializeProject } from '../../../shared/project/project-file'

/** Unsaved work found for a project, and when it is from. */
export type Recoverable = Readonly<{ projectPath: string; project: Project; writtenAt: number; cueCount: number }>

/** The journal's work when it differs from the saved project (or the project file is missing or damaged). */
export async function findRecoverable(projectPath: string): Promise<Recoverable | undefined> {
  const entry = await readJournal(journalPath(projectPath))
  if (!entry) return undefined
  let saved: Project | undefined
  try {
    const parsed = parseProjectFile(await fs.readFile(projectPath, 'utf8'))
    if (parsed.ok) saved = parsed.project
  } catch {
    saved = undefined
  }
  const same = saved && serializeProject(saved, new Date(0)) === serializeProject(entry.project, new Date(0))
  return same ? undefined : { projectPath, project: entry.project, writtenAt: entry.writtenAt, cueCount: entry.project.doc.cues.length }
}

/** Saves the recovered work as the project and empties the journal. */
export async function recover(found: Recoverable): Promise<void> {
  await saveProject(found.projectPath, found.project)
  await clearJournal(journalPath(found.projectPath))
}

/** Throws the journal's work away. */
export async function discardRecovery(projectPath: string): Promise<void> {
  await clearJournal(journalPath(projectPath))
}
