// Every step of docs/user-guide.md, done as a new user would in browser mode on the bundled sample
// project, taking the guide's pictures on the way. `npm run guide:screenshots` (EGLUR_GUIDE_SCREENSHOTS=1)
// writes them into docs/images/; otherwise they go to tests/artifacts/guide/ so a test run never
// changes committed files. Selectors are roles and visible labels, as the guide names them.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

const root = path.resolve(import.meta.dirname, '../..')
const sampleDir = path.join(root, 'assets/sample')
const sampleProject = path.join(sampleDir, 'sample.eglur')
const OUT = process.env.EGLUR_GUIDE_SCREENSHOTS === '1' ? path.join(root, 'docs/images') : path.join(ARTIFACTS, 'guide')

let served: Served
let browser: Browser
let context: BrowserContext
let page: Page
let sampleBytes: Buffer
let dir: string

beforeAll(async () => {
  await fs.mkdir(OUT, { recursive: true })
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-guide-'))
  // The sample opens from a working copy in the server's data folder; the bundled one must stay as it is.
  sampleBytes = await fs.readFile(sampleProject)
  // A new user: the server's own throw-away data folder, with the welcome not yet seen.
  served = await serve([], {}, 0, { firstRun: true })
  browser = await launchChromium()
  context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    reducedMotion: 'reduce',
  })
  // A fixed date, so "last changed …" in the pictures only changes when the UI does.
  await context.clock.setFixedTime(new Date('2026-03-14T10:30:00Z'))
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

/** A picture for the guide: the whole page, or one part of it. */
async function shoot(name: string, part?: Locator): Promise<void> {
  // The text caret blinks: hide it so pictures only change when the UI does.
  await page.addStyleTag({ content: '*{caret-color:transparent !important}' })
  const file = path.join(OUT, `${name}.png`)
  if (part) await part.screenshot({ path: file, animations: 'disabled' })
  else await page.screenshot({ path: file, animations: 'disabled', fullPage: true })
}

// Caption rows: the grid's first row holds the column headers for screen readers.
const rows = () => page.getByRole('row').filter({ has: page.getByRole('gridcell') })
const captionText = () => page.getByLabel('Caption text', { exact: true })
const sidePanels = () => page.getByRole('group', { name: 'Side panel' })
const cueEditor = () => page.getByRole('region', { name: /^Caption \d+$/ })

/** The Export dialog, opened from the toolbar unless it is open already. */
async function openExport(): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Export' })
  if ((await dialog.count()) === 0) await page.getByRole('button', { name: 'Export…' }).click()
  await dialog.waitFor()
  return dialog
}

