/**
 * Browser mode's server: the renderer build on 127.0.0.1 only, behind a random token, with the same
 * Content Security Policy as the desktop window. It refuses requests without the token, requests
 * whose Host is not this server (DNS rebinding) and paths outside the build folder.
 */

import { randomBytes } from 'node:crypto'
import { createReadStream, promises as fs } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { CaptionServices } from '../services/api/index'
import { handleApiRoute, type EventHub } from './api-routes'

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
  '.woff2': 'font/woff2',
}

/** A running browser-mode server. */
export type BrowserModeServer = Readonly<{ url: string; port: number; token: string; close: () => Promise<void> }>

/** Options: the folder to serve, the port (0 picks a free one), and the services behind /api and /media. */
export type ServerOptions = Readonly<{ root: string; port?: number; token?: string; api?: Readonly<{ services: CaptionServices; hub: EventHub }> }>

const COOKIE = 'eglur_token'

/** Starts the server on 127.0.0.1. */
export async function startBrowserModeServer(options: ServerOptions): Promise<BrowserModeServer> {
  const root = await fs.realpath(options.root)
  const token = options.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const server = http.createServer((req, res) => {
    void handle(req, res, { root, token, port, api: options.api }).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as { port: number }).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        options.api?.hub.closeAll()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

type Context = Readonly<{ root: string; token: string; port: number; api: ServerOptions['api'] }>

async function handle(req: http.IncomingMessage, res: http.ServerResponse, ctx: Context): Promise<void> {
  const host = req.headers.host ?? ''
  if (host !== `127.0.0.1:${ctx.port}` && host !== `localhost:${ctx.port}`) return refuse(res, 421, 'Wrong host')
  const url = new URL(req.url ?? '/', `http://${host}`)
  const cookieToken = /(?:^|;\s*)eglur_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
  const queryToken = url.searchParams.get('token')
  if (queryToken !== ctx.token && cookieToken !== ctx.token) return refuse(res, 403, 'This address needs the link Eglur printed when it started.')
  if (ctx.api && (await handleApiRoute(req, res, url, `http://${host}`, ctx.api.services, ctx.api.hub))) return
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
  if (queryToken === ctx.token) headers['Set-Cookie'] = `${COOKIE}=${ctx.token}; HttpOnly; SameSite=Strict; Path=/`
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
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY })
  res.end(`${message}\n`)
}
