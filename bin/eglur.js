#!/usr/bin/env node
// The `eglur` command. It runs the TypeScript sources directly through tsx, so `npx eglur` works
// straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api'

register()
const { runCli, removeTempsOnSignals } = await import('../electron/cli/main.ts')
// Ctrl-C mid-write: remove the temp files of writes in progress, exit 130 (SIGTERM: 143).
removeTempsOnSignals()
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
})
