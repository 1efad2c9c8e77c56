/**
 * A project's version history on disk. `.name.eglur.versions/` beside the project holds, per version,
 * a whole copy of the project (`<id>.eglur`) and a small description (`<id>.json`: when, why, what
 * changed since the version before, size), each written atomically, the copy first. A version is
 * offered only when its description reads and its copy has the size the description records, so a
 * damaged or half-written entry is skipped, never offered. Copies in the older `.name.eglur.backups/`
 * folder are listed too (reason `backup`) when they open. What is kept and for how long: ./version-policy.ts.
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { compareProjects, type ProjectDifferences } from '../../../shared/project/compare'
import { parseProjectFile, type Project } from '../../../shared/project/project-file'
import {
  VERSION_ID_PATTERN,
  VERSION_REASONS,
  type VersionInfo,
  type VersionReason,
} from '../../../shared/project/version-info'
import { writeFileAtomic } from '../atomic-write'
import { timedVersionDue, versionsToDrop } from './version-policy'

/** The folder holding a project's versions: `.name.eglur.versions` beside it. */
export const versionFolder = (projectPath: string): string =>
  path.join(path.dirname(projectPath), `.${path.basename(projectPath)}.versions`)

/** The folder where earlier releases kept backups: `.name.eglur.backups` (still read, never written). */
export const backupFolder = (projectPath: string): string =>
  path.join(path.dirname(projectPath), `.${path.basename(projectPath)}.backups`)

const count = z.number().int().nonnegative()
const beforeAfter = z.object({ before: z.string(), after: z.string() })
const differencesSchema = z.object({
  same: z.boolean(),
  captions: z.object({
    before: count,
    after: count,
    added: count,
    removed: count,
    textChanged: count,
    timingChanged: count,
    speakerChanged: count,
    descriptionsChanged: count,
    headingsChanged: count,
    addedExamples: z.array(z.string()),
    removedExamples: z.array(z.string()),
    textExamples: z.array(beforeAfter),
  }),
  speakers: z.object({ added: z.array(z.string()), removed: z.array(z.string()), renamed: z.array(beforeAfter) }),
  glossary: z.object({ added: count, removed: count, changed: count }),
  title: beforeAfter.optional(),
})
const metaSchema = z.object({
  format: z.literal('eglur-version'),
  reason: z.enum(VERSION_REASONS),
  keptAt: count,
  bytes: count,
  cueCount: count,
  detail: z.string().max(300).optional(),
  summary: z.unknown().optional(),
})

/** A version and where its copy is. */
type Entry = VersionInfo & Readonly<{ file: string; meta?: string }>

const TIME_IN_NAME = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z/
const nameTime = (keptAt: number) => new Date(keptAt).toISOString().replace(/[:.]/g, '-')
const timeFromName = (name: string): number | undefined => {
  const m = TIME_IN_NAME.exec(name)
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : undefined
}
const isDefined = <T>(value: T | undefined): value is T => value !== undefined

/** The versions in the versions folder whose description reads and whose copy is whole. */
async function historyEntries(projectPath: string): Promise<Entry[]> {
  const folder = versionFolder(projectPath)
  const names = await fs.readdir(folder).catch(() => [] as string[])
  const read = async (name: string): Promise<Entry | undefined> => {
    const id = name.slice(0, -'.json'.length)
    if (!VERSION_ID_PATTERN.test(id)) return undefined
    try {
      const meta = metaSchema.safeParse(JSON.parse(await fs.readFile(path.join(folder, name), 'utf8')))
      const file = path.join(folder, `${id}.eglur`)
      if (!meta.success || (await fs.stat(file)).size !== meta.data.bytes) return undefined
      const { reason, keptAt, bytes, cueCount, detail } = meta.data
      // A damaged summary loses only the summary: the version itself still opens.
      const summary = meta.data.summary === undefined ? undefined : differencesSchema.safeParse(meta.data.summary)
      return {
        id,
        keptAt,
        reason,
        bytes,
        cueCount,
        ...(detail !== undefined ? { detail } : {}),
        ...(summary?.success ? { summary: summary.data as ProjectDifferences } : {}),
        file,
        meta: path.join(folder, name),
      }
    } catch {
      return undefined // unreadable: skipped, never offered
    }
  }
  return (await Promise.all(names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map(read))).filter(isDefined)
}

