#!/usr/bin/env node
// The `eglur` command. It runs the TypeScript sources directly through tsx, so `npx eglur` works
// straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api'

register()
const { runCli } = await import('../electron/cli/main.ts')
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
})
