// The published web page as a reader meets it: made by `eglur publish`, opened from file:// in
// Chromium. Its tracks load, a paragraph's time plays the video from there, aria-current follows
// playback without taking focus, axe finds nothing, no request leaves the folder, and it reads at
// 200 % zoom and in forced colours. With --youtube it embeds nothing and links to YouTube times.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSampleMedia } from '../../scripts/sample-media'
import { serializeCaptionJson } from '../../shared/formats/json'
import { asCueId, asSpeakerId, makeDocument, type Cue } from '../../shared/model'
import { runEglur } from '../helpers/cli'
import { ARTIFACTS, launchChromium } from './browser'

const root = path.resolve(import.meta.dirname, '../..')
// `npm run guide:screenshots` puts the guide's picture of the page in docs/images.
const GUIDE =
  process.env.EGLUR_GUIDE_SCREENSHOTS === '1' ? path.join(root, 'docs/images') : path.join(ARTIFACTS, 'guide')
const SCRIPT = [
  { speaker: 'Morwenna', text: 'Welcome everyone to the co-production network event.' },
  { speaker: 'Morwenna', text: 'We will utilise this hall in order to share what we learnt.' },
  { speaker: 'Beth', text: 'When we talk about co-production, we mean three things.' },
  { speaker: 'Beth', text: 'The report was written by the residents themselves.' },
  { speaker: 'Morwenna', text: 'Thank you all for coming.' },
]

let dir: string
let browser: Browser
let starts: number[]

