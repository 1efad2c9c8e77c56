/**
 * The bundled sample project is read-only (inside the installed app), and a new user's practice must
 * not change it for the next one: the sample folder is copied into the app's data folder the first
 * time it is asked for, and that copy is what opens (and saves) from then on.
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'

/** Where the copy lives inside the data folder. */
export const SAMPLE_FOLDER = 'sample'

/** The path of the sample project's working copy, copying it first when there is none. Falls back to the original. */
export async function ensureSampleCopy(bundledProject: string, dataDir: string): Promise<string> {
  const folder = path.join(dataDir, SAMPLE_FOLDER)
  const copy = path.join(folder, path.basename(bundledProject))
  try {
    await fs.access(copy)
    return copy
  } catch {
    // not copied yet
  }
  try {
    await fs.mkdir(folder, { recursive: true })
    const source = path.dirname(bundledProject)
    for (const name of await fs.readdir(source)) {
      // Only the sample's own files: not backups or journals a developer's run may have left beside it.
      if (name.startsWith('.')) continue
      const from = path.join(source, name)
      if ((await fs.stat(from)).isFile()) await fs.copyFile(from, path.join(folder, name))
    }
    return copy
  } catch {
    return bundledProject
  }
}
