// Issue #16: the caption editor puts the text first, with a live meter per line and the reading
// speed, and groups its actions in labelled toolbars with their shortcuts; "Insert caption after"
// fits the gap or says there is none; a section heading never raises an overlap; the waveform reads
// like a subtitle track. Screenshots of the editor panel and waveform, dark and forced colours.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSampleMedia } from '../../scripts/sample-media'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

let served: Served
let browser: Browser
let video: string
let captions: string

const CUES: ReadonlyArray<[string, string, string]> = [
  ['00:00:00.300', '00:00:02.000', 'Welcome everyone to the meeting.'],
  // Touches caption 1: nothing fits between them.
  ['00:00:02.000', '00:00:04.000', 'Thank you all for coming today.'],
  ['00:00:04.100', '00:00:06.000', 'We have three things to discuss.'],
  ['00:00:06.100', '00:00:07.900', 'First, the budget for next year.'],
  // 1.6 s after caption 4: a new caption fits, cut short before this one.
  ['00:00:09.500', '00:00:11.000', 'Second, the new building.'],
  // Overlaps caption 5 while it is speech; made a section heading below.
  ['00:00:10.500', '00:00:12.000', 'Questions from the floor'],
  ['00:00:11.000', '00:00:13.000', 'Who would like to start?'],
]

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-caption-editor-'))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  video = (await makeSampleMedia(dir)).video
  captions = path.join(dir, 'meeting.vtt')
  await fs.writeFile(captions, `WEBVTT\n\n${CUES.map(([s, e, text]) => `${s} --> ${e}\n${text}`).join('\n\n')}\n`)
  served = await serve()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

/** A new page at 1280×800 with the editor open on the test captions and the waveform drawn. */
async function openEditor(options: BrowserContextOptions & { theme?: 'light' | 'dark' } = {}): Promise<Page> {
  await served.setSettings(options.theme ? { theme: options.theme } : {})
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    colorScheme: options.theme ?? 'light',
    ...options,
  })
  const page = await context.newPage()
  await page.goto(served.url)
  await page.waitForSelector('#media-file')
  await page.setInputFiles('#media-file', video)
  await page.setInputFiles('#captions-file', captions)
  await page.locator('#media-file').locator('xpath=ancestor::section[1]').locator('button.primary').click()
  await page.waitForSelector('[role="grid"] [role="row"]')
  await page.waitForFunction(
    () =>
      (document.querySelector('.waveform__canvas div')?.shadowRoot?.querySelectorAll('[part~="region"]').length ?? 0) >=
      2,
    undefined,
    { timeout: 30_000 },
  )
  return page
}

const row = (page: Page, n: number) => page.getByRole('row', { name: new RegExp(`^${n}, `) })
const text = (page: Page) => page.getByLabel('Caption text', { exact: true })
const lineMeters = (page: Page) =>
  page.getByRole('list', { name: 'Line lengths' }).getByRole('listitem').allTextContents()
const readingSpeed = (page: Page) => page.locator('#cue-meters-speed').textContent()
const problemsFor = (page: Page, n: number) =>
  page
    .getByRole('region', { name: 'Problems' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: new RegExp(`^Caption ${n}\\b`) }) })

