// Seeking a long video in Chromium through the shared Range implementation (serveFile + the Node
// adapters), and a negative control: the same server answering 200 with the whole file (what
// Electron's net.fetch('file://…') does) must visibly break seeking, so this test can fail.
import { execFile } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendWebResponse, webRequestFromNode } from '../../electron/host/node-web'
import { serveFile } from '../../electron/services/media/range'
import { launchChromium } from './browser'

const run = promisify(execFile)
const MINUTES = 30
// 160x90 at 2 fps, a keyframe every 5 s, 24 kb/s mono AAC, index at the front. Film grain (noise)
// brings it to about 35 MB (12 s to make), so "never the whole file" still means something after
// loopback socket buffers have absorbed their several MB per connection.
const PARAMS = { size: '160x90', fps: 2, gop: 10, minutes: MINUTES, audio: '24k', noise: 60, crf: 20 }

let browser: Browser
let video: string
let videoSize: number

/** Generates the long video once; reruns reuse it (the name carries every parameter). */
async function longVideo(): Promise<string> {
  const name = `eglur-media-seek-${Object.values(PARAMS).join('-')}.mp4`
  const file = path.join(os.tmpdir(), name)
  if (existsSync(file)) return file
  const seconds = String(PARAMS.minutes * 60)
  const temp = `${file}.${process.pid}.tmp.mp4`
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc=size=${PARAMS.size}:rate=${PARAMS.fps}:duration=${seconds},noise=alls=${PARAMS.noise}:allf=t`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=330:sample_rate=16000:duration=${seconds}`,
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    String(PARAMS.crf),
    '-g',
    String(PARAMS.gop),
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    PARAMS.audio,
    '-ac',
    '1',
    '-movflags',
    '+faststart',
    temp,
  ])
  await fs.rename(temp, file)
  return file
}

type Mode = 'ranges' | 'whole-file'
type Traffic = { statuses: number[]; bytesSent: number }

