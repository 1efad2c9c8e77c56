#!/usr/bin/env node
// `npm start`: builds the app, then opens the desktop window when the Electron binary is installed,
// or falls back to browser mode (the same app served on 127.0.0.1) when it is not.
import { spawnSync, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'

const require = createRequire(import.meta.url)
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

run('npm', ['run', '-s', 'build'])

let electronPath
try {
  // The `electron` package exports the path of its binary, and throws when the download was skipped or failed.
  electronPath = require('electron')
} catch {
  electronPath = undefined
}

const desktopBuilt = existsSync('out/main/index.cjs') && existsSync('out/preload/index.cjs')
if (
  typeof electronPath === 'string' &&
  existsSync(electronPath) &&
  desktopBuilt &&
  !process.argv.includes('--browser')
) {
  const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  if (!process.argv.includes('--browser')) {
    // One line, so a new user knows why a browser tab opened instead of a window.
    console.log(
      typeof electronPath === 'string' && existsSync(electronPath)
        ? 'The desktop build is missing (npm run build), so Eglur opens in browser mode instead.'
        : 'The Electron desktop binary is not installed on this machine, so Eglur opens in browser mode instead.',
    )
  }
  const child = spawn(
    process.execPath,
    ['bin/eglur.js', 'serve', ...process.argv.slice(2).filter((a) => a !== '--browser')],
    { stdio: 'inherit' },
  )
  child.on('exit', (code) => process.exit(code ?? 0))
}
