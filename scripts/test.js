#!/usr/bin/env node
// `npm test`: the whole suite. Unit/integration tests (vitest projects), then the renderer build and
// the browser tests in Chromium. With EGLUR_REPORT_DIR set, each run writes a JSON report there.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const reportDir = process.env.EGLUR_REPORT_DIR
const reporters = (name) => (reportDir ? ['--reporter=default', '--reporter=json', `--outputFile.json=${reportDir}/vitest-${name}.json`] : [])
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1

let status = run('npx', ['vitest', 'run', ...reporters('unit'), ...process.argv.slice(2)])
if (existsSync('vitest.e2e.config.ts') && existsSync('tests/e2e') && process.argv.length <= 2) {
  const built = run('npm', ['run', '-s', 'build'])
  status ||= built
  if (built === 0) status ||= run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...reporters('e2e')])
}
process.exit(status)
