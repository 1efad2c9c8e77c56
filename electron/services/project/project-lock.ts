/**
 * One owner per project file: `.name.eglur.lock` beside it names the process (pid and host) and the
 * writer (window or tab) that has it open. A second opener is told who has it, so the editor can be
 * warned before two people type into one project. A lock whose process is gone (on this machine) is
 * stale and taken over; a lock from another machine (a shared folder) is believed, since its process
 * cannot be checked from here.
 */

import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isProcessRunning } from '../process-alive'

/** Who holds a project open. */
export type LockHolder = Readonly<{ pid: number; host: string; writer: string; since: number }>

/** The outcome of asking for the lock: ours, or held by someone else who is still there. */
export type LockResult = { owned: true } | { owned: false; holder: LockHolder }

/** The lock file beside a project. */
export const lockPath = (projectPath: string): string =>
  path.join(path.dirname(projectPath), `.${path.basename(projectPath)}.lock`)

/**
 * Takes the lock for `writer` unless a live holder has it. `isLiveWriter` says whether a writer of
 * this process is still open (a tab that was closed without saying so leaves its lock behind).
 */
export async function acquireLock(
  projectPath: string,
  writer: string,
  isLiveWriter: (writer: string) => boolean,
): Promise<LockResult> {
  const file = lockPath(projectPath)
  const mine: LockHolder = { pid: process.pid, host: os.hostname(), writer, since: Date.now() }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, `${JSON.stringify(mine)}\n`, { flag: 'wx', mode: 0o644 })
      return { owned: true }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // A folder we cannot write to: nobody else can lock it either, and saving will say why.
      if (code !== 'EEXIST') return { owned: true }
    }
    const holder = await readHolder(file)
    if (holder && holder.writer === writer && holder.pid === process.pid) return { owned: true }
    if (holder && !isStale(holder, isLiveWriter)) return { owned: false, holder }
    await fs.rm(file, { force: true })
  }
  return { owned: true }
}

/** Gives the lock back, if `writer` holds it. */
export async function releaseLock(projectPath: string, writer: string): Promise<void> {
  const file = lockPath(projectPath)
  const holder = await readHolder(file)
  if (holder && holder.pid === process.pid && holder.writer === writer) await fs.rm(file, { force: true })
}

/** Who holds the lock now, if anyone live does. */
export async function lockHolder(
  projectPath: string,
  isLiveWriter: (writer: string) => boolean,
): Promise<LockHolder | undefined> {
  const holder = await readHolder(lockPath(projectPath))
  return holder && !isStale(holder, isLiveWriter) ? holder : undefined
}

function isStale(holder: LockHolder, isLiveWriter: (writer: string) => boolean): boolean {
  if (holder.host !== os.hostname()) return false
  if (holder.pid === process.pid) return !isLiveWriter(holder.writer)
  return !isProcessRunning(holder.pid)
}

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    const raw = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockHolder>
    if (
      typeof raw.pid === 'number' &&
      typeof raw.host === 'string' &&
      typeof raw.writer === 'string' &&
      typeof raw.since === 'number'
    )
      return raw as LockHolder
  } catch {
    // Missing, or half-written by a process killed while writing it: no valid holder.
  }
  return undefined
}
