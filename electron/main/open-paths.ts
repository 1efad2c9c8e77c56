/**
 * Files the desktop asks us to open: from argv at launch and in `second-instance`, where Chromium
 * may reorder arguments and add switches, dev runs (`electron .`) carry the app path, and Linux
 * `.desktop` files (`%U`) pass `file://` URIs.
 */

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openableKind } from '../../shared/formats/file-kinds'

/** How the process was started. */
export type OpenPathsOptions = Readonly<{
  /** `process.defaultApp`: true under `electron .`, where argv[1] is the app path. */
  defaultApp: boolean
  platform: NodeJS.Platform
  /** Relative paths are resolved against this folder (the launching process's cwd). */
  cwd?: string
}>

/** The absolute paths of the openable files named in `argv` (executable, app path and switches skipped). */
export function extractOpenPaths(argv: readonly string[], options: OpenPathsOptions): string[] {
  const paths = options.platform === 'win32' ? path.win32 : path.posix
  const found: string[] = []
  for (const arg of argv.slice(options.defaultApp ? 2 : 1)) {
    if (arg === '' || arg.startsWith('-')) continue
    const file = toPath(arg, options.platform === 'win32')
    if (file === undefined || openableKind(file) === undefined) continue
    const absolute = paths.isAbsolute(file)
      ? paths.normalize(file)
      : options.cwd
        ? paths.resolve(options.cwd, file)
        : undefined
    if (absolute !== undefined && !found.includes(absolute)) found.push(absolute)
  }
  return found
}

function toPath(arg: string, windows: boolean): string | undefined {
  if (!/^file:/i.test(arg)) return /^[a-z][a-z0-9+.-]+:\/\//i.test(arg) ? undefined : arg
  try {
    return fileURLToPath(arg, { windows })
  } catch {
    return undefined
  }
}

/** True for a path Eglur can open (by extension), e.g. from macOS `open-file` or a second instance. */
export function isOpenablePath(file: string): boolean {
  return openableKind(file) !== undefined
}

/** The `files` a second instance passed as `additionalData`, when they are absolute openable paths. */
export function filesFromAdditionalData(data: unknown): string[] | undefined {
  const files = (data as { files?: unknown } | null | undefined)?.files
  if (!Array.isArray(files) || !files.every((f): f is string => typeof f === 'string')) return undefined
  return files.filter((f) => (path.isAbsolute(f) || path.win32.isAbsolute(f)) && isOpenablePath(f))
}
