/**
 * Browser mode's API: the same services as the desktop app's IPC, over HTTP on the loopback server.
 * `POST /api/<method>` carries one argument as wire JSON (shared/ipc/wire.ts) and answers the result;
 * `GET /api/events` is a Server-Sent Events stream of main's pushes; `GET /media/<path>` plays a granted
 * media file with HTTP Range support (the same implementation as the desktop's media protocol).
 * The server has already checked the Host header, and the secret for `/api/`, before these run; a
 * media URL is checked here against its own signature (a `<video>` cannot send the secret).
 */

import type http from 'node:http'
import type { MainEventName, MainEvents } from '../../shared/ipc/contract'
import { fromWire, toWire } from '../../shared/ipc/wire'
import { dispatchApiCall, type CaptionServices } from '../services/api/index'
import { serveFile } from '../services/media/range'
import { sendWebResponse, webRequestFromNode } from './node-web'
import { MEDIA_PREFIX, type MediaSigner } from './secret'

/** Largest request body accepted (a Word transcript or a 10,000-cue project is a few MB). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024

/** Node's own base64 is far faster than the portable encoder for waveform-sized payloads. */
const nodeBase64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
const wire = (value: unknown): string => toWire(value, nodeBase64)

/** Server-Sent Events clients, to which main's pushes go. */
export type EventHub = Readonly<{
  emit: <E extends MainEventName>(event: E, payload: MainEvents[E]) => void
  attach: (res: http.ServerResponse) => void
  closeAll: () => void
}>

/** Makes the hub; every connected page gets every event. */
export function createEventHub(): EventHub {
  const clients = new Set<http.ServerResponse>()
  return {
    emit(event, payload) {
      const frame = `data: ${wire({ event, payload })}\n\n`
      for (const res of clients) res.write(frame)
    },
    attach(res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      })
      res.write(': connected\n\n')
      clients.add(res)
      res.on('close', () => clients.delete(res))
    },
    closeAll() {
      for (const res of clients) res.end()
      clients.clear()
    },
  }
}

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        // Stop reading (and keeping) the body; the caller answers 413 before the connection closes.
        req.off('data', onData)
        req.pause()
        resolve(undefined)
      } else chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function answer(
  res: http.ServerResponse,
  status: number,
  body: string,
  type = 'application/json; charset=utf-8',
): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
  res.end(body)
}

/** Handles /api and /media requests; returns false for any other path (the static files). */
export async function handleApiRoute(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  origin: string,
  services: CaptionServices,
  hub: EventHub,
  media: MediaSigner,
): Promise<boolean> {
  if (url.pathname === '/api/events') {
    if (req.method !== 'GET') return (answer(res, 405, '{}'), true)
    hub.attach(res)
    return true
  }
  if (url.pathname.startsWith('/api/')) {
    // Another site's page cannot call the API: a cross-origin POST carries its Origin, and the JSON
    // content type forces a preflight this server never answers.
    const sentOrigin = req.headers.origin
    if (req.method !== 'POST') return (answer(res, 405, '{}'), true)
    if (sentOrigin !== undefined && sentOrigin !== origin) return (answer(res, 403, '{}'), true)
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return (answer(res, 415, '{}'), true)
    const body = await readBody(req)
    if (body === undefined) {
      // Closing without an answer reached the page as a reset connection, not as "too large": answer
      // first, then close, as the rest of the body is never read.
      res.setHeader('Connection', 'close')
      res.on('finish', () => req.socket.destroy())
      return (answer(res, 413, wire({ ok: false, code: 'too-large' })), true)
    }
    let raw: unknown
    try {
      raw = fromWire(body)
    } catch {
      return (answer(res, 400, wire({ ok: false, code: 'invalid-request', detail: 'body is not JSON' })), true)
    }
    const result = await dispatchApiCall(services.api, url.pathname.slice('/api/'.length), raw)
    answer(res, 200, wire(result))
    return true
  }
  if (url.pathname.startsWith(MEDIA_PREFIX)) {
    // The signature names this one file and expires; the file must also still be on the access list.
    const file = media.verify(url)
    if (file === undefined)
      return (answer(res, 403, 'This media link is not valid (any more).', 'text/plain; charset=utf-8'), true)
    if (!services.access.allowsRead(file))
      return (answer(res, 403, 'This file was not opened in Eglur.', 'text/plain; charset=utf-8'), true)
    await sendWebResponse(res, await serveFile(file, webRequestFromNode(req, origin)))
    return true
  }
  return false
}
