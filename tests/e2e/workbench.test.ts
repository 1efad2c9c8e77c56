// Bug (#16): choosing a caption left the video and the waveform where they were, and the page
// scrolled instead of its panes (at 1280×800 the caption list was below the fold). Every way of
// choosing a caption now seeks to just before it; the editor is a workbench that fills the window.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSampleMedia } from '../../scripts/sample-media'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

let served: Served
let browser: Browser
let video: string
let captions: string

/** Caption n (1-based) starts here: 0.6 s long, 0.15 s apart, so a 0.3 s lead-in starts inside the caption before (all within the 18 s video). */
const startMs = (n: number) => 300 + (n - 1) * 750
const endMs = (n: number) => startMs(n) + 600
const clock = (ms: number) => new Date(ms).toISOString().slice(11, 23)
const CAPTIONS = 22

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-workbench-'))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  video = (await makeSampleMedia(dir)).video
  const text = (n: number) => (n === 20 ? 'a jar of marmalade' : `caption number ${n}`)
  const cues = Array.from(
    { length: CAPTIONS },
    (_, i) => `${clock(startMs(i + 1))} --> ${clock(endMs(i + 1))}\n${text(i + 1)}`,
  )
  captions = path.join(dir, 'workbench.vtt')
  await fs.writeFile(captions, `WEBVTT\n\n${cues.join('\n\n')}\n`)
  served = await serve()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

/** A new page at `viewport` (and other context options) with the editor open on the test captions. */
async function openEditor(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    ...options,
  })
  const page = await context.newPage()
  await page.goto(served.url)
  await openFiles(page)
  return page
}

async function openFiles(page: Page): Promise<void> {
  await page.waitForSelector('#media-file')
  await page.setInputFiles('#media-file', video)
  await page.setInputFiles('#captions-file', captions)
  await page.locator('#media-file').locator('xpath=ancestor::section[1]').locator('button.primary').click()
  await page.waitForSelector('[role="grid"] [role="row"]')
  await page.waitForFunction(() => document.querySelector('video')!.readyState >= 1)
  await page.waitForFunction(
    () =>
      (document.querySelector('.waveform__canvas div')?.shadowRoot?.querySelectorAll('[part~="region"]').length ?? 0) >=
      2,
    undefined,
    { timeout: 30_000 },
  )
}

const row = (page: Page, n: number) => page.getByRole('row', { name: new RegExp(`^${n}, `) })
const videoTime = (page: Page) => page.evaluate(() => document.querySelector('video')!.currentTime)
const heading = (page: Page) => page.locator('#cue-editor-heading').textContent()

/** Waits until the video is (about) `seconds` in and no longer seeking. */
async function expectVideoAt(page: Page, seconds: number): Promise<void> {
  await page.waitForFunction(
    (s) => {
      const v = document.querySelector('video')!
      return !v.seeking && Math.abs(v.currentTime - s) < 0.08
    },
    seconds,
    { timeout: 5000 },
  )
  expect(Math.abs((await videoTime(page)) - seconds)).toBeLessThan(0.08)
}

/** How far (in parts of its width) caption n's region is from the middle of the waveform. */
function offCentre(page: Page, n: number): Promise<number> {
  return page.evaluate(async (label) => {
    const id = [...document.querySelectorAll('[role="row"]')]
      .find((r) => r.getAttribute('aria-label')?.startsWith(label))!
      .id.replace('cue-row-', '')
    const root = document.querySelector('.waveform__canvas div')!.shadowRoot!
    const scroller = root.querySelector<HTMLElement>('[role="application"]')!
    await new Promise((r) => setTimeout(r, 150))
    const region = [...root.querySelectorAll<HTMLElement>('[part~="region"]')].find((r) =>
      r.getAttribute('part')!.split(' ').includes(id),
    )!
    const box = scroller.getBoundingClientRect()
    const mid = region.getBoundingClientRect()
    return Math.abs(mid.left + mid.width / 2 - (box.left + box.width / 2)) / box.width
  }, `${n}, `)
}

/** Rows wholly inside the list's scrolling area and the window. */
function visibleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.querySelector('.cue-list__scroll')!.getBoundingClientRect()
    return [...document.querySelectorAll('[role="row"]')].filter((r) => {
      const b = r.getBoundingClientRect()
      return b.top >= scroller.top - 1 && b.bottom <= scroller.bottom + 1 && b.bottom <= window.innerHeight
    }).length
  })
}