/** Copies in the old backups folder; with `check`, only those that open as projects. */
async function backupEntries(projectPath: string, check: boolean): Promise<Entry[]> {
  const folder = backupFolder(projectPath)
  const names = await fs.readdir(folder).catch(() => [] as string[])
  const read = async (name: string): Promise<Entry | undefined> => {
    const id = `backup-${name.slice(0, -'.eglur'.length)}`
    if (!VERSION_ID_PATTERN.test(id)) return undefined
    const file = path.join(folder, name)
    try {
      const stat = await fs.stat(file)
      let cueCount = 0
      if (check) {
        const parsed = parseProjectFile(await fs.readFile(file, 'utf8'))
        if (!parsed.ok) return undefined
        cueCount = parsed.project.doc.cues.length
      }
      return {
        id,
        keptAt: timeFromName(name) ?? Math.round(stat.mtimeMs),
        reason: 'backup',
        bytes: stat.size,
        cueCount,
        file,
      }
    } catch {
      return undefined
    }
  }
  return (await Promise.all(names.filter((n) => n.endsWith('.eglur') && !n.startsWith('.')).map(read))).filter(
    isDefined,
  )
}

const publicInfo = ({ file: _file, meta: _meta, ...info }: Entry): VersionInfo => info
const newestFirst = (entries: Entry[]): Entry[] => entries.sort((a, b) => b.keptAt - a.keptAt || (a.id < b.id ? 1 : -1))

/** The versions a project has, newest first: only those that can be opened. */
export async function listVersions(projectPath: string): Promise<VersionInfo[]> {
  const [history, backups] = await Promise.all([historyEntries(projectPath), backupEntries(projectPath, true)])
  return newestFirst([...history, ...backups]).map(publicInfo)
}

/** Reading a version: the project, or why not (`not-found`, or `damaged-project` with the parser's message). */
export type ReadVersionResult =
  | { ok: true; project: Project; info: VersionInfo }
  | { ok: false; code: 'not-found' | 'damaged-project'; message: string }

/** Reads one version of a project. Never throws for a missing or damaged version. */
export async function readVersion(projectPath: string, id: string): Promise<ReadVersionResult> {
  if (!VERSION_ID_PATTERN.test(id)) return { ok: false, code: 'not-found', message: id }
  const entries = id.startsWith('backup-') ? await backupEntries(projectPath, false) : await historyEntries(projectPath)
  const entry = entries.find((e) => e.id === id)
  if (!entry) return { ok: false, code: 'not-found', message: id }
  let text: string
  try {
    text = await fs.readFile(entry.file, 'utf8')
  } catch {
    return { ok: false, code: 'not-found', message: id }
  }
  const parsed = parseProjectFile(text)
  if (!parsed.ok) return { ok: false, code: 'damaged-project', message: parsed.message }
  return { ok: true, project: parsed.project, info: publicInfo({ ...entry, cueCount: parsed.project.doc.cues.length }) }
}

/** Options for keeping a version. */
export type KeepOptions = Readonly<{ now?: Date; detail?: string }>

/** The last version kept per project in this process, parsed, so the next summary need not read it again. */
const lastKept = new Map<string, { id: string; project: Project }>()
const LAST_KEPT_MAX = 8
/** Version work on one project runs one step at a time (a save and a bulk change may ask together). */
const queues = new Map<string, Promise<unknown>>()

function serial<T>(projectPath: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(projectPath) ?? Promise.resolve()).then(work, work)
  const tail = run.catch(() => undefined)
  queues.set(projectPath, tail)
  void tail.then(() => queues.get(projectPath) === tail && queues.delete(projectPath))
  return run
}

/**
 * Keeps the project file as it is now as a version (before a bulk change, a restore…), then applies
 * the policy. Resolves with the version, or undefined when there is no file yet or it does not open
 * (a copy that cannot be opened is never kept). Rejects when the disk refuses the copy.
 */
export function keepVersion(
  projectPath: string,
  reason: VersionReason,
  options: KeepOptions = {},
): Promise<VersionInfo | undefined> {
  return serial(projectPath, () => keep(projectPath, reason, options.now ?? new Date(), options.detail))
}

