// Opening a long recording's project: the caption list and the first screen of waveform are shown
// while the whole waveform is still being decoded, and reopening reads the peaks from the cache.
// Needs `npm run -s build` (the built pages), ffmpeg and Debian's Chromium.
import { execFile } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asCueId, makeDocument } from '../../shared/model'
import { serializeProject } from '../../shared/project/project-file'
import { ARTIFACTS, launchChromium, serve } from './browser'

const run = promisify(execFile)
const HOURS = 2
let browser: Browser
let project: string

/** Two hours of 8 kHz mono AAC, made once per machine (the name carries its parameters). */
async function longAudio(): Promise<string> {
  const file = path.join(os.tmpdir(), `eglur-progressive-${HOURS}h-8k.m4a`)
  if (existsSync(file)) return file
  const temp = `${file}.${process.pid}.tmp.m4a`
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=220:sample_rate=8000:duration=${HOURS * 3600}`,
    '-af',
    'volume=0.5',
    '-c:a',
    'aac',
    '-b:a',
    '24k',
    temp,
  ])
  await fs.rename(temp, file)
  return file
}

beforeAll(async () => {
  const media = await longAudio()
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-progressive-'))
  const count = 3000
  const step = Math.floor((HOURS * 3600 * 1000) / count)
  const doc = makeDocument(
    Array.from({ length: count }, (_, i) => ({
      id: asCueId(`c${i}`),
      startMs: i * step,
      endMs: i * step + step - 100,
      text: `Caption ${i + 1} of the long recording`,
    })),
  )
  project = path.join(dir, 'long.eglur')
  await fs.writeFile(
    project,
    serializeProject(
      { title: 'Long', doc, glossary: [], media: { relativePath: path.basename(media), absolutePath: media } },
      new Date(),
    ),
  )
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
})

type Seen = { wholePeaksAt?: number; wholeCached?: boolean; windowAsked: boolean }

/** Loads the editor for `project` from a server whose data folder is `dataDir`; notes when the whole waveform's peaks arrived. */
async function open(dataDir: string): Promise<{ page: Page; seen: Seen; stop: () => void }> {
  const served = await serve([project], { EGLUR_DATA_DIR: dataDir })
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  // Each change of the problems tab's label, and whether captions were listed by then.
  await page.addInitScript(`
    window.problemsTab = []
    window.startScreen = { opening: false, recent: false }
    new MutationObserver(() => {
      if (document.getElementById('recent-heading')) window.startScreen.recent = true
      if ([...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === 'Opening…')) window.startScreen.opening = true
      const tab = [...document.querySelectorAll('.side-panel__tabs button')].find((b) => /problem/i.test(b.textContent))
      const listed = document.querySelectorAll('[role="row"]').length > 1
      const last = window.problemsTab[window.problemsTab.length - 1]
      if (tab && (!last || last.text !== tab.textContent || last.listed !== listed))
        window.problemsTab.push({ text: tab.textContent, listed })
    }).observe(document, { subtree: true, childList: true, characterData: true })
  `)
  const seen: Seen = { windowAsked: false }
  page.on('response', (response) => {
    if (!response.url().endsWith('/api/getPeaks')) return
    const body = response.request().postData() ?? ''
    if (body.includes('"window"')) {
      seen.windowAsked = true
      return
    }
    void response.text().then((text) => {
      seen.wholePeaksAt = Date.now()
      seen.wholeCached = text.includes('"cached":true')
    })
  })
  await page.goto(served.url)
  return { page, seen, stop: served.stop }
}

/** The waveform is drawn (its regions are in wavesurfer's shadow root). */
const waveformDrawn = (page: Page) =>
  page.waitForFunction(
    () =>
      (document.querySelector('.waveform__canvas div')?.shadowRoot?.querySelectorAll('[part~="region"]').length ?? 0) >=
      1,
    undefined,
    { timeout: 60_000, polling: 20 },
  )

describe('progressive open of a long recording', () => {
  const dataDir = path.join(os.tmpdir(), `eglur-progressive-data-${process.pid}`)

  it('shows the caption list and the first screen of waveform before the whole waveform is decoded', async () => {
    const { page, seen, stop } = await open(dataDir)
    try {
      await page.getByRole('row').first().waitFor({ timeout: 30_000 })
      const listAt = Date.now()
      await waveformDrawn(page)
      const drawnAt = Date.now()
      expect(seen.windowAsked).toBe(true)
      await expect.poll(() => seen.wholePeaksAt, { timeout: 60_000 }).toBeDefined()
      expect(listAt).toBeLessThan(seen.wholePeaksAt!)
      expect(drawnAt).toBeLessThan(seen.wholePeaksAt!)
      expect(seen.wholeCached).toBe(false)
      await fs.mkdir(ARTIFACTS, { recursive: true })
      await page.screenshot({ path: path.join(ARTIFACTS, 'progressive-open.png') })
      const axe = await new AxeBuilder({ page }).analyze()
      expect(axe.violations.map((v) => v.id)).toEqual([])
    } finally {
      stop()
    }
  }, 120_000)

  it('reopening reads the whole waveform from the cache', async () => {
    const { page, seen, stop } = await open(dataDir)
    try {
      await page.getByRole('row').first().waitFor({ timeout: 30_000 })
      await waveformDrawn(page)
      await expect.poll(() => seen.wholeCached, { timeout: 30_000 }).toBe(true)
      // The captions are listed while their quality check is still running (it waits for the first
      // paint and runs in slices): the tab says "Problems" until it has a count.
      const labels = () =>
        page.evaluate(() => (window as unknown as { problemsTab: { text: string; listed: boolean }[] }).problemsTab)
      await expect.poll(async () => (await labels()).at(-1)?.text, { timeout: 30_000 }).toMatch(/^\d+ problems?$/)
      expect((await labels()).some((label) => label.text === 'Problems' && label.listed)).toBe(true)
      // Opened from the command line, the project goes straight to the editor: "Opening…", never the
      // start screen's list of recent projects (which has this project in it by now).
      const startScreen = await page.evaluate(
        () => (window as unknown as { startScreen: Record<string, boolean> }).startScreen,
      )
      expect(startScreen).toEqual({ opening: true, recent: false })
      // Far into the recording the time ruler still labels what is in view (it used to go blank).
      const rulerLabels = () =>
        page.evaluate(() => {
          const ruler = document.querySelector('.waveform__timeline')!.getBoundingClientRect()
          return [...document.querySelectorAll('.time-ruler__notch')]
            .filter((n) => n.textContent && n.getBoundingClientRect().left >= ruler.left)
            .filter((n) => n.getBoundingClientRect().left <= ruler.right)
            .map((n) => n.textContent)
        })
      expect(await rulerLabels()).toContain('0:00')
      await page.evaluate(() => {
        document.querySelector<HTMLMediaElement>('video, audio')!.currentTime = 3600
      })
      await expect.poll(rulerLabels, { timeout: 10_000 }).toContain('1:00:00')
    } finally {
      stop()
    }
  }, 120_000)
})
