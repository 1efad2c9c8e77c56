#!/usr/bin/env node
// `npm test`: the whole suite. Unit/integration tests (vitest projects), then the renderer build and
// the browser tests in Chromium. With EGLUR_REPORT_DIR set, each run writes a JSON report there.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const reportDir = process.env.EGLUR_REPORT_DIR
const reporters = (name) =>
  reportDir ? ['--reporter=default', '--reporter=json', `--outputFile.json=${reportDir}/vitest-${name}.json`] : []
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1

// Both halves always run, so one failing test does not hide how the other half went.
const unit = run('npx', ['vitest', 'run', ...reporters('unit'), ...process.argv.slice(2)])
let browser = 0
if (existsSync('vitest.e2e.config.ts') && existsSync('tests/e2e') && process.argv.length <= 2) {
  const built = run('npm', ['run', '-s', 'build'])
  browser = built === 0 ? run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...reporters('e2e')]) : built
}
process.exit(unit || browser)
