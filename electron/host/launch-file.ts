/**
 * The private file the browser is opened on. Anything passed to a program as an argument (here the
 * browser opener, `xdg-open`/`open`/`explorer`) can be read by every user of the machine while it
 * runs, so the secret never goes there: the opener gets the path of a file that only this user can
 * read (0600, in a fresh 0700 folder), and that file sends the browser on to the app with the secret
 * in the URL fragment. The page takes it from there and removes it from the address bar.
 */

import { lstatSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** A written launch file; `remove` deletes it and its folder (safe to call more than once). */
export type LaunchFile = Readonly<{ path: string; fileUrl: string; remove: () => void }>

/** Where launch folders are made: the user's runtime folder when it is private to them, else the temp folder. */
export function launchBase(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EGLUR_LAUNCH_DIR) return env.EGLUR_LAUNCH_DIR
  const runtime = env.XDG_RUNTIME_DIR
  if (runtime && path.isAbsolute(runtime) && typeof process.getuid === 'function') {
    try {
      const stat = lstatSync(runtime)
      if (stat.isDirectory() && stat.uid === process.getuid() && (stat.mode & 0o077) === 0) return runtime
    } catch {
      // No usable runtime folder: the temp folder is used.
    }
  }
  return os.tmpdir()
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The page that sends the browser on to `appUrl` (script first; a refresh and a link if scripts are off). */
export function launchPage(appUrl: string): string {
  const href = escapeHtml(appUrl)
  const shown = escapeHtml(new URL(appUrl).origin)
  const script = JSON.stringify(appUrl).replace(/</g, '\\u003c')
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Eglur</title><meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${href}"></head>
<body><p><a href="${href}">${shown}</a></p><script>location.replace(${script})</script></body></html>
`
}

/** Writes the launch file for `appUrl` in a new private folder under `base`. */
export function writeLaunchFile(appUrl: string, base: string = launchBase()): LaunchFile {
  const folder = mkdtempSync(path.join(base, 'eglur-'))
  const file = path.join(folder, 'open-eglur.html')
  // 'wx': never follow or reuse something already there; 0600 on top of the folder's 0700.
  writeFileSync(file, launchPage(appUrl), { mode: 0o600, flag: 'wx' })
  return {
    path: file,
    fileUrl: pathToFileURL(file).href,
    remove: () => rmSync(folder, { recursive: true, force: true }),
  }
}
