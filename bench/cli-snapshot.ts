/**
 * A frozen copy of the built `eglur` command for whole-process benchmarks. In a working tree that is
 * being edited, bin/eglur.js falls back to the TypeScript sources as soon as one source is newer than
 * the bundle, and a benchmark would then time tsx instead; the copy (bin/, out/cli with its build
 * info emptied of inputs, node_modules linked) always runs the bundle as built at its start.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

/** Builds nothing: copies the current bundle; returns the copy's bin/eglur.js. */
export function snapshotCli(): string {
  const dir = path.join(import.meta.dirname, '.cache', `cli-snapshot-${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'out'), { recursive: true })
  cpSync(path.join(root, 'bin'), path.join(dir, 'bin'), { recursive: true })
  cpSync(path.join(root, 'out/cli'), path.join(dir, 'out/cli'), { recursive: true })
  writeFileSync(path.join(dir, 'out/cli/build-info.json'), `${JSON.stringify({ builtAt: Date.now(), inputs: [] })}\n`)
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n')
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  return path.join(dir, 'bin/eglur.js')
}

/** Runs node with these arguments in `cwd` and returns its standard error; fails the benchmark on a non-zero exit. */
export function runNode(args: readonly string[], cwd: string): string {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}: ${r.stderr}`)
  return r.stderr
}
