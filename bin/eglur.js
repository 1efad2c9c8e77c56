#!/usr/bin/env node
// The `eglur` command. It runs the bundle in out/cli/ (built when the project is installed); while
// that is missing or older than its sources, the TypeScript sources through tsx (see cli-bundle.js).
import module from 'node:module'
import { fileURLToPath } from 'node:url'
import { cliEntry } from './cli-bundle.js'

// Node 22.1+ keeps compiled code between runs; Node 20 has no such cache.
module.enableCompileCache?.()
const { runCli, removeTempsOnSignals } = await import(
  await cliEntry(fileURLToPath(new URL('..', import.meta.url)), (text) => process.stderr.write(text))
)
// Ctrl-C mid-write: remove the temp files of writes in progress, exit 130 (SIGTERM: 143).
removeTempsOnSignals()
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTerminal: process.stderr.isTTY === true,
})
