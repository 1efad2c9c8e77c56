/**
 * Atomic file writes: temp file in the same folder, fsync, rename (with retries for Windows, where a
 * virus scanner or indexer briefly holding the target makes rename fail with EPERM/EACCES).
 * The target is always either the old or the new content, never a truncated mix.
 *
 * Temps are named `.name.<pid>.<counter><ms><random>.tmp` (base 36) and created exclusively: two
 * writers of one file (even under two spellings of its path, `/a/b`, `/a//b` or through a symlinked
 * folder, or in two worker threads of one process) never share a temp, and a name left by an earlier
 * process with the same pid is skipped (a new name is tried). The pid lets a later run recognise the
 * temps of a process that died mid-write and remove them. (Not node:crypto's random bytes: it costs a
 * command-line convert several milliseconds to load, and the exclusive open already decides.)
 */

import { promises as fs, unlinkSync } from 'node:fs'
import path from 'node:path'
import { isProcessRunning } from './process-alive'

/** The parts of `fs.promises` this module uses, injectable so tests can simulate failing disks. */
export type AtomicFs = Pick<typeof fs, 'open' | 'rename' | 'unlink'>

/** Options for `writeFileAtomic`. */
export type AtomicWriteOptions = Readonly<{
  /** File system to use (tests inject failures). */
  fs?: AtomicFs
  /** How long to keep retrying a rename that fails with EPERM/EACCES/EBUSY, in ms. */
  renameRetryMs?: number
}>

const RETRYABLE = new Set(['EPERM', 'EACCES', 'EBUSY'])

/** Temp files this process has created and not yet renamed or removed (a signal handler removes them). */
const inFlight = new Set<string>()

/** Temps made by this process so far: with the pid, it makes every name this process tries new. */
let tempCount = 0

/** Targets whose folder has been swept for dead writers' temps in this process (once is enough). */
const swept = new Set<string>()

/** The temp files of writes in progress in this process. */
export const inFlightTempFiles = (): readonly string[] => [...inFlight]

/** Removes every in-flight temp file now; synchronous, for signal handlers about to exit. */
export function removeInFlightTempFiles(): void {
  for (const temp of inFlight) {
    try {
      unlinkSync(temp)
    } catch {
      // Already renamed or removed.
    }
  }
  inFlight.clear()
}

/** The process id in a temp file name made here (older versions used `.<pid>.<ms base 36>.tmp` too). */
export function tempFileOwner(name: string): number | undefined {
  const pid = Number(/\.(\d+)\.[0-9a-z]+\.tmp$/.exec(name)?.[1])
  return pid > 0 ? pid : undefined
}

/**
 * Removes the temp files, in `dir` and named from `prefix`, of writes that were killed midway (their
 * process, whose id the name holds, is gone), so that they do not pile up. Never throws.
 */
export async function removeStaleTemps(dir: string, prefix: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[])
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue
    const pid = tempFileOwner(name)
    if (pid !== undefined && pid !== process.pid && !isProcessRunning(pid))
      await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined)
  }
}

/**
 * Writes `data` to `target` atomically; rejects (leaving the old file untouched) if it cannot. `data`
 * may come in pieces (an iterable of strings), so a large output is never one giant string.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array | Iterable<string>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const io = options.fs ?? fs
  const dir = path.dirname(target)
  const { temp, handle } = await openTemp(io, dir, path.basename(target))
  try {
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data)
      else for (const piece of data) await handle.write(piece)
      await handle.sync()
    } catch (error) {
      await handle.close().catch(() => undefined)
      throw error
    }
    await handle.close()
    await renameWithRetry(io, temp, target, options.renameRetryMs ?? 2000)
  } catch (error) {
    await io.unlink(temp).catch(() => undefined)
    throw error
  } finally {
    inFlight.delete(temp)
  }
  await syncDirectory(dir)
  const key = path.resolve(target)
  if (!swept.has(key)) {
    swept.add(key)
    await removeStaleTemps(dir, `.${path.basename(target)}.`)
  }
}

/** Creates a new temp file beside the target; exclusive, so it is never one another writer has open. */
async function openTemp(io: AtomicFs, dir: string, base: string): Promise<{ temp: string; handle: fs.FileHandle }> {
  for (let attempt = 0; ; attempt++) {
    const unique =
      (tempCount++).toString(36) + Date.now().toString(36) + Math.floor(Math.random() * 0x7fffffff).toString(36)
    const temp = path.join(dir, `.${base}.${process.pid}.${unique}.tmp`)
    // Registered before it exists: a signal arriving as the open completes still finds it.
    inFlight.add(temp)
    try {
      return { temp, handle: await io.open(temp, 'wx') }
    } catch (error) {
      inFlight.delete(temp)
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error
    }
  }
}

async function renameWithRetry(io: AtomicFs, from: string, to: string, budgetMs: number): Promise<void> {
  const started = Date.now()
  for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
    try {
      await io.rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (!RETRYABLE.has(code) || Date.now() - started > budgetMs) throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}

/** Makes the rename itself durable (POSIX); a no-op where directories cannot be opened (Windows). */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Not supported on this platform: the rename is still atomic, only its durability is the OS's.
  }
}