/** A page with a <video> and the video itself, from one loopback server; `whole-file` ignores Range. */
async function startServer(mode: Mode): Promise<{ origin: string; traffic: Traffic; close: () => Promise<void> }> {
  const traffic: Traffic = { statuses: [], bytesSent: 0 }
  let origin = ''
  const server = http.createServer((req, res) => {
    void answer(webRequestFromNode(req, origin), mode, traffic).then((response) => sendWebResponse(res, response))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`
  return {
    origin,
    traffic,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

async function answer(request: Request, mode: Mode, traffic: Traffic): Promise<Response> {
  const { pathname } = new URL(request.url)
  if (pathname === '/')
    return new Response(
      '<!doctype html><title>seek</title><video id="v" src="/talk.mp4" preload="metadata" muted></video>',
      { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    )
  if (pathname !== '/talk.mp4') return new Response('Not found', { status: 404 })
  let response: Response
  if (mode === 'ranges') response = await serveFile(video, request)
  else {
    // The Electron bug: the Range header is dropped and the whole file comes back as 200, with no Accept-Ranges.
    response = await serveFile(video, new Request(request.url, { method: request.method }))
    response.headers.delete('Accept-Ranges')
  }
  traffic.statuses.push(response.status)
  if (!response.body) return response
  // Count what actually leaves: the body is pulled only as fast as the socket takes it, and cancelled on abort.
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      traffic.bytesSent += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
  return new Response(response.body.pipeThrough(counter), { status: response.status, headers: response.headers })
}

type SeekResult = {
  seeked: boolean
  currentTime: number
  readyState: number
  duration: number
  seekableEnd: number
  error: number | null
}

/** Opens the page, waits for metadata, seeks to each target and reports where the video landed. */
async function seekThrough(
  mode: Mode,
  fractions: readonly number[],
): Promise<{ results: SeekResult[]; traffic: Traffic; received: number }> {
  const server = await startServer(mode)
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    // What Chromium's network stack actually read for the video (the server's count also includes
    // whatever the loopback socket buffers absorbed, which can be tens of MB per connection).
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    const videoRequests = new Set<string>()
    let received = 0
    cdp.on('Network.responseReceived', (e) => {
      if (e.response.url.endsWith('/talk.mp4')) videoRequests.add(e.requestId)
    })
    cdp.on('Network.dataReceived', (e) => {
      if (videoRequests.has(e.requestId)) received += e.dataLength
    })
    await page.goto(server.origin)
    const results: SeekResult[] = []
    for (const fraction of fractions) {
      results.push(
        await page.evaluate(async (f) => {
          const v = document.getElementById('v') as HTMLVideoElement
          const wait = (event: string, ms: number) =>
            new Promise<boolean>((resolve) => {
              v.addEventListener(event, () => resolve(true), { once: true })
              setTimeout(() => resolve(false), ms)
            })
          if (v.readyState < 1) await wait('loadedmetadata', 20_000)
          const seeked = wait('seeked', 20_000)
          v.currentTime = v.duration * f
          const ok = await seeked
          for (let i = 0; i < 200 && v.readyState < 2; i++) await new Promise((r) => setTimeout(r, 50))
          const ranges = v.seekable
          return {
            seeked: ok,
            currentTime: v.currentTime,
            readyState: v.readyState,
            duration: v.duration,
            seekableEnd: ranges.length ? ranges.end(ranges.length - 1) : 0,
            error: v.error?.code ?? null,
          }
        }, fraction),
      )
    }
    // Let requests cancelled by the last seek settle before the bytes are counted.
    await page.waitForTimeout(500)
    return { results, traffic: { ...server.traffic }, received }
  } finally {
    await context.close()
    await server.close()
  }
}

beforeAll(async () => {
  video = await longVideo()
  videoSize = (await fs.stat(video)).size
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

const TARGETS = [0.5, 0.98] as const

describe('seeking a long video served with Range', () => {
  it('lands in the middle and near the end, fetching only small parts with 206', async () => {
    const { results, traffic, received } = await seekThrough('ranges', TARGETS)
    const duration = MINUTES * 60
    for (const [i, r] of results.entries()) {
      expect(r.error).toBeNull()
      expect(r.seeked).toBe(true)
      expect(Math.abs(r.duration - duration)).toBeLessThan(1)
      expect(Math.abs(r.seekableEnd - r.duration)).toBeLessThan(0.5)
      expect(Math.abs(r.currentTime - r.duration * TARGETS[i]!)).toBeLessThan(0.5)
      expect(r.readyState).toBeGreaterThanOrEqual(2)
    }
    expect(traffic.statuses.filter((s) => s === 206).length).toBeGreaterThan(0)
    expect(traffic.statuses.filter((s) => s === 200)).toEqual([])
    // Two seeks need about a MB around each target. The server's own count includes whatever the
    // loopback socket buffers took (autotuned up to 32 MB a connection here; 1–19 MB seen), so it is
    // only logged; what Chromium itself received proves it fetched little.
    expect(received).toBeGreaterThan(0)
    // Chromium read ahead 0.8–5.4 MB of 34.5 MB across runs here: a third of the file is still far from the whole of it.
    expect(received).toBeLessThan(videoSize / 3)
    console.log(
      `ranges: ${traffic.statuses.length} responses (${traffic.statuses.join(' ')}), ${(traffic.bytesSent / 1024).toFixed(0)} KB sent, ${(received / 1024).toFixed(0)} KB received by Chromium, of ${(videoSize / 1024).toFixed(0)} KB`,
    )
  })

  it('negative control: 200 with the whole file breaks seeking or sends the whole file', async () => {
    const { results, traffic, received } = await seekThrough('whole-file', TARGETS)
    const middle = results[0]!
    const seekingBroke =
      middle.seekableEnd < middle.duration - 1 || Math.abs(middle.currentTime - middle.duration * TARGETS[0]) > 0.5
    const wholeFileSent = traffic.bytesSent >= videoSize
    expect(traffic.statuses.every((s) => s === 200)).toBe(true)
    expect(seekingBroke || wholeFileSent).toBe(true)
    console.log(
      `whole-file: seekable end ${middle.seekableEnd.toFixed(1)} s of ${middle.duration.toFixed(1)} s, landed at ${middle.currentTime.toFixed(1)} s, ${(traffic.bytesSent / 1024).toFixed(0)} KB sent, ${(received / 1024).toFixed(0)} KB received`,
    )
  })
})
