// Media problems in browser mode, end to end: a video Chromium cannot play (HEVC) converted to a
// playable copy that the project then points at; the video moved while open, and a project whose
// video is missing; ffmpeg missing, and ffmpeg crashing mid-stream; a text file renamed .mp4.
// Every case must explain itself in plain words and keep the captions editable and saved.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseProjectFile, type Project } from '../../shared/project/project-file'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

const run = promisify(execFile)
let root: string
let browser: Browser
const servers: Served[] = []

const CAPTIONS = `WEBVTT

00:00:00.500 --> 00:00:02.500
Welcome to the network meeting.

00:00:03.000 --> 00:00:05.000
We start with the minutes.
`

/** A test-pattern video with a tone, beside its captions; film grain makes it big enough to stream in parts. */
async function makeVideo(
  folder: string,
  name: string,
  opts: { codec: 'libx264' | 'libx265'; seconds: number; grain?: number },
): Promise<string> {
  const dir = path.join(root, folder)
  await fs.mkdir(dir, { recursive: true })
  const file = path.join(dir, name)
  const picture = `testsrc=size=320x240:rate=15:duration=${opts.seconds}${opts.grain ? `,noise=alls=${opts.grain}:allf=t` : ''}`
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    picture,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=330:duration=${opts.seconds}`,
    '-c:v',
    opts.codec,
    '-preset',
    'veryfast',
    '-pix_fmt',
    'yuv420p',
    ...(opts.codec === 'libx265' ? ['-x265-params', 'log-level=error'] : []),
    '-c:a',
    'aac',
    '-movflags',
    '+faststart',
    file,
  ])
  await fs.writeFile(path.join(dir, `${path.basename(name, path.extname(name))}.en.vtt`), CAPTIONS)
  return file
}

async function openPage(files: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Page> {
  const served = await serve(files, env)
  servers.push(served)
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 950 } })).newPage()
  await page.goto(served.url)
  return page
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `media-${name}.png`) })

async function readProject(file: string): Promise<Project> {
  const parsed = parseProjectFile(await fs.readFile(file, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.project
}

/** Polls until `check` passes on the project file (autosave is under a second; allow five). */
async function projectBecomes(file: string, check: (p: Project | undefined) => boolean, what: string): Promise<void> {
  const until = Date.now() + 5000
  while (!check(await readProject(file).catch(() => undefined))) {
    if (Date.now() > until) throw new Error(`the project file never ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Edits the first caption and waits for the edit to reach the project file. */
async function editAndSee(page: Page, project: string, text: string): Promise<void> {
  await page.locator('[role="row"]').first().click()
  await page.locator('#cue-text').fill(text)
  await projectBecomes(project, (p) => p?.doc.cues[0]?.text === text, 'received the edit')
  await page.getByText('All changes saved').waitFor()
}

/** The video has a picture: enough data for the current frame after a seek. */
async function videoPlays(page: Page): Promise<{ readyState: number; at: number; src: string }> {
  return page.evaluate(async () => {
    const v = document.querySelector('video')!
    if (v.readyState < 1) await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }))
    v.currentTime = 1.5
    await new Promise((r) => v.addEventListener('seeked', r, { once: true }))
    if (v.readyState < 2) await new Promise((r) => v.addEventListener('canplay', r, { once: true }))
    return { readyState: v.readyState, at: v.currentTime, src: v.currentSrc }
  })
}

/** The waveform has been drawn (wavesurfer's regions only appear over drawn peaks). */
const waveformDrawn = (page: Page) =>
  page.waitForFunction(
    () =>
      (document.querySelector('.waveform__canvas div')?.shadowRoot?.querySelectorAll('[part~="region"]').length ?? 0) >=
      2,
    undefined,
    { timeout: 30_000 },
  )

beforeAll(async () => {
  root = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-media-problems-')))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  for (const s of servers) s.stop()
  if (root) await fs.rm(root, { recursive: true, force: true })
})