/** Keeps a regular version when one is due (none in the last 10 minutes); called by every save before it replaces the file. */
export function keepTimedVersion(
  projectPath: string,
  options: Readonly<{ now?: Date }> = {},
): Promise<VersionInfo | undefined> {
  const now = options.now ?? new Date()
  return serial(projectPath, async () => {
    // Names only: this runs on every save, so no description is read unless a version is due.
    const names = await fs.readdir(versionFolder(projectPath)).catch(() => [] as string[])
    const times = names
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .map(timeFromName)
      .filter(isDefined)
    if (!timedVersionDue(times.length ? Math.max(...times) : undefined, now.getTime())) return undefined
    return keep(projectPath, 'time', now)
  })
}

async function keep(
  projectPath: string,
  reason: VersionReason,
  now: Date,
  detail?: string,
): Promise<VersionInfo | undefined> {
  let bytes: Buffer
  try {
    bytes = await fs.readFile(projectPath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  const current = parseProjectFile(bytes.toString('utf8'))
  if (!current.ok) return undefined
  const previous = await previousProject(projectPath)
  const summary = previous ? compareProjects(previous, current.project) : undefined
  // Ten minutes without a change is not a new version.
  if (reason === 'time' && summary?.same) return undefined
  const folder = versionFolder(projectPath)
  await fs.mkdir(folder, { recursive: true })
  const id = `${nameTime(now.getTime())}-${reason}-${Math.random().toString(36).slice(2, 6)}`
  const info: VersionInfo = {
    id,
    keptAt: now.getTime(),
    reason,
    bytes: bytes.byteLength,
    cueCount: current.project.doc.cues.length,
    ...(detail ? { detail: detail.slice(0, 300) } : {}),
    ...(summary ? { summary } : {}),
  }
  // The copy first, its description second: a description is only ever written for a whole copy.
  await writeFileAtomic(path.join(folder, `${id}.eglur`), bytes)
  const { id: _id, ...meta } = info
  await writeFileAtomic(path.join(folder, `${id}.json`), `${JSON.stringify({ format: 'eglur-version', ...meta })}\n`)
  lastKept.delete(projectPath)
  lastKept.set(projectPath, { id, project: current.project })
  if (lastKept.size > LAST_KEPT_MAX) lastKept.delete(lastKept.keys().next().value!)
  await prune(projectPath, now.getTime())
  return info
}

/** The newest version kept, parsed (from memory when this process kept it). */
async function previousProject(projectPath: string): Promise<Project | undefined> {
  const newest = newestFirst(await historyEntries(projectPath))[0]
  if (!newest) return undefined
  const remembered = lastKept.get(projectPath)
  if (remembered?.id === newest.id) return remembered.project
  const parsed = parseProjectFile(await fs.readFile(newest.file, 'utf8').catch(() => ''))
  return parsed.ok ? parsed.project : undefined
}

/** How old a copy without a description must be before it is taken for the leftover of a killed keep. */
const ORPHAN_AGE_MS = 60_000

/** Removes what the policy drops (description first, so a half-removed version is never offered) and leftovers of killed keeps. */
async function prune(projectPath: string, now: number): Promise<void> {
  const [history, backups] = await Promise.all([historyEntries(projectPath), backupEntries(projectPath, false)])
  const drop = versionsToDrop([...history, ...backups], now)
  for (const e of [...history, ...backups].filter((v) => drop.has(v.id))) {
    if (e.meta) await fs.rm(e.meta, { force: true })
    await fs.rm(e.file, { force: true })
  }
  if (backups.length > 0 && backups.every((b) => drop.has(b.id)))
    await fs.rmdir(backupFolder(projectPath)).catch(() => undefined)
  const folder = versionFolder(projectPath)
  const names = new Set(await fs.readdir(folder).catch(() => [] as string[]))
  for (const name of names) {
    if (name.startsWith('.') || !name.endsWith('.eglur') || names.has(`${name.slice(0, -'.eglur'.length)}.json`))
      continue
    const stat = await fs.stat(path.join(folder, name)).catch(() => undefined)
    if (stat && Date.now() - stat.mtimeMs > ORPHAN_AGE_MS) await fs.rm(path.join(folder, name), { force: true })
  }
}
