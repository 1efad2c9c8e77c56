/** Settings and the recent-projects list, kept as small JSON files in the app's data folder. */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { ARG_SCHEMAS } from '../../shared/ipc/schemas'
import type { RecentProject, Settings } from '../../shared/ipc/contract'
import { writeFileAtomic } from './atomic-write'

/** How many recent projects the start screen lists. */
export const RECENT_LIMIT = 10

const settingsSchema = ARG_SCHEMAS.saveSettings.shape.settings
const recentSchema = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.number() }))

async function readJson<T>(file: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  try {
    const parsed = schema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')))
    // A damaged settings file must not stop the app starting: fall back to the defaults.
    return parsed.success ? parsed.data : fallback
  } catch {
    return fallback
  }
}

/** Reads the settings (defaults when missing or damaged). */
export function readSettings(file: string): Promise<Settings> {
  return readJson(file, settingsSchema, {})
}

/** Merges `patch` over the stored settings and writes them. */
export async function saveSettings(file: string, patch: Settings): Promise<Settings> {
  const next = { ...(await readSettings(file)), ...patch }
  await fs.mkdir(path.dirname(file), { recursive: true })
  await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`)
  return next
}

/** The recent projects, newest first, leaving out files that no longer exist. */
export async function readRecent(file: string): Promise<RecentProject[]> {
  const list = await readJson(file, recentSchema, [])
  const present = await Promise.all(
    list.map((r) =>
      fs.access(r.path).then(
        () => true,
        () => false,
      ),
    ),
  )
  return list.filter((_, i) => present[i])
}

/** Puts a project at the top of the recent list. */
export async function addRecent(file: string, entry: RecentProject): Promise<void> {
  const list = (await readJson(file, recentSchema, [])).filter((r) => r.path !== entry.path)
  // The data folder does not exist on a new machine until the first thing is kept.
  await fs.mkdir(path.dirname(file), { recursive: true })
  await writeFileAtomic(file, `${JSON.stringify([entry, ...list].slice(0, RECENT_LIMIT), null, 2)}\n`)
}