/** The event as an editor leaves it: speakers with roles, two headings and a description. */
async function makeProject(): Promise<string> {
  const media = await makeSampleMedia(path.join(dir, 'media'), SCRIPT)
  await fs.copyFile(media.video, path.join(dir, 'event.mp4'))
  starts = media.phrases.map((p) => p.startMs)
  const speakers = [
    { id: asSpeakerId('s1'), name: 'Morwenna Foden', role: 'Co:Create' },
    { id: asSpeakerId('s2'), name: 'Beth Perry', role: 'University of Sheffield' },
  ]
  const cues: Cue[] = media.phrases.map((p, i) => ({
    id: asCueId(`c${i + 1}`),
    startMs: p.startMs,
    endMs: p.endMs,
    text: p.text,
    speakerId: asSpeakerId(p.speaker === 'Beth' ? 's2' : 's1'),
  }))
  const p = media.phrases
  // Headings and the description sit in the pauses before the speech they introduce.
  cues.push({ id: asCueId('h1'), startMs: p[0]!.startMs - 100, endMs: p[0]!.startMs, text: 'Welcome', kind: 'heading' })
  cues.push({
    id: asCueId('h2'),
    startMs: p[2]!.startMs - 300,
    endMs: p[2]!.startMs - 150,
    text: 'What co-production means',
    kind: 'heading',
  })
  cues.push({
    id: asCueId('d1'),
    startMs: p[2]!.startMs - 150,
    endMs: p[3]!.endMs,
    text: '[A slide lists the three meanings.]',
    kind: 'description',
  })
  const file = path.join(dir, 'event.json')
  await fs.writeFile(file, serializeCaptionJson(makeDocument(cues, speakers)))
  return file
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-publish-'))
  await fs.mkdir(GUIDE, { recursive: true })
  await makeProject()
  const made = await runEglur(
    dir,
    'publish',
    'event.json',
    '--media',
    'event.mp4',
    '-o',
    'site',
    '--title',
    'Co-production network: the video',
  )
  expect(made.code, made.stderr).toBe(0)
  expect(made.stderr).toBe('event.json: web page written to site/index.html with event.mp4.\n')
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Opens the page from file://, recording every request. */
async function open(
  folder: string,
  viewport = { width: 1000, height: 900 },
): Promise<{ page: Page; requests: string[] }> {
  const page = await (await browser.newContext({ viewport })).newPage()
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(pathToFileURL(path.join(dir, folder, 'index.html')).href)
  return { page, requests }
}

describe('the published page from file://', () => {
  it('has the video with its three tracks loaded, the chapter list and the transcript', async () => {
    expect((await fs.readdir(path.join(dir, 'site'))).sort()).toEqual([
      'captions.vtt',
      'chapters.vtt',
      'descriptions.vtt',
      'event.mp4',
      'index.html',
      'transcript-fragment.html',
    ])
    const { page } = await open('site')
    const tracks = await page.evaluate(async () => {
      const video = document.querySelector('video')!
      for (const t of Array.from(video.textTracks)) t.mode = 'hidden'
      await new Promise((r) => setTimeout(r, 500))
      return Array.from(document.querySelectorAll('track')).map((t) => ({
        kind: t.kind,
        ready: t.readyState,
        cues: t.track.cues?.length ?? 0,
      }))
    })
    expect(tracks).toEqual([
      { kind: 'captions', ready: 2, cues: 6 },
      { kind: 'descriptions', ready: 2, cues: 1 },
      { kind: 'chapters', ready: 2, cues: 2 },
    ])
    expect(await page.locator('h1').textContent()).toBe('Co-production network: the video')
    expect(await page.locator('.chapters li').allTextContents()).toEqual([
      '00:00:00 Welcome',
      expect.stringMatching(/^00:00:\d\d What co-production means$/),
    ])
    expect(await page.getByRole('link', { name: 'Play from 00:00:00' }).count()).toBe(2)
    expect(await page.locator('.transcript h3').allTextContents()).toEqual(['Welcome', 'What co-production means'])
    expect(await page.locator('.speaker').allTextContents()).toEqual([
      'Morwenna Foden, Co:Create:',
      'Beth Perry, University of Sheffield:',
      'Morwenna:',
    ])
    expect(await page.locator('.description').textContent()).toBe('[A slide lists the three meanings.]')
    await page.close()
  })

  it('a paragraph time plays the video from there, and aria-current follows playback without moving focus', async () => {
    const { page, requests } = await open('site')
    const times = page.locator('.paragraph a.time')
    expect(await times.count()).toBe(3)
    const second = page.locator('.paragraph').nth(1)
    await times.nth(1).click()
    await page.waitForFunction(() => !document.querySelector('video')!.paused)
    const at = await page.evaluate(() => document.querySelector('video')!.currentTime)
    expect(at).toBeGreaterThanOrEqual(starts[2]! / 1000 - 0.1)
    // The page marks the paragraph on the video's next time update, a moment after playing starts.
    await expect.poll(() => second.getAttribute('aria-current')).toBe('true')
    expect(await page.locator('[aria-current]').count()).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.classList.contains('time'))).toBe(true)
    // Playing on into the next speaker's turn moves the mark there.
    await page.evaluate((s) => (document.querySelector('video')!.currentTime = s), starts[4]! / 1000 - 0.3)
    await page.locator('.paragraph').nth(2).and(page.locator('[aria-current="true"]')).waitFor({ timeout: 5000 })
    expect(await second.getAttribute('aria-current')).toBeNull()
    expect(await page.evaluate(() => document.activeElement?.classList.contains('time'))).toBe(true)
    await page.evaluate(() => document.querySelector('video')!.pause())
    // The player's controls slide in when it pauses, moving the caption: let them settle for the picture.
    await page.waitForTimeout(800)
    const folder = pathToFileURL(path.join(dir, 'site')).href
    expect(requests.filter((u) => !u.startsWith(`${folder}/`) && !u.startsWith('data:'))).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'publish-page.png'), fullPage: true })
    await page.screenshot({ path: path.join(GUIDE, 'publish.png'), fullPage: true })
    await page.close()
  })

  it('has no axe violations, fits at 200 % zoom and marks the current paragraph in forced colours', async () => {
    const { page } = await open('site')
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    await page.close()
    // 200 % zoom of a 1280-pixel window is a 640-pixel layout viewport at twice the pixels.
    const zoomed = await (
      await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 })
    ).newPage()
    await zoomed.goto(pathToFileURL(path.join(dir, 'site', 'index.html')).href)
    expect(
      await zoomed.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true)
    await zoomed.emulateMedia({ forcedColors: 'active' })
    await zoomed.locator('.paragraph a.time').first().click()
    const marked = zoomed.locator('.paragraph[aria-current]')
    await marked.waitFor()
    const bars = await marked.evaluate((el) => [
      getComputedStyle(el).borderLeftColor,
      getComputedStyle(el).backgroundColor,
    ])
    expect(bars[0]).not.toBe(bars[1])
    await marked.scrollIntoViewIfNeeded()
    await zoomed.screenshot({ path: path.join(ARTIFACTS, 'publish-page-zoom-forced-colours.png') })
    await zoomed.close()
  })

  it('with --youtube embeds nothing and links each time to YouTube at that second', async () => {
    const made = await runEglur(
      dir,
      'publish',
      'event.json',
      '-o',
      'yt',
      '--youtube',
      'https://www.youtube.com/watch?v=abc123&t=5',
    )
    expect(made.code).toBe(0)
    expect((await fs.readdir(path.join(dir, 'yt'))).sort()).toEqual([
      'captions.vtt',
      'chapters.vtt',
      'descriptions.vtt',
      'index.html',
      'transcript-fragment.html',
    ])
    const { page, requests } = await open('yt')
    expect(await page.locator('video, iframe, script').count()).toBe(0)
    const hrefs = await page
      .locator('.paragraph a.time')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs[0]).toBe(`https://www.youtube.com/watch?v=abc123&t=${Math.floor(starts[0]! / 1000)}`)
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true)
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    await page.close()
  })
})
