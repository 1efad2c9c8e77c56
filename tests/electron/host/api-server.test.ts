import { promises as fs } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fromWire, toWire } from '../../../shared/ipc/wire'
import { PROJECT_VERSION } from '../../../shared/project/project-file'
import { startBrowserModeServer, type BrowserModeServer } from '../../../electron/host/static-server'
import { createEventHub } from '../../../electron/host/api-routes'
import { createMediaSigner, newSecret } from '../../../electron/host/secret'
import { makeTestServices } from '../../helpers/service-host'

let server: BrowserModeServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(onFirstUse?: () => void) {
  const hub = createEventHub()
  const secret = newSecret()
  const signer = createMediaSigner(secret)
  const t = await makeTestServices({ emit: hub.emit, mediaUrl: signer.url })
  const root = path.join(t.root, 'build')
  await fs.mkdir(root)
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>x</title>')
  server = await startBrowserModeServer({
    root,
    secret,
    api: { services: t.services, hub },
    ...(onFirstUse ? { onFirstUse } : {}),
  })
  const base = server.origin
  const auth = { Authorization: `Bearer ${secret}` }
  const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth, ...headers },
      body: toWire(args),
    })
  return { ...t, base, auth, secret, signer, call }
}

describe("browser mode's API", () => {
  it('answers API calls with the token, and refuses them without it or from another origin', async () => {
    const { call, base } = await start()
    const ok = await call('getLaunchInfo', {})
    expect(ok.status).toBe(200)
    expect(fromWire(await ok.text())).toMatchObject({ mode: 'browser', appVersion: '0.0.0-test' })
    const noToken = await fetch(`${base}/api/getLaunchInfo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(noToken.status).toBe(403)
    expect((await call('getLaunchInfo', {}, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await call('getLaunchInfo', {}, { 'Content-Type': 'text/plain' })).status).toBe(415)
    expect(fromWire(await (await call('getLaunchInfo', { junk: 1 })).text())).toMatchObject({
      ok: false,
      code: 'invalid-request',
    })
  })

  it('carries bytes both ways and serves granted media with ranges, refusing the rest', async () => {
    const { call, base, signer, work, services } = await start()
    const video = path.join(work, 'Cyfarfod â’r cyngor 🎤.mp4')
    await fs.writeFile(video, Buffer.alloc(10_000, 7))
    const outside = path.join(work, 'secret.mp4')
    await fs.writeFile(outside, 'secret')
    services.grantAndOpen([video])
    const media = await fetch(`${base}${signer.url(video)}`, { headers: { Range: 'bytes=100-199' } })
    expect(media.status).toBe(206)
    expect(media.headers.get('content-range')).toBe('bytes 100-199/10000')
    expect((await media.arrayBuffer()).byteLength).toBe(100)
    expect((await fetch(`${base}${signer.url(outside)}`)).status).toBe(403)
    const vtt = path.join(work, 'out.vtt')
    // A save target (as the save dialog grants it): files only opened are never written.
    services.access.grant(vtt)
    const bytes = new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:01.000\nBore da\n')
    expect(fromWire(await (await call('writeExport', { path: vtt, bytes })).text())).toEqual({ ok: true })
    const back = fromWire(await (await call('readCaptionFile', { path: vtt })).text()) as {
      ok: true
      bytes: Uint8Array
    }
    expect(back.bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(back.bytes)).toContain('Bore da')
  })

  it('pushes main events to the page over Server-Sent Events', async () => {
    const { base, auth, services, call, work } = await start()
    const response = await fetch(`${base}/api/events`, { headers: auth })
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/)
    const reader = response.body!.getReader()
    const file = path.join(work, 'talk.eglur')
    services.grantAndOpen([file])
    const project = {
      format: 'eglur-project',
      version: PROJECT_VERSION,
      savedAt: new Date().toISOString(),
      document: { version: 1, cues: [], speakers: [] },
      glossary: [],
    }
    await call('createProject', { path: file, project })
    let text = ''
    while (!text.includes('app:save-status')) {
      const chunk = await reader.read()
      // A stream that ends without the event fails the test instead of spinning.
      if (chunk.done) throw new Error(`the event stream ended without a save status: ${text}`)
      text += new TextDecoder().decode(chunk.value)
    }
    const frame = text.split('\n').find((l) => l.startsWith('data: '))!
    expect(fromWire(frame.slice(6))).toMatchObject({
      event: 'app:save-status',
      payload: { path: file, status: { state: 'saved' } },
    })
    await reader.cancel()
  })
})

describe("browser mode's secret", () => {
  // Bug: the secret was a cookie, which browsers send to every port on 127.0.0.1, so a page served on another local port received it.
  it('is never set as a cookie, and a cookie carrying it opens nothing', async () => {
    const { base, secret } = await start()
    for (const address of [`${base}/`, `${base}/?token=${secret}`, `${base}/index.html`]) {
      const response = await fetch(address)
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    const withCookie = await fetch(`${base}/api/getLaunchInfo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `eglur_token=${secret}` },
      body: '{}',
    })
    expect(withCookie.status).toBe(403)
    const inQuery = await fetch(`${base}/api/getLaunchInfo?token=${secret}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(inQuery.status).toBe(403)
  })

  it('is needed for the API and the event stream; a wrong one of any length is refused', async () => {
    const { base, call, secret } = await start()
    expect((await call('getLaunchInfo', {}, { Authorization: `Bearer ${secret.slice(0, -1)}x` })).status).toBe(403)
    expect((await call('getLaunchInfo', {}, { Authorization: 'Bearer short' })).status).toBe(403)
    expect((await call('getLaunchInfo', {}, { Authorization: secret })).status).toBe(403)
    expect((await fetch(`${base}/api/events`)).status).toBe(403)
    // The app's own files hold no one's data: they load without it, so the page can read its secret.
    expect((await fetch(`${base}/`)).status).toBe(200)
  })

  it('tells the server once, on first use, that the page has it', async () => {
    let uses = 0
    const { call } = await start(() => uses++)
    expect(uses).toBe(0)
    await call('getLaunchInfo', {})
    await call('getLaunchInfo', {})
    expect(uses).toBe(1)
  })

  it('signs media URLs for one file, and they expire', async () => {
    const { base, signer, work, services, secret } = await start()
    const video = path.join(work, 'talk.mp4')
    const other = path.join(work, 'other.mp4')
    for (const file of [video, other]) await fs.writeFile(file, 'x'.repeat(100))
    services.grantAndOpen([video, other])
    const good = new URL(`${base}${signer.url(video)}`)
    expect((await fetch(good)).status).toBe(200)
    // Unsigned, signed for another file, or signed with another run's secret: refused.
    expect((await fetch(`${base}/media/${encodeURIComponent(video)}`)).status).toBe(403)
    const swapped = new URL(good)
    swapped.pathname = `/media/${encodeURIComponent(other)}`
    expect((await fetch(swapped)).status).toBe(403)
    expect((await fetch(`${base}${createMediaSigner(newSecret()).url(video)}`)).status).toBe(403)
    const stale = createMediaSigner(secret, { now: () => Date.now() - 2 * 24 * 3600 * 1000 })
    expect((await fetch(`${base}${stale.url(video)}`)).status).toBe(403)
  })
})
