/**
 * Hardening applied to every webContents and session: no new windows, no navigation away from the
 * app, no permissions (Electron security checklist §4, §13, §14). Links to the web open
 * in the system browser after a check instead.
 */

import type { Session, WebContents } from 'electron'
import { isAppUrl } from './schemes'

/** True for an http(s) link with a host and no credentials: the only URLs handed to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/** What hardening needs from outside: how to open a vetted link. */
export type HardenOptions = Readonly<{ openExternal: (url: string) => void }>

type Guardable = Pick<WebContents, 'setWindowOpenHandler' | 'on'>

/** Denies every window.open, blocks navigation and redirects off the app, and refuses <webview>. */
export function hardenWebContents(contents: Guardable, options: HardenOptions): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) options.openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return
    event.preventDefault()
    if (isSafeExternalUrl(url)) options.openExternal(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Refuses every permission request and check (camera, notifications, file system access, …). */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