describe('the caption editor', () => {
  it('meters for each line and the reading speed update while the editor types', async () => {
    const page = await openEditor()
    await row(page, 3).click()
    expect(await lineMeters(page)).toEqual([expect.stringMatching(/^Line 1: 32 of 42 characters/)])
    // Six words in 1.9 s: words a minute is the measure nearer its limit (16.8 characters a second is further from 20).
    expect(await readingSpeed(page)).toBe('Reading speed: 189 words a minute (up to 200) ✓ fine')
    await text(page).press('End')
    await page.keyboard.type(' Then questions')
    expect(await lineMeters(page)).toEqual([
      expect.stringMatching(/^Line 1: 47 characters, 5 more than the 42 allowed/),
    ])
    expect(await page.locator('.line-meter--over').count()).toBe(1)
    expect(await readingSpeed(page)).toBe('Reading speed: 253 words a minute (up to 200) ▲ too fast')
    await page.keyboard.press('Shift+Enter')
    await page.keyboard.type('and')
    await page.keyboard.press('Enter')
    await page.keyboard.type('answers.')
    expect(await lineMeters(page)).toEqual([
      expect.stringMatching(/^Line 1: 47 characters, 5 more/),
      expect.stringMatching(/^Line 2: 3 of 42 characters/),
      expect.stringMatching(/^Line 3: one line more than the 2 allowed/),
    ])
    // The toolbars are named, show their shortcuts and move focus with the arrow keys.
    const structure = page.getByRole('toolbar', { name: 'Split and merge' })
    expect(await structure.getByRole('button').allTextContents()).toContain('✂SplitCtrl+Enter')
    await structure.getByRole('button', { name: /^Split at cursor/ }).focus()
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Merge with previous/)
    await page.keyboard.press('End')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Delete/)
    expect(
      await page
        .getByRole('toolbar', { name: 'Timing' })
        .getByRole('button', { name: /^Start at playhead/ })
        .getAttribute('aria-keyshortcuts'),
    ).toBe('Control+[')
    await page.context().close()
  })

  it('insert after fits the gap, never overlapping the next caption, and says when there is no room', async () => {
    const page = await openEditor()
    const rows = page.getByRole('row')
    const before = await rows.count()
    await row(page, 1).click()
    await page
      .getByRole('toolbar', { name: 'Split and merge' })
      .getByRole('button', { name: /^Insert caption after/ })
      .click()
    expect(await rows.count()).toBe(before)
    const notice =
      'No room after caption 1: caption 2 starts as soon as it ends. Shorten caption 1, or split it instead.'
    expect(await page.locator('.cue-editor__notice').textContent()).toBe(notice)
    await page.waitForFunction((n) => document.querySelector('[data-testid="announcer"]')?.textContent === n, notice)
    // The shortcut does the same: 0.1 s after caption 2 is not enough for a caption.
    await row(page, 2).click()
    await page.keyboard.press('Control+Shift+I')
    expect(await rows.count()).toBe(before)
    expect(await page.locator('.cue-editor__notice').textContent()).toBe(
      'No room after caption 2: only 0.1 s until caption 3, and a new caption needs 1 s with its gaps. Shorten caption 2, or split it instead.',
    )
    // After caption 4 (ends 7.9 s) there are 1.6 s: the new caption keeps the gap on both sides.
    await row(page, 4).click()
    await page.keyboard.press('Control+Shift+I')
    await expect.poll(() => rows.count()).toBe(before + 1)
    expect(await page.locator('#cue-editor-heading').textContent()).toBe('Caption 5')
    expect(await page.getByLabel('Start', { exact: true }).inputValue()).toBe('00:00:07.980')
    expect(await page.getByLabel('End', { exact: true }).inputValue()).toBe('00:00:09.420')
    expect(await page.locator('.cue-editor__notice').count()).toBe(0)
    await page.context().close()
  })

  it('a section heading never raises an overlap problem, on itself or the caption after it', async () => {
    const page = await openEditor()
    await page
      .getByRole('group', { name: 'Side panel' })
      .getByRole('button', { name: /^\d+ problems?$/ })
      .click()
    await expect.poll(() => problemsFor(page, 6).count()).toBe(1)
    await row(page, 6).click()
    await page.getByLabel('Kind').selectOption({ label: 'Section heading' })
    await expect.poll(() => problemsFor(page, 6).count()).toBe(0)
    expect(await problemsFor(page, 7).count()).toBe(0)
    expect(await readingSpeed(page)).toMatch(/a section heading is a marker/)
    // On the waveform the heading is drawn as a marker, not as a caption.
    const kind = await page.evaluate(() => {
      const root = document.querySelector('.waveform__canvas div')!.shadowRoot!
      return [...root.querySelectorAll<HTMLElement>('[part~="region"]')].find((r) =>
        r.textContent?.includes('Questions from the floor'),
      )?.dataset.kind
    })
    expect(kind).toBe('heading')
    await page.context().close()
  })

  it('has no axe violations with meters over the limit and a "no room" message showing', async () => {
    const page = await openEditor({ theme: 'dark' })
    await row(page, 1).click()
    await text(page).press('End')
    await page.keyboard.type(' and a few more words to go over')
    await page.getByRole('button', { name: /^Insert caption after/ }).click()
    await page.locator('.cue-editor__notice').waitFor()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await page.context().close()
  })
})

