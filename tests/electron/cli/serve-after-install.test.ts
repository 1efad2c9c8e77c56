// `npx eglur serve` right after `npm ci`: the install's prepare step builds the command and the app's
// pages, and the server then starts and serves the app (it used to refuse: "the app is not built yet").
import { execFile, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const run = promisify(execFile)

describe('eglur serve after the install step', () => {
  it('prepare builds what serve needs, and serve answers with the app', async () => {
    // What `npm ci` runs once the packages are in (package.json "prepare"); CI set: a failed build fails.
    await run(process.execPath, [path.join(root, 'scripts/prepare.js')], {
      cwd: root,
      env: { ...process.env, CI: '1' },
      maxBuffer: 1 << 24,
    })
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'eglur-serve-install-'))
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'eglur-serve-cwd-'))
    const child = spawn(process.execPath, [path.join(root, 'bin/eglur.js'), 'serve', '--no-open', '--port', '0'], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, EGLUR_DATA_DIR: dataDir },
    })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve)
        child.once('exit', (code) => reject(new Error(`eglur serve exited with ${code}: ${stderr}`)))
      })
      const url = /^Eglur is running at (http:\/\/127\.0\.0\.1:\d+\/)#key=[\w-]+$/.exec(firstLine)?.[1]
      expect(url, firstLine).toBeDefined()
      const page = await fetch(url!)
      expect(page.status).toBe(200)
      expect(await page.text()).toMatch(/<div id="root">|<script type="module"/)
      expect(stderr).not.toContain('not built yet')
    } finally {
      child.kill('SIGTERM')
    }
  }, 300_000)
})
