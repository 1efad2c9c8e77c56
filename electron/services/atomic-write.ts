/**
 * Atomic file writes: temp file in the same folder, fsync, rename (with retries for Windows, where a
 * virus scanner or indexer briefly holding the target makes rename fail with EPERM/EACCES).
 * The target is always either the old or the new content, never a truncated mix.
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'

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

/** Writes `data` to `target` atomically; rejects (leaving the old file untouched) if it cannot. */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const io = options.fs ?? fs
  const dir = path.dirname(target)
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`)
  const handle = await io.open(temp, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await io.unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  await renameWithRetry(io, temp, target, options.renameRetryMs ?? 2000)
  await syncDirectory(dir)
}

async function renameWithRetry(io: AtomicFs, from: string, to: string, budgetMs: number): Promise<void> {
  const started = Date.now()
  for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
    try {
      await io.rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (!RETRYABLE.has(code) || Date.now() - started > budgetMs) {
        await io.unlink(from).catch(() => undefined)
        throw error
      }
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
