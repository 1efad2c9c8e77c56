/** The API's version history: list a project's versions, read one (with what restoring it would change), keep one. */

import { promises as fs } from 'node:fs'
import type { CaptionApi } from '../../../shared/ipc/contract'
import { compareProjects } from '../../../shared/project/compare'
import { parseProjectFile, projectToJson } from '../../../shared/project/project-file'
import { keepVersion, listVersions, readVersion } from '../project/versions'
import type { ServiceContext } from './context'
import { fail, failureOf } from './failures'

/**
 * Builds the version handlers. `flush` writes every pending edit of a project to its file: a version
 * is kept from the file, so without it the last second of typing before a bulk change would be missing.
 */
export function versionHandlers(
  ctx: ServiceContext,
  flush: (path: string) => Promise<unknown>,
): Pick<CaptionApi, 'listVersions' | 'readVersion' | 'keepVersion'> {
  const { access } = ctx
  return {
    async listVersions({ path: file }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      try {
        return { ok: true, versions: await listVersions(file) }
      } catch (error) {
        return failureOf(error, file)
      }
    },
    async readVersion({ path: file, id }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      try {
        await flush(file)
        const read = await readVersion(file, id)
        if (!read.ok) return fail(read.code, read.message)
        const now = parseProjectFile(await fs.readFile(file, 'utf8'))
        if (!now.ok) return fail('damaged-project', now.message)
        return {
          ok: true,
          version: read.info,
          project: projectToJson(read.project, new Date(read.info.keptAt)),
          differences: compareProjects(now.project, read.project),
        }
      } catch (error) {
        return failureOf(error, file)
      }
    },
    async keepVersion({ path: file, reason, detail }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      try {
        await flush(file)
        const version = await keepVersion(file, reason, detail ? { detail } : {})
        return version ? { ok: true, version } : { ok: true }
      } catch (error) {
        return failureOf(error, file)
      }
    },
  }
}
