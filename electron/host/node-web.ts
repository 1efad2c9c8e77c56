/**
 * Browser mode's bridge between Node's http objects and web `Request`/`Response`, so handlers
 * written once for the desktop window's `protocol.handle` (media Range serving) also answer here.
 *
 * Seeking a video aborts requests all the time, so a client that disconnects mid-body is normal:
 * reading stops, the web stream is cancelled (which closes the file) and nothing throws.
 */

import type http from 'node:http'
import { Readable } from 'node:stream'

// Connection-level headers describe one hop; the web objects must not carry them across.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
])

/** Makes Node load its web Request, Headers and Response (loaded lazily, on first use, otherwise). */
export function warmWebObjects(): void {
  void new Request('http://127.0.0.1/', { headers: new Headers() })
  void new Response(null)
}

/** A web Request for a Node request; `origin` (e.g. `http://127.0.0.1:5173`) makes its URL absolute. */
export function webRequestFromNode(req: http.IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':') || HOP_BY_HOP.has(name)) continue
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else headers.set(name, value)
  }
  const method = (req.method ?? 'GET').toUpperCase()
  // Only the path and query come from the client: an absolute-form or `//host/…` request target
  // would otherwise give the Request another origin than this server's.
  const target = new URL(req.url ?? '/', 'http://x.invalid')
  const url = new URL(origin)
  url.pathname = target.pathname
  url.search = target.search
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers })
  // `duplex: 'half'` is required by fetch for a streamed body; the DOM typings do not know it yet.
  const init: RequestInit & { duplex: 'half' } = {
    method,
    headers,
    body: Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>,
    duplex: 'half',
  }
  return new Request(url, init)
}

/**
 * Writes a web Response to a Node response: status, headers, then the body with backpressure.
 * Resolves when the body is sent or the client has gone; never rejects for a lost client.
 */
export async function sendWebResponse(res: http.ServerResponse, response: Response): Promise<void> {
  // An aborted seek resets the socket; the error must not reach the process as an unhandled event.
  res.on('error', ignore)
  res.statusCode = response.status
  if (response.statusText) res.statusMessage = response.statusText
  for (const [name, value] of response.headers) {
    if (!HOP_BY_HOP.has(name) && name !== 'set-cookie') res.setHeader(name, value)
  }
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies)
  const body = response.body
  if (!body || res.req?.method === 'HEAD' || res.destroyed) {
    await body?.cancel().catch(ignore)
    if (!res.destroyed) res.end()
    return
  }
  await pump(body.getReader(), res)
}

async function pump(reader: ReadableStreamDefaultReader<Uint8Array>, res: http.ServerResponse): Promise<void> {
  let gone = false
  const onClose = () => {
    if (res.writableFinished) return
    gone = true
    // Resolves a pending read() with done, and tells the source (a file stream) to close.
    reader.cancel().catch(ignore)
  }
  res.on('close', onClose)
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done || gone) break
      if (!res.write(value)) await drained(res)
      if (gone) break
    }
    if (!gone) {
      res.end()
      await settled(res, 'finish')
    }
  } catch {
    // The source failed mid-body (e.g. a disk error): headers are out, so all that is left is to cut the connection.
    if (!res.headersSent) res.statusCode = 500
    res.destroy()
  } finally {
    res.off('close', onClose)
    reader.releaseLock()
  }
}

/** Waits until the socket takes more data, or the client has gone. */
function drained(res: http.ServerResponse): Promise<void> {
  return settled(res, 'drain')
}

/** Resolves on `event` or on 'close', whichever comes first (a gone client never drains or finishes). */
function settled(res: http.ServerResponse, event: 'drain' | 'finish'): Promise<void> {
  if (res.destroyed) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      res.off(event, done)
      res.off('close', done)
      resolve()
    }
    res.on(event, done)
    res.on('close', done)
  })
}

function ignore(): void {}