const pageDoesNotScroll = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)
const inView = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const b = document.querySelector(s)!.getBoundingClientRect()
    return b.height > 0 && b.top >= 0 && b.bottom <= window.innerHeight && b.left >= 0 && b.right <= window.innerWidth
  }, selector)

describe('choosing a caption moves the video and the waveform to it', () => {
  let page: Page
  beforeAll(async () => {
    page = await openEditor()
  })
  afterAll(async () => page?.context().close())

  it('a click on a row seeks to 0.3 s before the caption and centres it on the waveform; paused, it stays chosen', async () => {
    await row(page, 10).click()
    await expectVideoAt(page, (startMs(10) - 300) / 1000)
    expect(await offCentre(page, 10)).toBeLessThan(0.1)
    await page.waitForTimeout(300)
    expect(await heading(page)).toBe('Caption 10')
  })

  it('Ctrl+Alt+↓ and Ctrl+Alt+↑ seek too', async () => {
    await page.keyboard.press('Control+Alt+ArrowDown')
    await expectVideoAt(page, (startMs(11) - 300) / 1000)
    expect(await heading(page)).toBe('Caption 11')
    await page.keyboard.press('Control+Alt+ArrowUp')
    await expectVideoAt(page, (startMs(10) - 300) / 1000)
  })

  it('playing from a chosen caption keeps it current through the lead-in (the one before does not take over)', async () => {
    await row(page, 6).click()
    await expectVideoAt(page, (startMs(6) - 300) / 1000)
    const seen = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const headings: string[] = []
          const video = document.querySelector('video')!
          const watch = () => {
            headings.push(document.querySelector('#cue-editor-heading')!.textContent ?? '')
            if (video.currentTime < 4.5) requestAnimationFrame(watch)
            else {
              video.pause()
              resolve(headings)
            }
          }
          void video.play().then(() => requestAnimationFrame(watch))
        }),
    )
    expect(new Set(seen)).toEqual(new Set(['Caption 6']))
  })

  it('a "Caption N" link in the Problems panel seeks', async () => {
    await page.getByRole('button', { name: /^\d+ problems?$/ }).click()
    const group = page.locator('.problems__group', {
      has: page.locator('summary', { hasText: 'On screen too briefly' }),
    })
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click()
    await group.getByRole('button', { name: 'Caption 15:', exact: true }).click()
    await expectVideoAt(page, (startMs(15) - 300) / 1000)
    expect(await heading(page)).toBe('Caption 15')
  })

  it('Find’s Next seeks', async () => {
    await page.getByRole('button', { name: 'Find and replace' }).click()
    await page.fill('#find-text', 'marmalade')
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    await expectVideoAt(page, (startMs(20) - 300) / 1000)
    expect(await heading(page)).toBe('Caption 20')
  })

  it('"play this caption" (Ctrl+Shift+Enter, or the button) plays it and stops at its end', async () => {
    // Arrow keys in the list choose too.
    await page.locator('[role="grid"]').focus()
    await page.keyboard.press('Home')
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown')
    await expectVideoAt(page, (startMs(4) - 300) / 1000)
    await page.keyboard.press('Control+Shift+Enter')
    await page.waitForFunction(() => !document.querySelector('video')!.paused)
    await page.waitForFunction(() => document.querySelector('video')!.paused, undefined, { timeout: 5000 })
    const stopped = await videoTime(page)
    expect(stopped).toBeGreaterThanOrEqual(endMs(4) / 1000 - 0.01)
    expect(stopped).toBeLessThan(endMs(4) / 1000 + 0.25)
    expect(await heading(page)).toBe('Caption 4')
    await page.getByRole('button', { name: 'Play caption' }).click()
    await page.waitForFunction(() => !document.querySelector('video')!.paused)
    await page.waitForFunction(() => document.querySelector('video')!.paused, undefined, { timeout: 5000 })
    expect(await videoTime(page)).toBeLessThan(endMs(4) / 1000 + 0.25)
  })

  it('the shortcuts sheet lists "Play this caption"', async () => {
    await page.keyboard.press('F1')
    const sheet = page.locator('dialog[open].shortcuts-sheet')
    await sheet.waitFor()
    expect(await sheet.getByRole('row', { name: /^Play this caption/ }).textContent()).toContain('Ctrl+Shift+Enter')
    await page.keyboard.press('Escape')
  })
})

