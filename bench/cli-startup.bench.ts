/**
 * Whole-process time of the `eglur` command, side by side with a bare `node -e 0` in the same run:
 * `eglur --help` and a one-caption `eglur convert`, from the bundle that `npm ci` builds (out/cli), and
 * the same from the TypeScript sources through tsx (what bin/eglur.js ran before the bundle, and runs
 * now while the bundle is older than its sources). Goal: the bundle ≤ 2.5× `node -e 0`.
 *
 * Each command is timed next to a `node -e 0` (before it in one round, after it in the next) and its
 * × is the median of those run-by-run ratios (see measurePaired): the machine's slow and fast spells
 * then fall on both sides of a ratio alike.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import nodeModule from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { runNode, snapshotCli } from './cli-snapshot'
import { measurePaired } from './harness'

const root = path.resolve(import.meta.dirname, '..')
const ROUNDS = 15

/** Runs the benchmark and returns its Markdown section. */
export function run(): string {
  runNode([path.join(root, 'scripts/build-cli.js')], root)
  // A frozen copy: edits to the sources meanwhile must not send bin/eglur.js to tsx mid-run.
  const bin = snapshotCli()
  // What bin/eglur.js was before the bundle: tsx registered, then the sources imported.
  const cache = path.join(import.meta.dirname, '.cache')
  mkdirSync(cache, { recursive: true })
  const fromSources = path.join(cache, 'eglur-from-sources.mjs')
  writeFileSync(
    fromSources,
    `import { register } from 'tsx/esm/api'\nregister()\nconst { runCli } = await import(${JSON.stringify(path.join(root, 'electron/cli/main.ts'))})\n` +
      'process.exitCode = await runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() })\n',
  )
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eglur-bench-cli-'))
  writeFileSync(path.join(dir, 'one.vtt'), 'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello\n')
  // The bundle must be what runs: bin/eglur.js says on stderr when it falls back to the sources.
  if (runNode([bin, '--help'], dir) !== '') throw new Error('bin/eglur.js did not run the bundle')
  const convert = ['convert', 'one.vtt', '-o', 'one.srt']
  const [baseline, ...rows] = measurePaired(
    { name: '`node -e 0` (baseline)', fn: () => runNode(['-e', '0'], dir) },
    [
      { name: '`eglur --help`, bundle', fn: () => runNode([bin, '--help'], dir) },
      { name: '`eglur convert one.vtt -o one.srt` (1 caption), bundle', fn: () => runNode([bin, ...convert], dir) },
      { name: '`eglur --help`, sources through tsx', fn: () => runNode([fromSources, '--help'], dir) },
      { name: '`eglur convert …` (1 caption), sources through tsx', fn: () => runNode([fromSources, ...convert], dir) },
    ],
    ROUNDS,
    1,
  )
  const lines = ['| command | median ms | min ms | × `node -e 0` |', '|---|---:|---:|---:|']
  for (const r of [baseline!, ...rows])
    lines.push(`| ${r.name} | ${r.medianMs.toFixed(0)} | ${r.minMs.toFixed(0)} | ${r.ratio.toFixed(2)} |`)
  return [
    `Whole processes (spawned and waited for), ${ROUNDS} paired rounds; Node's compile cache: ${'enableCompileCache' in nodeModule ? 'on' : `not in Node ${process.version}`}.`,
    '',
    ...lines,
  ].join('\n')
}
