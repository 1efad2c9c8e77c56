/**
 * The two custom schemes of the desktop app: `eglur-app://app/…` serves the UI (Electron advises a
 * custom scheme over file://, whose pages may read any local file after an XSS) and
 * `eglur-media://local/<encoded path>` streams local media with Range support.
 */

import type { CustomScheme } from 'electron'

/** The scheme the renderer build is served from. */
export const APP_SCHEME = 'eglur-app'

/** The scheme local video and audio are streamed from. */
export const MEDIA_SCHEME = 'eglur-media'

/** The UI's origin: a fixed host, because a standard scheme's first segment is a lower-cased host. */
export const APP_ORIGIN = `${APP_SCHEME}://app`

/** The page the window loads. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`

/**
 * The fixed host of media URLs; the path travels encoded in the pathname, never in the host:
 * Chromium lower-cases and may reject hosts, which would mangle a path put there.
 */
export const MEDIA_HOST = 'local'

/**
 * Privileges for both schemes, registered once before `ready`. `stream` makes `<video>` accept
 * streamed (ranged) answers; neither scheme is `corsEnabled` or `bypassCSP`: the page reaches media
 * only through `<video src>` and gets waveform peaks over IPC, since fetching a custom scheme would
 * need those privileges, which would widen what a compromised page could read.
 */
export const PRIVILEGED_SCHEMES: readonly CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true } },
]

/** True when `url` belongs to the app's own pages (the only origin IPC and navigation accept). */
export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)
}

/** The `<video src>` URL of a local file: fixed host, the whole path percent-encoded as one segment. */
export function mediaUrl(absolutePath: string): string {
  return `${MEDIA_SCHEME}://${MEDIA_HOST}/${encodeURIComponent(absolutePath)}`
}

/**
 * The file a media URL names, or undefined when the URL is not one {@link mediaUrl} makes. Parsed
 * as http, the way Chromium parses a standard scheme, so Node tests see what Electron sees.
 */
export function pathFromMediaUrl(url: string): string | undefined {
  const scheme = new RegExp(`^${MEDIA_SCHEME}:`, 'i')
  if (!scheme.test(url)) return undefined
  let parsed: URL
  try {
    parsed = new URL(url.replace(scheme, 'http:'))
  } catch {
    return undefined
  }
  if (parsed.hostname !== MEDIA_HOST || parsed.port !== '' || parsed.username !== '') return undefined
  const encoded = parsed.pathname.replace(/^\//, '')
  if (encoded === '' || encoded.includes('/')) return undefined
  try {
    return decodeURIComponent(encoded)
  } catch {
    return undefined
  }
}