describe('the waveform reads like a subtitle track', () => {
  /** Each live region's text, and whether it is current or marked as a problem. */
  const regions = (page: Page) =>
    page.evaluate(() =>
      [
        ...document
          .querySelector('.waveform__canvas div')!
          .shadowRoot!.querySelectorAll<HTMLElement>('[part~="region"]'),
      ].map((r) => ({
        text: r.querySelector('.eg-region-text')?.textContent ?? '',
        current: r.hasAttribute('data-current'),
        problem: r.hasAttribute('data-problem'),
      })),
    )

  it('prints caption text inside regions, outlines the current one and marks problems', async () => {
    const page = await openEditor()
    await row(page, 5).click()
    await expect
      .poll(async () => (await regions(page)).filter((r) => r.current).map((r) => r.text))
      .toEqual(['Second, the new building.'])
    const all = await regions(page)
    expect(all.map((r) => r.text)).toContain('First, the budget for next year.')
    // Caption 6 overlaps caption 5 while it is speech: it carries the problem mark.
    expect(all.find((r) => r.text === 'Questions from the floor')?.problem).toBe(true)
    const outline = await page.evaluate(() => {
      const current = document
        .querySelector('.waveform__canvas div')!
        .shadowRoot!.querySelector<HTMLElement>('[part~="region"][data-current]')!
      return getComputedStyle(current).outlineWidth
    })
    expect(outline).toBe('3px')
    await page.context().close()
  })

  for (const look of [
    { name: 'dark', options: { theme: 'dark' as const } },
    { name: 'forced-colours', options: { forcedColors: 'active' as const } },
  ]) {
    it(`screenshots of the editor panel and the waveform, ${look.name}`, async () => {
      const page = await openEditor(look.options)
      await row(page, 3).click()
      await text(page).press('End')
      await page.keyboard.type(' Then questions')
      await page.keyboard.press('Shift+Enter')
      await page.keyboard.type('and answers.')
      await page.waitForTimeout(400)
      await page.screenshot({ path: path.join(ARTIFACTS, `caption-editor-${look.name}-1280x800.png`) })
      await page
        .locator('.editor-screen__waveform')
        .screenshot({ path: path.join(ARTIFACTS, `caption-waveform-${look.name}.png`) })
      // With the side panels folded away the whole editor panel fits beside the video.
      await page.getByRole('button', { name: 'Hide panels' }).click()
      await page.screenshot({ path: path.join(ARTIFACTS, `caption-editor-${look.name}-1280x800-panels-hidden.png`) })
      await page
        .locator('.editor-screen__cue-editor')
        .screenshot({ path: path.join(ARTIFACTS, `caption-editor-panel-${look.name}.png`) })
      await page.setViewportSize({ width: 1920, height: 1080 })
      await page.screenshot({ path: path.join(ARTIFACTS, `caption-editor-${look.name}-1920x1080-panels-hidden.png`) })
      if (look.name === 'forced-colours') {
        // The current caption stays distinct: its outline is drawn in the system highlight colour.
        const style = await page.evaluate(
          () =>
            getComputedStyle(
              document
                .querySelector('.waveform__canvas div')!
                .shadowRoot!.querySelector('[part~="region"][data-current]')!,
            ).outlineStyle,
        )
        expect(style).toBe('double')
      }
      await page.context().close()
    })
  }
})
