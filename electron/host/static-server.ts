/**
 * Browser mode's server: the renderer build on 127.0.0.1 only, with the same Content Security Policy
 * as the desktop window. The build itself is public (it is the app, with no one's data in it); the
 * API needs the run's secret as `Authorization: Bearer …`, media URLs need their signature. It
 * refuses requests whose Host is not this server (DNS rebinding) and paths outside the build folder.
 * No cookie is ever set: cookies ignore ports, so any other server on 127.0.0.1 would receive it.
 */

import { createReadStream, promises as fs } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { CaptionServices } from '../services/api/index'
import { handleApiRoute, type EventHub } from './api-routes'
import { warmWebObjects } from './node-web'
import { bearerOf, createMediaSigner, newSecret, sameSecret, type MediaSigner } from './secret'

/** The policy for every page: no eval, no remote content, media only from this origin or blob: URLs. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; media-src 'self' blob:; img-src 'self' data: blob:; connect-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/** A running browser-mode server. */
export type BrowserModeServer = Readonly<{
  /** `http://127.0.0.1:PORT`, without the secret. */
  origin: string
  /** The address that opens the app: the origin with the secret in the fragment, which is never sent to any server. */
  url: string
  port: number
  secret: string
  close: () => Promise<void>
}>

/** Options: the folder to serve, the port (0 picks a free one), and the services behind /api and /media. */
export type ServerOptions = Readonly<{
  root: string
  port?: number
  /** The run's secret (made here when absent); the services' media URLs must be signed with it. */
  secret?: string
  api?: Readonly<{ services: CaptionServices; hub: EventHub }>
  /** Called once, when a request first carries the secret (the page has it: the launch file can go). */
  onFirstUse?: () => void
}>

/** The fragment key that hands the secret to the page (renderer/platform/session-key.ts reads it). */
export const SECRET_FRAGMENT_KEY = 'key'

/** Starts the server on 127.0.0.1. */
export async function startBrowserModeServer(options: ServerOptions): Promise<BrowserModeServer> {
  const root = await fs.realpath(options.root)
  const secret = options.secret ?? newSecret()
  const media = createMediaSigner(secret)
  let port = 0
  let firstUse = options.onFirstUse
  const used = () => {
    const once = firstUse
    firstUse = undefined
    once?.()
  }
  const server = http.createServer((req, res) => {
    void handle(req, res, { root, secret, media, port, api: options.api, used }).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as { port: number }).port
  // Node builds its web Request and Headers on first use (about 40 ms); done while the browser
  // starts, after the address has been handed out, the page's first request does not wait for it.
  setImmediate(warmWebObjects)
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: `${origin}/#${SECRET_FRAGMENT_KEY}=${secret}`,
    port,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        options.api?.hub.closeAll()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

type Context = Readonly<{
  root: string
  secret: string
  media: MediaSigner
  port: number
  api: ServerOptions['api']
  used: () => void
}>

async function handle(req: http.IncomingMessage, res: http.ServerResponse, ctx: Context): Promise<void> {
  const host = req.headers.host ?? ''
  if (host !== `127.0.0.1:${ctx.port}` && host !== `localhost:${ctx.port}`) return refuse(res, 421, 'Wrong host')
  const url = new URL(req.url ?? '/', `http://${host}`)
  if (url.pathname.startsWith('/api/')) {
    if (!sameSecret(bearerOf(req), ctx.secret))
      return refuse(res, 403, 'This address needs the link Eglur printed when it started.')
    ctx.used()
  }
  if (ctx.api && (await handleApiRoute(req, res, url, `http://${host}`, ctx.api.services, ctx.api.hub, ctx.media)))
    return
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed')
  const file = await resolveInside(ctx.root, url.pathname === '/' ? '/index.html' : url.pathname)
  if (!file) return refuse(res, 404, 'Not found')
  const headers: http.OutgoingHttpHeaders = {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  }
  res.writeHead(200, headers)
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file).pipe(res)
}

/** The real path of `requestPath` under `root`, or undefined for anything outside it (`..`, symlinks). */
export async function resolveInside(root: string, requestPath: string): Promise<string | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(requestPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`)
  try {
    const real = await fs.realpath(candidate)
    const stat = await fs.stat(real)
    return stat.isFile() && (real === root || real.startsWith(root + path.sep)) ? real : undefined
  } catch {
    return undefined
  }
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  })
  res.end(`${message}\n`)
}
