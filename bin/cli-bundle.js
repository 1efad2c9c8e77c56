// Which code `eglur` runs: the bundle in out/cli/ (built by scripts/build-cli.js when the project is
// installed, and by `npm run build`), or, while it is missing or older than its sources, the
// TypeScript sources through tsx, with a one-line notice.
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** The bundle's folder, relative to the project. */
export const BUNDLE_DIR = 'out/cli'

/** The file in the bundle's folder that lists its sources and when it was built. */
export const BUILD_INFO = 'build-info.json'

/** Why the bundle cannot be run (missing, or older than one of its sources), or undefined when it can. */
export function bundleProblem(root) {
  let info
  try {
    info = JSON.parse(readFileSync(path.join(root, BUNDLE_DIR, BUILD_INFO), 'utf8'))
  } catch {
    return `the built command (${BUNDLE_DIR}) is missing`
  }
  for (const input of info.inputs) {
    let changed
    try {
      changed = statSync(path.join(root, input)).mtimeMs
    } catch {
      return `${input} is gone since the command was built`
    }
    if (changed > info.builtAt) return `${input} changed since the command was built`
  }
  return undefined
}

/** The URL of the module exporting `runCli`: the bundle's, or the sources' (then tsx is registered first). */
export async function cliEntry(root, warn) {
  const problem = bundleProblem(root)
  if (!problem) return pathToFileURL(path.join(root, BUNDLE_DIR, 'main.js')).href
  warn(`eglur: ${problem}; running from the sources (slower until "npm run build:cli").\n`)
  const { register } = await import('tsx/esm/api')
  register()
  return pathToFileURL(path.join(root, 'electron/cli/main.ts')).href
}
