#!/usr/bin/env node
// Prints the plain closing line CI reads ("N passed, N failed") from the vitest JSON reports in a
// folder. A test file that failed to run (it has no test results) counts as one failure, and so
// does each CI step named in EGLUR_FAILED_STEPS (lint, typecheck), so no failure goes unseen.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const dir = process.argv[2] ?? '.ci-out'
let passed = 0
let failed = 0
let skipped = 0
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f.startsWith('vitest-'))) {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += report.numFailedTests ?? 0
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  for (const suite of report.testResults ?? []) {
    // A test skipped on this machine (an environment variable, another platform) is named, not hidden.
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo')
        console.log(`skipped: ${path.relative(process.cwd(), suite.name)} > ${test.fullName ?? test.title}`)
    }
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
      failed += 1
      console.log(`did not run: ${path.relative(process.cwd(), suite.name)}`)
    }
  }
}
const failedSteps = (process.env.EGLUR_FAILED_STEPS ?? '').split(/\s+/).filter(Boolean)
for (const step of failedSteps) console.log(`failed step: ${step}`)
failed += failedSteps.length
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
