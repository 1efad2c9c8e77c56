import { describe, expect, it } from 'vitest'
import { toWire } from '../../../shared/ipc/wire'
import { createHttpBridge, splitEventFrames } from '../../../renderer/platform/http-bridge'

type Seen = { url: string; headers: Record<string, string> }

function fakeServer(secret: string, frames: string[] = []) {
  const seen: Seen[] = []
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries())
    seen.push({ url: String(input), headers })
    if (headers.authorization !== `Bearer ${secret}`) return new Response('no', { status: 403 })
    if (String(input) === '/api/events') {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          // Frames split across chunks, as a network delivers them.
          const text = `: connected\n\n${frames.map((f) => `data: ${f}\n\n`).join('')}`
          const bytes = new TextEncoder().encode(text)
          for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7))
        },
      })
      return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } })
    }
    return new Response(toWire({ mode: 'browser' }))
  }) as typeof fetch
  return { seen, fetchImpl }
}

describe("browser mode's bridge", () => {
  // Bug: the page relied on a cookie for its secret (sent to every port on 127.0.0.1); now every call carries it as a header.
  it('sends the secret as a bearer header on every call and on the event stream', async () => {
    const frame = toWire({ event: 'app:save-status', payload: { path: '/a.eglur', status: { state: 'saved' } } })
    const server = fakeServer('s3cret-value-long-enough', [frame])
    const bridge = createHttpBridge(server.fetchImpl, () => 's3cret-value-long-enough')
    expect(await bridge.getLaunchInfo({})).toEqual({ mode: 'browser' })
    const got = await new Promise<unknown>((resolve) => bridge.on('app:save-status', resolve))
    expect(got).toEqual({ path: '/a.eglur', status: { state: 'saved' } })
    expect(server.seen.map((s) => [s.url, s.headers.authorization])).toEqual([
      ['/api/getLaunchInfo', 'Bearer s3cret-value-long-enough'],
      ['/api/events', 'Bearer s3cret-value-long-enough'],
    ])
  })

  it('answers disconnected without the secret, and never retries the event stream then', async () => {
    const server = fakeServer('s3cret-value-long-enough')
    const bridge = createHttpBridge(server.fetchImpl, () => undefined)
    expect(await bridge.getLaunchInfo({})).toMatchObject({ ok: false, code: 'disconnected' })
    bridge.on('app:save-status', () => undefined)
    await new Promise((r) => setTimeout(r, 50))
    expect(server.seen.filter((s) => s.url === '/api/events')).toHaveLength(1)
  })

  it('splits event text into frames, keeping an unfinished one for the next chunk', () => {
    expect(splitEventFrames(': hi\n\ndata: a\n\ndata: b\r\n\r\ndata: c')).toEqual({
      frames: ['a', 'b'],
      rest: 'data: c',
    })
  })
})
