// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every screen and dialog, in English and Welsh, in the
// light and dark themes; then screenshots at 200 % zoom, at 320 px reflow and in forced colours,
// kept in tests/artifacts/ for people to look at.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSampleMedia } from '../../scripts/sample-media'
import { rollingYouTubeVtt } from '../helpers/generate-captions'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const LANGUAGES = [
  { code: 'en', locale: 'en-GB', htmlLang: 'en-GB', settings: 'Settings' },
  { code: 'cy', locale: 'cy-GB', htmlLang: 'cy', settings: 'Gosodiadau' },
] as const
const THEMES = ['light', 'dark'] as const

let served: Served
let browser: Browser
let video: string
let captions: string

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-a11y-'))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  const sample = await makeSampleMedia(dir)
  video = sample.video
  captions = path.join(dir, 'sample.en.vtt')
  await fs.writeFile(
    captions,
    rollingYouTubeVtt(
      sample.phrases.flatMap((p) => p.words),
      3,
    ).vtt,
  )
  served = await serve()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

/** A fresh page whose system language and colour scheme are `locale` and `theme`, with the theme also chosen in settings. */
async function openPage(options: BrowserContextOptions & { theme?: 'light' | 'dark' }): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 950 },
    ...options,
    colorScheme: options.theme ?? 'light',
  })
  // Settings are kept by the server (as the desktop app keeps them): each page starts from these.
  await served.setSettings(options.theme ? { theme: options.theme } : {})
  const page = await context.newPage()
  await page.goto(served.url)
  await page.waitForSelector('#media-file')
  return page
}

/** Opens the sample through the start screen and waits for the editor with its waveform drawn. */
async function openEditor(page: Page, scan?: string[]): Promise<void> {
  await page.setInputFiles('#media-file', video)
  await page.setInputFiles('#captions-file', captions)
  await page.locator('#media-file').locator('xpath=ancestor::section[1]').locator('button.primary').click()
  // Automated captions are offered tidied up first (a screen of its own, scanned when `scan` is given).
  await page.waitForSelector('[role="grid"], .cleanup-preview')
  if (await page.locator('.cleanup-preview').count()) {
    if (scan) scan.push(...(await violations(page, 'cleanup preview')))
    await page.locator('.cleanup-preview button.primary').click()
  }
  await page.waitForSelector('[role="grid"] [role="row"]')
  await page.waitForFunction(
    () =>
      (document.querySelector('.waveform__canvas div')?.shadowRoot?.querySelectorAll('[part~="region"]').length ?? 0) >=
      1,
    undefined,
    { timeout: 30_000 },
  )
}

/** The violations on the page now, one line each: `rule: target, target`. */
async function violations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations.map(
    (v) => `${where}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

describe.each(LANGUAGES.flatMap((lang) => THEMES.map((theme) => ({ lang, theme }))))(
  'axe in $lang.code, $theme theme',
  ({ lang, theme }) => {
    let page: Page
    afterAll(async () => page?.context().close())

    it('the start screen has no violations and is in the right language', async () => {
      page = await openPage({ locale: lang.locale, theme })
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang.htmlLang)
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
      expect(await violations(page, 'start')).toEqual([])
    })

    it('the editor, each side panel, the shortcuts sheet and settings have no violations', async () => {
      const found: string[] = []
      await openEditor(page, found)
      found.push(...(await violations(page, 'editor')))
      const tabs = page.locator('.side-panel__tabs button')
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click()
        found.push(...(await violations(page, `panel ${i + 1}`)))
      }
      await page.locator('body').press('F1')
      await page.waitForSelector('dialog[open].shortcuts-sheet')
      found.push(...(await violations(page, 'shortcuts sheet')))
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: lang.settings, exact: true }).click()
      await page.waitForSelector('dialog[open].settings-dialog')
      found.push(...(await violations(page, 'settings')))
      await page.screenshot({ path: path.join(ARTIFACTS, `a11y-settings-${lang.code}-${theme}.png`) })
      await page.keyboard.press('Escape')
      await page.waitForSelector('dialog[open]', { state: 'detached' })
      // The export dialog, help and the welcome shown on a first start.
      await page.locator('.export-menu__open').click()
      await page.waitForSelector('dialog[open].export-dialog')
      found.push(...(await violations(page, 'export')))
      await page.keyboard.press('Escape')
      await page.waitForSelector('dialog[open]', { state: 'detached' })
      await page.locator('.toolbar__help').click()
      await page.waitForSelector('dialog[open].help-page')
      found.push(...(await violations(page, 'help')))
      await page.keyboard.press('Escape')
      await page.waitForSelector('dialog[open]', { state: 'detached' })
      await page.screenshot({ path: path.join(ARTIFACTS, `a11y-editor-${lang.code}-${theme}.png`) })
      expect(found).toEqual([])
    })
  },
)

describe('zoom, reflow and forced colours', () => {
  const noHorizontalScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

  it('works at 200 % zoom (1280 px at scale 2) without horizontal scrolling', async () => {
    const page = await openPage({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 2 })
    await openEditor(page)
    expect(await noHorizontalScroll(page)).toBe(true)
    await page.screenshot({ path: path.join(ARTIFACTS, 'zoom-200-editor.png'), fullPage: true })
    await page.locator('body').press('Control+,')
    await page.waitForSelector('dialog[open].settings-dialog')
    await page.screenshot({ path: path.join(ARTIFACTS, 'zoom-200-settings.png') })
    await page.context().close()
  })

  it('reflows at 320 px: no horizontal scrolling, the cue list still shows number, start and text', async () => {
    const page = await openPage({ viewport: { width: 320, height: 640 } })
    expect(await noHorizontalScroll(page)).toBe(true)
    await openEditor(page)
    expect(await noHorizontalScroll(page)).toBe(true)
    const cells = await page
      .locator('[role="row"]')
      .first()
      .locator('[role="gridcell"]')
      .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0).length)
    expect(cells).toBe(3)
    await page.screenshot({ path: path.join(ARTIFACTS, 'reflow-320-editor.png'), fullPage: true })
    await page.locator('body').press('F1')
    await page.waitForSelector('dialog[open].shortcuts-sheet')
    expect(await page.locator('dialog[open]').evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true)
    await page.screenshot({ path: path.join(ARTIFACTS, 'reflow-320-shortcuts.png') })
    await page.context().close()
  })

  it('keeps focus, the current caption and pressed buttons visible in forced colours', async () => {
    const page = await openPage({ forcedColors: 'active' })
    await openEditor(page)
    await page.keyboard.press('F6')
    await page.keyboard.press('F6')
    const current = await page.locator('.cue-row--current').evaluate((el) => getComputedStyle(el).backgroundColor)
    const other = await page
      .locator('.cue-row:not(.cue-row--current)')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(current).not.toBe(other)
    await page.screenshot({ path: path.join(ARTIFACTS, 'forced-colours-editor.png') })
    // Focus is on the list, not in a text field, so `?` opens the sheet.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid')
    await page.keyboard.press('?')
    await page.waitForSelector('dialog[open].shortcuts-sheet')
    await page.screenshot({ path: path.join(ARTIFACTS, 'forced-colours-shortcuts.png') })
    await page.context().close()
  })

  it('the caption preview size setting scales the caption over the video', async () => {
    const page = await openPage({})
    await openEditor(page)
    const size = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--caption-scale').trim())
    expect(await size()).toBe('1')
    await page.locator('body').press('Control+,')
    await page.locator('dialog[open] select').nth(1).selectOption('200')
    expect(await size()).toBe('2')
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await served.settings()).captionSizePercent).toBe(200)
    await page.context().close()
  })
})
