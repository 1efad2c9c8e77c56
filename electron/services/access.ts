/**
 * Which files the renderer may reach, and how. Only paths the user chose (dialogs, the command line,
 * files opened from the desktop, the in-page chooser, save targets) and a few derived from them (the
 * captions and the project beside a chosen video) are granted; a project's own video is granted for
 * reading only, and only when it is a media file. There are no folder grants. Everything else is
 * refused, so a compromised page cannot read or overwrite arbitrary files.
 *
 * Paths are compared by their real location: a symlink is followed, and for a file that does not
 * exist yet the real path of its nearest existing folder is used, so neither a linked file nor a new
 * file inside a linked folder can lead somewhere that was never granted.
 */

import { lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'

/**
 * What a grant allows, weakest first: `read` (a project's video: read, nothing else), `open` (read,
 * and find the captions and project beside it: a file picked in the in-page chooser), `write` (read
 * and write: save targets, projects, files chosen in a native dialog or named at launch).
 */
export type AccessLevel = 'read' | 'open' | 'write'

const RANK: Readonly<Record<AccessLevel, number>> = { read: 1, open: 2, write: 3 }

/** Checks that a file named by a project is a media file worth reading (extension, regular file, probe). */
export type MediaCheck = (realPath: string) => Promise<boolean>

/** The set of granted files. */
export type AccessList = Readonly<{
  /** Grants one file for reading and writing (it need not exist yet: a save target). */
  grant: (filePath: string) => void
  /** Grants one file at `level` (a weaker grant never lowers a stronger one). */
  grantAt: (filePath: string, level: AccessLevel) => void
  /**
   * Grants a project's video for reading only, when it is an existing media file; resolves whether it
   * was granted. Anything else a project names (a dot-file, a document, a folder) stays refused.
   */
  grantMediaRead: (filePath: string) => Promise<boolean>
  /** True when the renderer may read and write `filePath`. */
  allows: (filePath: string) => boolean
  /** True when the renderer may read `filePath`. */
  allowsRead: (filePath: string) => boolean
  /** True when the user chose `filePath` (so the captions and project beside it may be offered). */
  allowsOpen: (filePath: string) => boolean
}>

/** The real path of an absolute path; for one that does not exist, its nearest existing ancestor's real path plus the rest. */
export function realLocation(filePath: string): string {
  const resolved = path.resolve(filePath)
  try {
    return realpathSync.native(resolved)
  } catch {
    const parent = path.dirname(resolved)
    // A dangling symlink must not be treated as a new file: where it points is not known to be granted.
    if (parent === resolved || isSymlink(resolved)) return resolved + '\0'
    return path.join(realLocation(parent), path.basename(resolved))
  }
}

function isSymlink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink()
  } catch {
    return false
  }
}

const usable = (filePath: unknown): filePath is string =>
  typeof filePath === 'string' && !filePath.includes('\0') && path.isAbsolute(filePath)

/** Makes an empty access list; `isMedia` checks a project's video before {@link AccessList.grantMediaRead} grants it. */
export function createAccessList(isMedia: MediaCheck = () => Promise.resolve(false)): AccessList {
  const granted = new Map<string, number>()
  const grantAt = (filePath: string, level: AccessLevel) => {
    if (!usable(filePath)) return
    const real = realLocation(filePath)
    granted.set(real, Math.max(granted.get(real) ?? 0, RANK[level]))
  }
  const allowsAt = (filePath: string, level: AccessLevel) =>
    usable(filePath) && (granted.get(realLocation(filePath)) ?? 0) >= RANK[level]
  return {
    grant: (filePath) => grantAt(filePath, 'write'),
    grantAt,
    async grantMediaRead(filePath) {
      if (!usable(filePath)) return false
      const real = realLocation(filePath)
      if (!(await isMedia(real).catch(() => false))) return false
      grantAt(real, 'read')
      return true
    },
    allows: (filePath) => allowsAt(filePath, 'write'),
    allowsRead: (filePath) => allowsAt(filePath, 'read'),
    allowsOpen: (filePath) => allowsAt(filePath, 'open'),
  }
}