describe('the workbench fills the window', () => {
  it('at 1280×800 the page does not scroll and the waveform and at least 8 caption rows are in view', async () => {
    const page = await openEditor({ viewport: { width: 1280, height: 800 } })
    await page.screenshot({ path: path.join(ARTIFACTS, 'workbench-1280x800.png') })
    expect(await pageDoesNotScroll(page)).toBe(true)
    expect(await inView(page, '.waveform__canvas')).toBe(true)
    expect(await visibleRows(page)).toBeGreaterThanOrEqual(8)
    expect(await page.locator('.waveform__canvas').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(
      120,
    )
    await page.context().close()
  })

  it('at 1024×768 the waveform and the list are in view and the toolbar is one row', async () => {
    const page = await openEditor({ viewport: { width: 1024, height: 768 } })
    await page.screenshot({ path: path.join(ARTIFACTS, 'workbench-1024x768.png') })
    expect(await pageDoesNotScroll(page)).toBe(true)
    expect(await inView(page, '.waveform__canvas')).toBe(true)
    expect(await visibleRows(page)).toBeGreaterThanOrEqual(5)
    const rows = await page
      .locator('.editor-screen__header button:not(.toolbar__summary button)')
      .evaluateAll((buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size)
    expect(rows).toBe(1)
    // The side panels lie over the workbench when opened here, and fold away again.
    await page.getByRole('button', { name: 'Show panels' }).click()
    await page.screenshot({ path: path.join(ARTIFACTS, 'workbench-1024x768-panels.png') })
    expect(await pageDoesNotScroll(page)).toBe(true)
    await page.getByRole('button', { name: 'Hide panels' }).click()
    await page.context().close()
  })

  it('a splitter resizes by keyboard, folds with Enter, and the size is remembered after reload', async () => {
    const page = await openEditor({ viewport: { width: 1280, height: 800 } })
    const splitter = page.getByRole('separator', { name: 'Height of the video and caption box' })
    const before = Number(await splitter.getAttribute('aria-valuenow'))
    const topHeight = () => page.locator('#editor-top').evaluate((el) => el.getBoundingClientRect().height)
    const heightBefore = await topHeight()
    await splitter.focus()
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown')
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBe(before + 6)
    expect(await topHeight()).toBeGreaterThan(heightBefore + 20)
    await page.keyboard.press('Enter')
    expect(await splitter.getAttribute('aria-valuenow')).toBe('0')
    expect(await page.locator('#editor-top').isVisible()).toBe(false)
    await page.keyboard.press('Enter')
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBe(before + 6)
    const video = page.getByRole('separator', { name: 'Width of the video' })
    // By mouse: dragging the bar between the video and the caption box, and a double click folds the video away.
    const bar = (await video.boundingBox())!
    const share = Number(await video.getAttribute('aria-valuenow'))
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2)
    await page.mouse.down()
    await page.mouse.move(bar.x + 120, bar.y + bar.height / 2, { steps: 6 })
    await page.mouse.up()
    expect(Number(await video.getAttribute('aria-valuenow'))).toBeGreaterThan(share + 5)
    await video.dblclick()
    expect(await video.getAttribute('aria-valuenow')).toBe('0')
    expect(await page.locator('video').isVisible()).toBe(false)
    await video.dblclick()
    await video.focus()
    await page.keyboard.press('Shift+ArrowLeft')
    const videoShare = await video.getAttribute('aria-valuenow')
    await page.reload()
    await openFiles(page)
    expect(
      Number(
        await page
          .getByRole('separator', { name: 'Height of the video and caption box' })
          .getAttribute('aria-valuenow'),
      ),
    ).toBe(before + 6)
    expect(await page.getByRole('separator', { name: 'Width of the video' }).getAttribute('aria-valuenow')).toBe(
      videoShare,
    )
    await page.context().close()
  })

  it('screenshots: 1920×1080, 200 % zoom, dark and forced colours', async () => {
    const shots: Array<[string, BrowserContextOptions]> = [
      ['workbench-1920x1080.png', { viewport: { width: 1920, height: 1080 } }],
      ['workbench-zoom-200.png', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
      ['workbench-dark.png', { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' }],
      ['workbench-forced-colours.png', { viewport: { width: 1280, height: 800 }, forcedColors: 'active' }],
    ]
    for (const [file, options] of shots) {
      const page = await openEditor(options)
      await row(page, 3).click()
      // At 200 % the panes stack and the page scrolls (reflow): the picture shows all of it.
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: path.join(ARTIFACTS, file), fullPage: file.includes('zoom') })
      // Never wider than the window, whatever the size.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true)
      await page.context().close()
    }
  })
})
