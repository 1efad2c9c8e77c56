import { promises as fs } from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendWebResponse, webRequestFromNode } from '../../../electron/host/node-web'
import { serveFile } from '../../../electron/services/media/range'

type Handler = (request: Request) => Promise<Response> | Response

let server: http.Server
let origin: string
let handler: Handler = () => new Response('unset')
let handlerErrors = 0

beforeAll(async () => {
  server = http.createServer((req, res) => {
    void (async () => sendWebResponse(res, await handler(webRequestFromNode(req, origin))))().catch(() => {
      handlerErrors++
      res.destroy()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** A body that makes `chunk`-byte chunks only when asked (pull), counting what was pulled and noting a cancel. */
function endlessBody(chunk = 64 * 1024) {
  const state = { pulled: 0, cancelled: false }
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulled += chunk
        controller.enqueue(new Uint8Array(chunk).fill(7))
      },
      cancel() {
        state.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { body, state }
}

/** Opens a raw GET and resolves with the response once headers arrive (the body is left unread). */
function openGet(pathname: string): Promise<{ res: http.IncomingMessage; req: http.ClientRequest }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${origin}${pathname}`, (res) => resolve({ res, req }))
    req.on('error', reject)
  })
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
  if (!check()) throw new Error(`never happened: ${what}`)
}

describe('web Request/Response over Node http', () => {
  it('a request arrives with its method, absolute URL, headers and a streamed POST body', async () => {
    let seen: { method: string; url: string; custom: string | null; range: string | null; body: string } | undefined
    handler = async (request) => {
      seen = {
        method: request.method,
        url: request.url,
        custom: request.headers.get('x-custom'),
        range: request.headers.get('range'),
        body: await request.text(),
      }
      return new Response('ok', { status: 201, statusText: 'Made', headers: { 'X-Answer': '42' } })
    }
    const response = await fetch(`${origin}/api/save?x=1`, {
      method: 'POST',
      headers: { 'X-Custom': 'yes', Range: 'bytes=0-1' },
      body: 'hello body',
    })
    expect(seen).toEqual({
      method: 'POST',
      url: `${origin}/api/save?x=1`,
      custom: 'yes',
      range: 'bytes=0-1',
      body: 'hello body',
    })
    expect(response.status).toBe(201)
    expect(response.statusText).toBe('Made')
    expect(response.headers.get('x-answer')).toBe('42')
    expect(await response.text()).toBe('ok')
  })

  it('the URL keeps this server’s origin whatever request target the client sends', async () => {
    const urls: string[] = []
    handler = (request) => {
      urls.push(request.url)
      return new Response('ok')
    }
    for (const target of ['http://evil.example/steal?x=1', '//evil.example//etc/passwd', '/plain/path?q=2']) {
      await new Promise<void>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: new URL(origin).port, path: target }, (res) =>
          res.resume().on('end', resolve),
        )
        req.on('error', reject).end()
      })
    }
    expect(urls).toEqual([`${origin}/steal?x=1`, `${origin}//etc/passwd`, `${origin}/plain/path?q=2`])
  })

  it('several Set-Cookie headers stay separate', async () => {
    handler = () => {
      const headers = new Headers()
      headers.append('Set-Cookie', 'a=1; Path=/')
      headers.append('Set-Cookie', 'b=2; Path=/')
      return new Response(null, { status: 204, headers })
    }
    const response = await fetch(`${origin}/`)
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/'])
  })

  it('serves media ranges from disk byte for byte, and HEAD without a body', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-node-web-'))
    const file = path.join(dir, 'talk.webm')
    const content = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 31) & 0xff))
    await fs.writeFile(file, content)
    handler = (request) => serveFile(file, request)
    const partial = await fetch(`${origin}/media`, { headers: { Range: 'bytes=100000-199999' } })
    expect(partial.status).toBe(206)
    expect(partial.headers.get('content-range')).toBe(`bytes 100000-199999/${content.length}`)
    expect(partial.headers.get('content-length')).toBe('100000')
    expect(partial.headers.get('content-type')).toBe('video/webm')
    expect(Buffer.from(await partial.arrayBuffer()).equals(content.subarray(100000, 200000))).toBe(true)
    const head = await fetch(`${origin}/media`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(String(content.length))
    expect((await head.arrayBuffer()).byteLength).toBe(0)
    const whole = await fetch(`${origin}/media`)
    expect(Buffer.from(await whole.arrayBuffer()).equals(content)).toBe(true)
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('a client that stops reading stops the source too (backpressure)', async () => {
    const { body, state } = endlessBody()
    handler = () => new Response(body)
    const { res, req } = await openGet('/slow')
    res.pause()
    // Give the server ample time to run ahead if it ignored backpressure.
    await until(() => state.pulled > 0, 'first pull')
    await new Promise((r) => setTimeout(r, 300))
    const pulledWhilePaused = state.pulled
    await new Promise((r) => setTimeout(r, 300))
    // Only socket and stream buffers fill (a few MB at most); an endless source unchecked would be far past that.
    expect(state.pulled).toBe(pulledWhilePaused)
    expect(pulledWhilePaused).toBeLessThan(16 * 1024 * 1024)
    // Reading again resumes the source.
    let received = 0
    res.on('data', (c: Buffer) => (received += c.length))
    res.resume()
    await until(() => state.pulled > pulledWhilePaused + 1024 * 1024, 'resumed pulling')
    req.destroy()
    await until(() => state.cancelled, 'source cancelled')
    expect(received).toBeGreaterThan(0)
  })

  it('a client that disconnects mid-body (as a seek does) cancels the web stream; ECONNRESET crashes nothing', async () => {
    const first = endlessBody()
    handler = () => new Response(first.body)
    const a = await openGet('/seek-1')
    await new Promise((resolve) => a.res.once('data', resolve))
    a.req.destroy()
    await until(() => first.state.cancelled, 'first source cancelled')

    const second = endlessBody()
    handler = () => new Response(second.body)
    const b = await openGet('/seek-2')
    await new Promise((resolve) => b.res.once('data', resolve))
    // A TCP reset rather than a clean close: the server sees ECONNRESET.
    ;(b.res.socket as net.Socket).resetAndDestroy()
    await until(() => second.state.cancelled, 'second source cancelled')

    handler = () => new Response('still here')
    expect(await (await fetch(`${origin}/after`)).text()).toBe('still here')
    expect(handlerErrors).toBe(0)
  })

  it('a source that fails mid-body cuts the connection instead of sending a short body as complete', async () => {
    let sent = 0
    handler = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent++ === 3) controller.error(new Error('disk gone'))
            else controller.enqueue(new Uint8Array(1000))
          },
        }),
        { headers: { 'Content-Length': '10000' } },
      )
    // Either the headers never leave (socket hang up) or the body is cut short: never a clean end.
    const outcome = await new Promise<string>((resolve) => {
      const req = http.get(`${origin}/broken`, (res) => {
        res.on('data', () => {})
        res.on('end', () => resolve('complete'))
        res.on('aborted', () => resolve('aborted'))
        res.on('error', () => resolve('aborted'))
      })
      req.on('error', () => resolve('aborted'))
    })
    expect(outcome).toBe('aborted')
    handler = () => new Response('fine')
    expect(await (await fetch(`${origin}/after`)).text()).toBe('fine')
  })
})
