#!/usr/bin/env node
// `npm run build:cli`: bundles the `eglur` command (electron/cli) into ES modules in out/cli/, one
// chunk per command, so `eglur --help` starts without compiling TypeScript or loading any command.
// Also writes out/cli/build-info.json (which source files went in, and when), which bin/eglur.js
// reads to tell a fresh bundle from one older than its sources; and out/cli/meta.json (esbuild's
// metafile: which chunk imports which), which the tests read.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import path from 'node:path'
import { BUILD_INFO, BUNDLE_DIR } from '../bin/cli-bundle.js'

const root = path.resolve(import.meta.dirname, '..')

/** esbuild comes with tsx (a runtime dependency) and vite; it is not a dependency of its own. */
async function loadEsbuild() {
  try {
    return await import('esbuild')
  } catch {
    const fromTsx = createRequire(createRequire(path.join(root, 'package.json')).resolve('tsx/package.json'))
    return fromTsx('esbuild')
  }
}

/**
 * zod's `z.locales` namespace holds its error messages in ~50 languages (60% of its code); Eglur never
 * reads it (zod's English messages are set by zod itself, and ours are our own), so the bundle gets an
 * empty one: a convert starts ~2× sooner without parsing them.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {}', loader: 'js' }))
  },
}

/**
 * The format registry (shared/formats/index.ts) imports the full Eglur JSON reader, zod and its
 * schemas, for the files its zod-free reader leaves it (shared/formats/json-format.ts). The bundle
 * leaves that import out: a convert to JSON then starts without zod (≈ 35 ms of its cold start), and
 * the command line loads the reader itself (electron/cli/commands/index.ts, convert.ts).
 */
const withoutRegistryJsonReader = {
  name: 'without-registry-json-reader',
  setup(build) {
    const registry = path.join('shared', 'formats', 'index.ts')
    build.onResolve({ filter: /^\.\/json$/ }, (args) =>
      args.importer.endsWith(registry) ? { path: 'json-reader', namespace: 'empty' } : undefined,
    )
  },
}

/** Writes a file whole: under a temporary name first, then renamed over the old one. */
function writeWhole(file, data) {
  mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.tmp-${process.pid}`
  writeFileSync(temp, data)
  renameSync(temp, file)
}

/**
 * Builds the bundle; returns the number of source files in it. The files are replaced in an order
 * that keeps the bundle runnable throughout (an `eglur` started meanwhile, or a test, runs the old or
 * the new one): the new chunks (named by their content) first, then main.js and the build info.
 */
export async function buildCli() {
  const esbuild = await loadEsbuild()
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  const builtAt = Date.now()
  const target = path.join(root, BUNDLE_DIR)
  const result = await esbuild.build({
    absWorkingDir: root,
    // The batch worker is an entry of its own: worker threads of `eglur convert A B C` start it by path.
    entryPoints: { main: 'electron/cli/main.ts', 'batch-worker': 'electron/cli/batch-worker.ts' },
    outdir: BUNDLE_DIR,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    // Runtime dependencies stay real imports (@ffmpeg-installer/ffmpeg finds its binary relative to
    // its own folder), each in the chunk of the command that needs it, except zod: every caption
    // command reads the JSON format, and zod's ~100 files load several times faster as one chunk.
    external: ['electron', ...builtinModules, ...Object.keys(pkg.dependencies ?? {}).filter((name) => name !== 'zod')],
    // Less to parse at every start; names are kept, so an EGLUR_DEBUG stack still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [withoutZodLocales, withoutRegistryJsonReader],
  })
  const entry = path.join(target, 'main.js')
  const isEntry = (file) => file.path.startsWith(entry) || file.path.startsWith(path.join(target, 'batch-worker.js'))
  const byEntryLast = [...result.outputFiles].sort((a, b) => Number(isEntry(a)) - Number(isEntry(b)))
  for (const file of byEntryLast) writeWhole(file.path, file.contents)
  // The project's own files (not dependencies, not the plugin's stand-ins) decide when the bundle is stale.
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/') && !/^[\w-]+:/.test(f))
  inputs.push(
    path
      .relative(root, import.meta.filename)
      .split(path.sep)
      .join('/'),
  )
  writeWhole(path.join(target, 'meta.json'), JSON.stringify(result.metafile))
  writeWhole(path.join(target, BUILD_INFO), `${JSON.stringify({ builtAt, inputs })}\n`)
  // Chunks of earlier builds go last; only an eglur started before this build could still want one.
  const kept = new Set(result.outputFiles.map((f) => f.path))
  const chunks = path.join(target, 'chunks')
  for (const name of readdirSync(chunks))
    if (!kept.has(path.join(chunks, name))) rmSync(path.join(chunks, name), { force: true })
  return inputs.length
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const count = await buildCli()
  if (process.argv.includes('--verbose'))
    console.log(`eglur: command line built from ${count} files into ${BUNDLE_DIR}/`)
}