describe('media problems in browser mode', () => {
  it('offers a playable copy of an HEVC video, plays it, draws its waveform and points the project at it', async () => {
    const video = await makeVideo('HEVC', 'talk.mkv', { codec: 'libx265', seconds: 30, grain: 40 })
    const copy = path.join(root, 'HEVC', 'talk.eglur.mp4')
    const project = path.join(root, 'HEVC', 'talk.eglur')
    const page = await openPage([video])
    await page.waitForSelector('[role="grid"]')
    const offer = page.getByRole('heading', { name: 'This video cannot be played here' })
    await offer.waitFor()
    // The banner explains it; no second "stopped playing" alert for the same thing.
    expect(await page.getByRole('alert').count()).toBe(0)
    await shot(page, 'convert-offer')
    // Records every progress value the page shows, so a bar stuck at 0% until the end would fail.
    await page.evaluate(() => {
      const seen: number[] = ((window as unknown as { progressSeen: number[] }).progressSeen = [])
      const timer = setInterval(() => {
        const bar = document.querySelector<HTMLProgressElement>('.convert-banner progress')
        if (bar) seen.push(bar.value)
        else if (seen.length) clearInterval(timer)
      }, 20)
    })
    await page.getByRole('button', { name: 'Make a playable copy' }).click()
    await page.getByRole('progressbar', { name: 'Making a playable copy' }).waitFor()
    await page.waitForFunction(
      () => (document.querySelector<HTMLProgressElement>('.convert-banner progress')?.value ?? 1) > 0.05,
    )
    await shot(page, 'converting')
    await offer.waitFor({ state: 'detached', timeout: 60_000 })
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen)
    expect(seen.some((v) => v > 0 && v < 1)).toBe(true)
    const played = await videoPlays(page)
    expect(played.readyState).toBeGreaterThanOrEqual(2)
    expect(played.at).toBeCloseTo(1.5, 1)
    expect(decodeURIComponent(played.src)).toContain('talk.eglur.mp4')
    await waveformDrawn(page)
    await projectBecomes(project, (p) => p?.media?.absolutePath === copy, 'pointed at the playable copy')
    await shot(page, 'converted')
    // Reopening the project plays the copy straight away.
    const again = await openPage([project])
    await again.waitForSelector('[role="grid"]')
    expect(decodeURIComponent((await videoPlays(again)).src)).toContain('talk.eglur.mp4')
    expect(await again.getByRole('heading', { name: 'This video cannot be played here' }).count()).toBe(0)
  })

  it('says so when the video is moved away while open, and keeps saving edits', async () => {
    const video = await makeVideo('Moved', 'meeting.mp4', { codec: 'libx264', seconds: 120, grain: 60 })
    const project = path.join(root, 'Moved', 'meeting.eglur')
    const page = await openPage([video])
    await page.waitForSelector('[role="grid"]')
    await waveformDrawn(page)
    expect((await videoPlays(page)).readyState).toBeGreaterThanOrEqual(2)
    const elsewhere = path.join(root, 'Moved', 'somewhere else.mp4')
    await fs.rename(video, elsewhere)
    // Seeking far ahead needs bytes the page never had, so the video element has to ask for them.
    await page.evaluate(() => {
      const v = document.querySelector('video')!
      v.currentTime = v.duration - 2
    })
    const alert = page.getByRole('alert').filter({ hasText: '“meeting.mp4” can no longer be found' })
    await alert.waitFor({ timeout: 15_000 })
    expect(await alert.textContent()).toContain('every edit is still saved')
    await editAndSee(page, project, 'Welcome, everyone, to the network meeting.')
    await shot(page, 'moved-while-open')
    // Put back, "Try again" plays it from where the editor was.
    await fs.rename(elsewhere, video)
    await page.getByRole('button', { name: 'Try again' }).click()
    await alert.waitFor({ state: 'detached' })
    expect((await videoPlays(page)).readyState).toBeGreaterThanOrEqual(2)
  })

  it('opens a project whose video is missing with every caption editable', async () => {
    const video = await makeVideo('Missing', 'clip.mp4', { codec: 'libx264', seconds: 6 })
    const project = path.join(root, 'Missing', 'clip.eglur')
    const first = await openPage([video])
    await first.waitForSelector('[role="grid"]')
    await projectBecomes(project, (p) => p?.media?.absolutePath === video, 'was created')
    await first.close()
    await fs.rm(video)
    const page = await openPage([project])
    await page.waitForSelector('[role="grid"]')
    await page.getByRole('alert').filter({ hasText: 'The video “clip.mp4” is missing' }).waitFor()
    expect(await page.locator('[role="row"][id^="cue-row-"]').count()).toBe(2)
    await editAndSee(page, project, 'Welcome to the meeting, everyone.')
    await shot(page, 'missing-at-open')
  })

  it('plays the video and says plainly that ffmpeg is missing', async () => {
    const video = await makeVideo('NoFfmpeg', 'talk.mp4', { codec: 'libx264', seconds: 6 })
    const page = await openPage([video], { EGLUR_FFMPEG: path.join(root, 'no-such-ffmpeg') })
    await page.waitForSelector('[role="grid"]')
    await page.locator('.waveform__status').filter({ hasText: 'the video tool (ffmpeg) is missing' }).waitFor()
    expect(await page.getByText(/Drawing the waveform/).count()).toBe(0)
    expect((await videoPlays(page)).readyState).toBeGreaterThanOrEqual(2)
    // The server cannot probe the length without ffmpeg; the page reads it from the video.
    await page
      .locator('.transport__time')
      .filter({ hasText: / \/ 0:06\.\d$/ })
      .waitFor()
    await shot(page, 'ffmpeg-missing')
  })

  it('shows the failure when ffmpeg dies while decoding, and the editor stays usable', async () => {
    const video = await makeVideo('Crash', 'talk.mp4', { codec: 'libx264', seconds: 6 })
    // Answers `-i` probes like ffmpeg does, then dies part-way through the decode (`-f s16le`).
    const fake = path.join(root, 'crashing-ffmpeg')
    await fs.writeFile(
      fake,
      `#!/bin/sh
case " $* " in *" s16le "*) head -c 4000 /dev/zero; echo "Error while decoding stream #0:1" >&2; kill -9 $$ ;; esac
printf '%s\\n' "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'x':" "  Duration: 00:00:06.00, start: 0.000000, bitrate: 90 kb/s" "    Stream #0:0(und): Video: h264 (High), yuv420p, 320x240, 15 fps" "    Stream #0:1(und): Audio: aac (LC), 44100 Hz, mono, fltp" "At least one output file must be specified" >&2
exit 1
`,
      { mode: 0o755 },
    )
    const page = await openPage([video], { EGLUR_FFMPEG: fake })
    await page.waitForSelector('[role="grid"]')
    await page
      .locator('.waveform__status')
      .filter({ hasText: 'The waveform could not be drawn: the video tool could not read the sound.' })
      .waitFor()
    expect((await videoPlays(page)).readyState).toBeGreaterThanOrEqual(2)
    await editAndSee(page, path.join(root, 'Crash', 'talk.eglur'), 'Welcome to the network meeting, all.')
    await shot(page, 'ffmpeg-crashed')
  })

  it('names the file when a "video" is not media at all', async () => {
    const dir = path.join(root, 'NotMedia')
    await fs.mkdir(dir)
    const file = path.join(dir, 'minutes.mp4')
    await fs.writeFile(file, 'Minutes of the meeting held on Tuesday.\n'.repeat(50))
    const page = await openPage([file])
    await page
      .getByRole('alert')
      .filter({ hasText: 'minutes.mp4 is not a video or audio file Eglur can read.' })
      .waitFor()
    expect(await page.locator('[role="grid"]').count()).toBe(0)
    await shot(page, 'not-media')
  })
})
