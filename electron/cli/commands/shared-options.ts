/** Option handling shared by several commands (`--profile`, warning output). */

import path from 'node:path'
import type { ParseWarning } from '../../../shared/formats/types'
import type { StyleProfile } from '../../../shared/model/style-profile'
import { describeFsError } from '../../services/caption-files'
import { readRegularFile } from '../../services/read-regular-file'
import { CliError, type CliIo } from '../io'

/** Resolves `--profile NAME|FILE`: a built-in profile id or name, else a JSON file. */
export async function resolveProfileOption(value: string | undefined, cwd: string): Promise<StyleProfile | undefined> {
  if (value === undefined) return undefined
  // Loaded only when asked for: the profiles' schema is zod's, which a plain convert never loads.
  const { builtInProfile, BUILT_IN_PROFILES, parseCustomProfile } = await import('../../../shared/quality/profiles')
  const builtIn = builtInProfile(value)
  if (builtIn) return builtIn
  const file = path.resolve(cwd, value)
  let text: string
  try {
    text = (await readRegularFile(file, { maxBytes: 1024 * 1024 })).toString('utf8')
  } catch (error) {
    const names = BUILT_IN_PROFILES.map((p) => p.id).join(', ')
    throw new CliError(value, `not a built-in profile (${names}) and not a readable file: ${describeFsError(error)}`)
  }
  const parsed = parseCustomProfile(text)
  if (!parsed.ok) throw new CliError(`${value}:1`, `invalid style profile: ${parsed.message}`)
  return parsed.profile
}

/** Prints each warning as `FILE:LINE: message` on standard error. */
export function printWarnings(fileLabel: string, warnings: readonly ParseWarning[], io: CliIo): void {
  for (const w of warnings) io.stderr(`${fileLabel}:${w.line}: ${w.message}\n`)
}
