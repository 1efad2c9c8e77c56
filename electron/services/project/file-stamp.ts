/**
 * What a writer last saw of a project file: size, modification time and a hash of the content.
 * Before replacing the file, a writer checks that it still holds what was seen; anything else means
 * another window, tab or program saved it meanwhile, and writing now would throw their work away.
 */

import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'

/** Size, modification time and SHA-256 of a file's content. */
export type FileStamp = Readonly<{ size: number; mtimeMs: number; sha256: string }>

/** The stamp of content just read or written, with the file's stat. */
export function stampOf(bytes: string | Uint8Array, stat: { size: number; mtimeMs: number }): FileStamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') }
}

/** The stamp of a file as it is now, or undefined when there is no file. */
export async function currentStamp(filePath: string): Promise<FileStamp | undefined> {
  try {
    const bytes = await fs.readFile(filePath)
    return stampOf(bytes, await fs.stat(filePath))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * True when the file still holds what `seen` describes (or is absent, as when `seen` is undefined).
 * Size and time settle most checks without reading; the hash decides when they differ (a copy or a
 * touch changes the time, not the content).
 */
export async function stillAsSeen(
  filePath: string,
  seen: FileStamp | undefined,
): Promise<{ same: boolean; stamp: FileStamp | undefined }> {
  let stat: { size: number; mtimeMs: number }
  try {
    stat = await fs.stat(filePath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    // Deleted (or never written): nobody's work is in the way of writing ours.
    return { same: true, stamp: undefined }
  }
  if (seen && stat.size === seen.size && stat.mtimeMs === seen.mtimeMs) return { same: true, stamp: seen }
  const now = await currentStamp(filePath)
  return { same: !!now && !!seen && now.sha256 === seen.sha256, stamp: now }
}
