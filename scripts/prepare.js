#!/usr/bin/env node
// Runs after `npm ci` / `npm install` (the `prepare` script): builds the command line (out/cli) and
// the app's pages (out/renderer), so `npx eglur …` starts fast and `npx eglur serve` works at once.
//
// A failed build does not fail the install for someone setting Eglur up: the commands still run
// from the sources (slower, saying so), and only `eglur serve` needs the pages. It is never silent
// either: what failed, what still works and what to run are printed. Under CI (CI set) a failed build
// fails the install, so a broken build is caught at its first step.
import path from 'node:path'
import { buildCli } from './build-cli.js'

const root = path.resolve(import.meta.dirname, '..')
// vite.config.ts names its folders relative to the project.
process.chdir(root)

/** The steps, each with what a failure costs the user. */
const steps = [
  {
    name: 'the command line (out/cli)',
    cost: '"npx eglur" still works, from the TypeScript sources, but takes a second longer to start.',
    run: () => buildCli(),
  },
  {
    name: "the app's pages (out/renderer)",
    cost: '"npx eglur serve" and "npm start" cannot open the app until it is built.',
    run: async () => {
      const { build } = await import('vite')
      await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' })
    },
  },
]

let failed = 0
for (const step of steps) {
  try {
    await step.run()
  } catch (error) {
    failed++
    // esbuild's errors carry the file and line; others say it in their first line.
    const first = error?.errors?.[0]
    const reason = first
      ? `${first.location ? `${first.location.file}:${first.location.line}: ` : ''}${first.text}`
      : String(error?.message ?? error).split('\n')[0]
    console.error(
      `\neglur: could not build ${step.name}: ${reason}\n  ${step.cost}\n  Run "npm run build" to see the whole error.\n`,
    )
  }
}
process.exitCode = failed > 0 && process.env.CI ? 1 : 0
