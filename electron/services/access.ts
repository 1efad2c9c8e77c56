/**
 * Which files the renderer may reach. Only paths the user chose (dialogs, the command line, files
 * opened from the desktop, the in-page chooser) and a few derived from them (captions and the project
 * beside an opened video, a project's own video) are granted. Everything else is refused, so a
 * compromised page cannot read or overwrite arbitrary files.
 */

import { realpathSync } from 'node:fs'
import path from 'node:path'

/** The set of granted files and folders. */
export type AccessList = Readonly<{
  /** Grants one file (it need not exist yet: a save target). */
  grant: (filePath: string) => void
  /** Grants every file below a folder (browser mode's browse roots). */
  grantFolder: (folder: string) => void
  /** True when the renderer may use `filePath`. */
  allows: (filePath: string) => boolean
}>

/** The real path when the file exists (symlinks resolved), else the normalised path. */
function canonical(filePath: string): string {
  const resolved = path.resolve(filePath)
  try {
    return realpathSync.native(resolved)
  } catch {
    return resolved
  }
}

/** Makes an empty access list. */
export function createAccessList(): AccessList {
  const files = new Set<string>()
  const folders: string[] = []
  return {
    grant(filePath) {
      files.add(path.resolve(filePath))
      files.add(canonical(filePath))
    },
    grantFolder(folder) {
      folders.push(canonical(folder))
    },
    allows(filePath) {
      if (typeof filePath !== 'string' || filePath.includes('\0') || !path.isAbsolute(filePath)) return false
      if (files.has(path.resolve(filePath))) return true
      // Folder grants are checked on the real path, so a symlink inside a root cannot lead outside it.
      const real = canonical(filePath)
      return folders.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
    },
  }
}