describe('the user guide, step by step', () => {
  it('welcomes a new user, then opens the sample project from the start screen', async () => {
    await page.goto(served.url)
    // The first start (a fresh data folder) shows the welcome; Close leaves the start screen.
    const welcome = page.getByRole('dialog', { name: 'Welcome to Eglur' })
    await welcome.waitFor()
    await expect(welcome.getByRole('button', { name: 'Open the sample project' }).count()).resolves.toBe(1)
    await shoot('welcome', welcome)
    await welcome.getByRole('button', { name: 'Close' }).click()
    await welcome.waitFor({ state: 'detached' })
    await page.getByRole('heading', { level: 1, name: 'Eglur' }).waitFor()
    await shoot('start-screen')
    await page.getByRole('button', { name: /sample project/i }).click()
    await page.getByRole('grid').waitFor()
    expect(await rows().count()).toBeGreaterThan(3)
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1)
    await page.waitForFunction(
      () =>
        (document.querySelector('.waveform__canvas div')?.shadowRoot?.querySelectorAll('[part~="region"]').length ??
          0) >= 2,
      undefined,
      { timeout: 20_000 },
    )
    await shoot('editor')
  })

  it('corrects the words of a caption and splits it where the speaker changes', async () => {
    await rows().filter({ hasText: 'welcome everyone' }).first().click()
    const text = await captionText().inputValue()
    expect(text).toMatch(/^welcome everyone to the co production/)
    await captionText().fill('Welcome everyone to the co-production\nnetwork event. My name is Morwenna')
    await captionText().evaluate((el: HTMLTextAreaElement) =>
      el.setSelectionRange(el.value.indexOf('My name'), el.value.indexOf('My name')),
    )
    const before = await rows().count()
    await page.getByRole('button', { name: 'Split at cursor' }).click()
    expect(await rows().count()).toBe(before + 1)
    expect(await captionText().inputValue()).toBe('Welcome everyone to the co-production\nnetwork event.')
    await shoot('correct-caption', cueEditor())
  })

  it('replaces a misheard name everywhere at once', async () => {
    await sidePanels().getByRole('button', { name: 'Find and replace' }).click()
    await page.getByLabel('Find', { exact: true }).fill('more when a')
    await page.getByLabel('Replace with').fill('Morwenna')
    await page.getByRole('button', { name: /^Replace/ }).click()
    await expect.poll(() => page.getByRole('grid').textContent()).not.toContain('more when a')
  })

  it('times a caption with the playhead buttons and shows the waveform', async () => {
    await rows().filter({ hasText: 'first the relationship' }).first().click()
    const start = page.getByLabel('Start', { exact: true })
    const late = await start.inputValue()
    await page.getByRole('button', { name: 'Move 0.1 s earlier' }).first().click()
    expect(await start.inputValue()).not.toBe(late)
    await shoot('timing', page.getByRole('region', { name: 'Waveform', exact: true }))
  })

  it('names the two speakers and assigns them', async () => {
    await sidePanels().getByRole('button', { name: 'Speakers' }).click()
    for (const name of ['Morwenna', 'Beth']) {
      await page.getByLabel('New speaker name').fill(name)
      await page.getByRole('button', { name: 'Add speaker' }).click()
    }
    await rows().first().click()
    await page.getByRole('button', { name: /^Assign Morwenna/ }).click()
    await rows().filter({ hasText: 'thank you' }).first().click()
    await page.getByRole('button', { name: /^Assign Beth/ }).click()
    await shoot('speakers', page.getByRole('complementary', { name: 'Side panel' }))
  })

  it('marks a caption as a description of what is shown', async () => {
    const last = rows().last()
    await last.click()
    await page.getByRole('button', { name: 'Insert caption after' }).click()
    await captionText().fill('[applause]')
    await page.getByLabel('Kind').selectOption({ label: 'Description of what is shown' })
    await shoot('description', cueEditor())
  })

  it('lists quality problems in plain words with a fix for each', async () => {
    await sidePanels()
      .getByRole('button', { name: /^\d+ problems?$/ })
      .click()
    await page.getByRole('heading', { name: 'Problems' }).waitFor()
    await shoot('problems', page.getByRole('complementary', { name: 'Side panel' }))
  })

  it('exports WebVTT captions with the speakers’ names', async () => {
    const dialog = await openExport()
    await shoot('export', dialog)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export WebVTT' }).click(),
    ])
    const vtt = await fs.readFile((await download.path())!, 'utf8')
    expect(vtt).toMatch(/^WEBVTT/)
    expect(vtt).toContain('<v Morwenna>Welcome everyone to the co-production')
    expect(vtt).toContain('<v Beth>')
  })

  it('exports a written transcript', async () => {
    const dialog = await openExport()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Transcript (HTML)' }).click(),
    ])
    const html = await fs.readFile((await download.path())!, 'utf8')
    expect(html).toContain('Morwenna')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'detached' })
    const view = await context.newPage()
    await view.setViewportSize({ width: 900, height: 700 })
    await view.setContent(html)
    await view.screenshot({ path: path.join(OUT, 'transcript.png') })
    await view.close()
  })

  it('adds Welsh beside the English, translates a caption and exports both languages', async () => {
    await page.getByRole('button', { name: 'Languages', exact: true }).click()
    await page.getByLabel('Language to add').selectOption('cy')
    await page.getByRole('button', { name: 'Add language' }).click()
    await rows().first().click()
    const welsh = page.getByLabel('Welsh (cy)', { exact: true })
    await welsh.fill('Croeso i bawb i ddigwyddiad y rhwydwaith cyd-gynhyrchu.')
    await expect(rows().first().locator('[lang="cy"]').textContent()).resolves.toBe(
      'Croeso i bawb i ddigwyddiad y rhwydwaith cyd-gynhyrchu.',
    )
    await shoot('languages')
    const dialog = await openExport()
    await dialog.getByRole('radio', { name: 'Side by side, in columns' }).check()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Bilingual transcript (HTML)', exact: true }).click(),
    ])
    const html = await fs.readFile((await download.path())!, 'utf8')
    expect(html).toContain('lang="cy"')
    expect(html).toContain('Croeso i bawb')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'detached' })
  })

  it('shows every keyboard shortcut', async () => {
    await page.getByRole('grid').focus()
    await page.keyboard.press('F1')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await sheet.waitFor()
    await expect(sheet.getByRole('rowheader').count()).resolves.toBeGreaterThan(10)
    await shoot('shortcuts', sheet)
    await page.keyboard.press('Escape')
    await sheet.waitFor({ state: 'detached' })
  })

  it('opens the help, with the same topics as this guide', async () => {
    await page.getByRole('button', { name: 'Help', exact: true }).click()
    const help = page.getByRole('dialog', { name: 'Help' })
    await help.waitFor()
    await expect(help.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Recovering your work', 'Keyboard shortcuts']),
    )
    await shoot('help', help)
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })
  })

  it('opens your own video with its YouTube captions, and offers unsaved work back after the window closes', async () => {
    await page.close()
    page = await context.newPage()
    await page.goto(served.url)
    for (const file of ['sample.mp4', 'sample.en.vtt'])
      await fs.copyFile(path.join(sampleDir, file), path.join(dir, file))
    await page.getByLabel('Video or audio file').setInputFiles(path.join(dir, 'sample.mp4'))
    await page.getByLabel(/^Captions/).setInputFiles(path.join(dir, 'sample.en.vtt'))
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    // YouTube repeats each line across captions: Eglur shows the tidied version before using it.
    const tidied = page.getByRole('region', { name: 'Automated captions tidied up' })
    await tidied.waitFor()
    await shoot('cleanup', tidied)
    await tidied.getByRole('button', { name: 'Use the tidied captions' }).click()
    await page.getByRole('grid').waitFor()
    // Shown on screen and said by the announcer.
    await page.getByRole('status').filter({ hasText: 'read as YouTube automated captions' }).first().waitFor()
    await rows().first().click()
    await captionText().fill('Welcome everyone to the co-production network event.')
    await page.waitForSelector('.save-status--saved')
    await page.close()
    page = await context.newPage()
    await page.goto(served.url)
    const recover = page.getByRole('region', { name: 'Unsaved work found' })
    await recover.waitFor()
    await shoot('recover', recover)
    await page.getByRole('button', { name: 'Recover this work' }).click()
    await page.getByRole('grid').waitFor()
    expect(await page.getByRole('grid').textContent()).toContain('Welcome everyone to the co-production network event.')
  })
})

describe('the bundled sample', () => {
  it('is unchanged after the whole guide was worked through on it', async () => {
    expect((await fs.readFile(sampleProject)).equals(sampleBytes)).toBe(true)
    expect((await fs.readdir(sampleDir)).filter((n) => n.startsWith('.'))).toEqual([])
  })
})
