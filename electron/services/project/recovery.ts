/**
 * At open: is there work in a journal beside the project that its file does not hold? A journal is
 * left behind when its writer crashed or was killed; the journals of writers still running (another
 * window of this app, another program) are theirs, not work to recover.
 */

import { promises as fs } from 'node:fs'
import { journalsBeside, readJournal } from './journal'
import { saveProject } from './project-store'
import {
  parseProjectJson,
  projectFromParsedJson,
  serializeProject,
  type Project,
  type ProjectJson,
} from '../../../shared/project/project-file'
import { isProcessRunning } from '../process-alive'

/** Unsaved work found for a project (as the model and as checked JSON), when it is from, and the journals it was read from. */
export type Recoverable = Readonly<{
  projectPath: string
  project: Project
  json: ProjectJson
  writtenAt: number
  cueCount: number
  journals: readonly string[]
}>

/** True for a journal that belongs to a writer still open in this process. */
export type LiveJournal = (journalPath: string) => boolean

/** The journals beside a project whose writers are gone. */
export async function orphanJournals(projectPath: string, isLive: LiveJournal = () => false): Promise<string[]> {
  const all = await journalsBeside(projectPath)
  return all
    .filter((j) => (j.pid === undefined || j.pid === process.pid ? !isLive(j.path) : !isProcessRunning(j.pid)))
    .map((j) => j.path)
}

/**
 * The newest work left in journals when it differs from the saved project (or the file is missing or
 * damaged). `saved`: the file's checked JSON when the caller has just read it (it is not read again).
 */
export async function findRecoverable(
  projectPath: string,
  isLive: LiveJournal = () => false,
  saved?: ProjectJson,
): Promise<Recoverable | undefined> {
  const journals = await orphanJournals(projectPath, isLive)
  if (journals.length === 0) return undefined
  let newest: { project: Project; json: ProjectJson; writtenAt: number } | undefined
  for (const journal of journals) {
    const entry = await readJournal(journal)
    if (entry && (!newest || entry.writtenAt > newest.writtenAt)) newest = entry
  }
  if (!newest) return undefined
  const file = saved ?? (await readSavedJson(projectPath))
  const same =
    file && serializeProject(projectFromParsedJson(file), new Date(0)) === serializeProject(newest.project, new Date(0))
  return same ? undefined : { projectPath, ...newest, cueCount: newest.project.doc.cues.length, journals }
}

async function readSavedJson(projectPath: string): Promise<ProjectJson | undefined> {
  try {
    const parsed = parseProjectJson(await fs.readFile(projectPath, 'utf8'))
    return parsed.ok ? parsed.json : undefined
  } catch {
    return undefined
  }
}

/** Saves the recovered work as the project and removes the journals it came from. */
export async function recover(found: Recoverable): Promise<void> {
  await saveProject(found.projectPath, found.project)
  await removeJournals(found.journals)
}

/** Throws the work of crashed writers away. */
export async function discardRecovery(projectPath: string, isLive: LiveJournal = () => false): Promise<void> {
  await removeJournals(await orphanJournals(projectPath, isLive))
}

/** Removes journals whose work is no longer wanted (or is safely in the project file). */
export async function removeJournals(journals: readonly string[]): Promise<void> {
  for (const journal of journals) await fs.rm(journal, { force: true })
}
