/**
 * The `eglur-app:` handler: serves the renderer build from one folder with the desktop Content
 * Security Policy as a header. The build's own `<meta>` policy is browser mode's (no media scheme);
 * both would apply, so index.html gets the desktop policy in its meta tag too: a header policy alone would be narrowed by the meta tag's.
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import { APP_ORIGIN, MEDIA_SCHEME } from './schemes'

/** The desktop page's policy: no eval, nothing remote, media from the media scheme, inline styles for wavesurfer. */
export const DESKTOP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `media-src 'self' ${MEDIA_SCHEME}: blob:`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

const META_CSP = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i

/** index.html with the desktop policy in its meta tag (added when the build has none). */
export function withDesktopCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${DESKTOP_CSP}" />`
  if (META_CSP.test(html)) return html.replace(META_CSP, meta)
  return html.replace(/<head([^>]*)>/i, `<head$1>\n    ${meta}`)
}

/** Builds the handler for files under `rendererDir`; anything outside it, or any other host, is 404. */
export function createAppHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir)
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 })
    const file = resolveInside(root, request.url)
    if (file === undefined) return notFound()
    let data: Buffer
    try {
      data = await fs.readFile(file)
    } catch {
      return notFound()
    }
    const extension = path.extname(file).toLowerCase()
    const body = extension === '.html' ? withDesktopCsp(data.toString('utf8')) : new Uint8Array(data)
    const headers = {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'Content-Security-Policy': DESKTOP_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
  }
}

function notFound(): Response {
  return new Response(null, { status: 404, headers: { 'Content-Security-Policy': DESKTOP_CSP } })
}

/** The file a URL names under `root`, or undefined for another origin, a bad escape or `..`. */
function resolveInside(root: string, url: string): string | undefined {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return undefined
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url).pathname)
  } catch {
    return undefined
  }
  if (pathname.includes('\0')) return undefined
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')
  const file = path.resolve(root, relative)
  return file.startsWith(root + path.sep) ? file : undefined
}
