import { promises as fs } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fromWire, toWire } from '../../../shared/ipc/wire'
import { startBrowserModeServer, type BrowserModeServer } from '../../../electron/host/static-server'
import { browserMediaUrl, createEventHub } from '../../../electron/host/api-routes'
import { makeTestServices } from '../../helpers/service-host'

let server: BrowserModeServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start() {
  const hub = createEventHub()
  const t = await makeTestServices({ emit: hub.emit })
  const root = path.join(t.root, 'build')
  await fs.mkdir(root)
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>x</title>')
  server = await startBrowserModeServer({ root, api: { services: t.services, hub } })
  const base = `http://127.0.0.1:${server.port}`
  const cookie = `eglur_token=${server.token}`
  const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers }, body: toWire(args) })
  return { ...t, base, cookie, call }
}

describe("browser mode's API", () => {
  it('answers API calls with the token, and refuses them without it or from another origin', async () => {
    const { call, base } = await start()
    const ok = await call('getLaunchInfo', {})
    expect(ok.status).toBe(200)
    expect(fromWire(await ok.text())).toMatchObject({ mode: 'browser', appVersion: '0.0.0-test' })
    const noToken = await fetch(`${base}/api/getLaunchInfo`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    expect(noToken.status).toBe(403)
    expect((await call('getLaunchInfo', {}, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await call('getLaunchInfo', {}, { 'Content-Type': 'text/plain' })).status).toBe(415)
    expect(fromWire(await (await call('getLaunchInfo', { junk: 1 })).text())).toMatchObject({ ok: false, code: 'invalid-request' })
  })

  it('carries bytes both ways and serves granted media with ranges, refusing the rest', async () => {
    const { call, base, cookie, work, services } = await start()
    const video = path.join(work, 'Cyfarfod â’r cyngor 🎤.mp4')
    await fs.writeFile(video, Buffer.alloc(10_000, 7))
    const outside = path.join(work, 'secret.mp4')
    await fs.writeFile(outside, 'secret')
    services.grantAndOpen([video])
    const media = await fetch(`${base}${browserMediaUrl(video)}`, { headers: { Cookie: cookie, Range: 'bytes=100-199' } })
    expect(media.status).toBe(206)
    expect(media.headers.get('content-range')).toBe('bytes 100-199/10000')
    expect((await media.arrayBuffer()).byteLength).toBe(100)
    expect((await fetch(`${base}${browserMediaUrl(outside)}`, { headers: { Cookie: cookie } })).status).toBe(403)
    const vtt = path.join(work, 'out.vtt')
    services.grantAndOpen([vtt])
    const bytes = new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:01.000\nBore da\n')
    expect(fromWire(await (await call('writeExport', { path: vtt, bytes })).text())).toEqual({ ok: true })
    const back = fromWire(await (await call('readCaptionFile', { path: vtt })).text()) as { ok: true; bytes: Uint8Array }
    expect(back.bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(back.bytes)).toContain('Bore da')
  })

  it('pushes main events to the page over Server-Sent Events', async () => {
    const { base, cookie, services, call, work } = await start()
    const response = await fetch(`${base}/api/events`, { headers: { Cookie: cookie } })
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/)
    const reader = response.body!.getReader()
    const file = path.join(work, 'talk.eglur')
    services.grantAndOpen([file])
    const project = { format: 'eglur-project', version: 1, savedAt: new Date().toISOString(), document: { version: 1, cues: [], speakers: [] }, glossary: [] }
    await call('createProject', { path: file, project })
    let text = ''
    while (!text.includes('app:save-status')) text += new TextDecoder().decode((await reader.read()).value)
    const frame = text.split('\n').find((l) => l.startsWith('data: '))!
    expect(fromWire(frame.slice(6))).toMatchObject({ event: 'app:save-status', payload: { path: file, status: { state: 'saved' } } })
    await reader.cancel()
  })
})
