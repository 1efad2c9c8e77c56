// A whole correction job with the keyboard alone: not one mouse event. Open through the start
// screen's file inputs, fix three captions, assign a speaker, remap a shortcut, split, undo/redo,
// save and export WebVTT, checking what the live region tells a screen reader user at each step.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSampleMedia } from '../../scripts/sample-media'
import { rollingYouTubeVtt } from '../helpers/generate-captions'
import { w3cParse } from '../helpers/webvtt-oracle'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

let served: Served
let browser: Browser
let page: Page
let video: string
let captions: string
const mouseEvents: string[] = []

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-keys-'))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  const sample = await makeSampleMedia(dir)
  video = sample.video
  const words = sample.phrases.flatMap((p) =>
    p.words.map((w) => ({ ...w, text: w.text.toLowerCase().replace(/[.,]/g, '') })),
  )
  captions = path.join(dir, 'sample.en.vtt')
  await fs.writeFile(captions, rollingYouTubeVtt(words, 3).vtt)
  served = await serve()
  browser = await launchChromium()
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  // Proof that nothing here used the mouse: any pointer or click event that reaches the page is recorded.
  await page.exposeFunction('recordMouse', (type: string) => void mouseEvents.push(type))
  await page.addInitScript(() => {
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'mousemove', 'wheel']) {
      window.addEventListener(
        type,
        () => (window as unknown as { recordMouse: (t: string) => void }).recordMouse(type),
        true,
      )
    }
  })
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

/** Presses Tab (or Shift+Tab) until focus is on `selector` (with `text`, when given); fails after `max` presses. */
async function tabTo(
  selector: string,
  { back = false, max = 80, text }: { back?: boolean; max?: number; text?: string } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    const there = await page.evaluate(
      ([s, t]) =>
        (document.activeElement?.matches(s!) ?? false) &&
        (t === undefined || document.activeElement?.textContent === t),
      [selector, text] as const,
    )
    if (there) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached ${selector}`)
}

/** Waits until the live region says `expected` (a string is matched exactly, a RegExp as a pattern). */
async function announced(expected: string | RegExp): Promise<string> {
  const source = typeof expected === 'string' ? `^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : expected.source
  await page.waitForFunction(
    (pattern) => new RegExp(pattern).test(document.querySelector('[data-testid="announcer"]')?.textContent ?? ''),
    source,
    { timeout: 5000 },
  )
  return (await page.locator('[data-testid="announcer"]').textContent()) ?? ''
}

const active = () =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    role: document.activeElement?.getAttribute('role') ?? '',
    text: document.activeElement?.textContent ?? '',
  }))

/** Replaces the current caption's text by typing into the focused caption box. */
async function retype(text: string): Promise<void> {
  expect((await active()).id).toBe('cue-text')
  await page.keyboard.press('Control+a')
  await page.keyboard.type(text)
}

describe('a correction job with the keyboard only', () => {
  it('opens the video and captions through the start screen’s file inputs', async () => {
    await page.goto(served.url)
    await page.waitForSelector('#media-file')
    // A standing listener keeps file-chooser interception on, so the Enter press can never beat it.
    const files = [video, captions]
    page.on('filechooser', (chooser) => void chooser.setFiles(files.shift()!))
    for (const selector of ['#media-file', '#captions-file']) {
      await tabTo(selector)
      await page.keyboard.press('Enter')
      await page.waitForFunction(
        (s) => (document.querySelector<HTMLInputElement>(s)?.files?.length ?? 0) === 1,
        selector,
      )
    }
    expect(files).toEqual([])
    await tabTo('button.primary:not([disabled])')
    expect((await active()).text).toBe('Open')
    await page.keyboard.press('Enter')
    // Automated captions are offered tidied up first; that choice has focus, so Enter takes it.
    await page.waitForSelector('[role="grid"], .cleanup-preview')
    if (await page.locator('.cleanup-preview').count()) {
      expect((await active()).text).toBe('Use the tidied captions')
      await page.keyboard.press('Enter')
    }
    await page.waitForSelector('[role="grid"]')
  })

  it('fixes three captions, moving between them with the keyboard', async () => {
    await page.keyboard.press('F6')
    expect((await active()).id).toBe('cue-text')
    const fixes = [
      'Welcome everyone to the Eglur demonstration.',
      'This talk is captioned by volunteers.',
      'Thank you all for coming tonight.',
    ]
    for (const [i, fix] of fixes.entries()) {
      if (i > 0) await page.keyboard.press('Control+Alt+ArrowDown')
      await retype(fix)
      expect(await page.locator('#cue-editor-heading').textContent()).toBe(`Caption ${i + 1}`)
    }
    // F6 reaches the list, which says which caption is current in its row name.
    await page.keyboard.press('F6')
    expect((await active()).role).toBe('grid')
    await page.keyboard.press('Home')
    const current = await page.evaluate(() =>
      document
        .getElementById(document.activeElement!.getAttribute('aria-activedescendant')!)!
        .getAttribute('aria-label'),
    )
    expect(current).toMatch(/^1, 0:\d\d\.\d to 0:\d\d\.\d: Welcome everyone to the Eglur demonstration\.( \([^)]+\))?$/)
    await page.keyboard.press('Enter')
    expect((await active()).id).toBe('cue-text')
  })

  it('adds a speaker and assigns them to the current caption', async () => {
    await tabTo('#cue-speaker')
    await page.keyboard.press('End')
    expect((await active()).id).toBe('new-speaker-name')
    await page.keyboard.type('Morwenna')
    await page.keyboard.press('Enter')
    expect(await announced('Speaker: Morwenna')).toBe('Speaker: Morwenna')
    // Focus stays on the speaker choice instead of falling to the page.
    expect((await active()).id).toBe('cue-speaker')
  })

  it('remaps split to Ctrl+K in the shortcuts sheet, refusing a chord that is taken', async () => {
    await page.keyboard.press('F1')
    await page.waitForSelector('dialog[open].shortcuts-sheet')
    await tabTo('button[aria-label="Change shortcut for Split at cursor"]')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+s')
    expect(await page.locator('.shortcuts-sheet__message').textContent()).toBe(
      'Ctrl+S is already used by Save. Choose other keys, or change that command first.',
    )
    await page.keyboard.press('Control+k')
    expect(await page.locator('.shortcuts-sheet__message').textContent()).toBe('Split at cursor is now Ctrl+K.')
    await page.keyboard.press('Escape')
    await page.waitForSelector('dialog[open]', { state: 'detached' })
    // Focus went back to where the sheet was opened from.
    expect((await active()).id).toBe('cue-speaker')
    await expect.poll(async () => (await served.settings()).shortcuts).toEqual({ split: 'Ctrl+K' })
  })

  it('splits with the new shortcut, then undoes and redoes it', async () => {
    await page.keyboard.press('F6')
    expect((await active()).id).toBe('cue-text')
    const before = await page.locator('[role="grid"]').getAttribute('aria-rowcount')
    await page.keyboard.press('Control+Home')
    for (let i = 0; i < 'Welcome everyone'.length; i++) await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Control+k')
    expect(await announced(/^Split\. Now on caption \d+\.$/)).toMatch(/^Split/)
    expect(Number(await page.locator('[role="grid"]').getAttribute('aria-rowcount'))).toBe(Number(before) + 1)
    await page.keyboard.press('Control+z')
    expect(await announced('Undid: split')).toBe('Undid: split')
    await page.keyboard.press('Control+y')
    expect(await announced('Redid: split')).toBe('Redid: split')
  })

  it('saves with Ctrl+S and says so', async () => {
    await page.keyboard.press('Control+s')
    expect(await announced('All changes saved')).toBe('All changes saved')
    expect(await page.locator('.save-status').textContent()).toBe('All changes saved')
  })

  it('exports WebVTT with the corrections and the speaker', async () => {
    await tabTo('button', { back: true, text: 'Export…' })
    await page.keyboard.press('Enter')
    await page.waitForSelector('dialog[open].export-dialog')
    await tabTo('button', { text: 'Export WebVTT' })
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(await page.locator('.export-dialog__status').textContent()).toMatch(/^Saved /)
    await page.keyboard.press('Escape')
    await page.waitForSelector('dialog[open]', { state: 'detached' })
    const text = await fs.readFile((await download.path())!, 'utf8')
    expect(text.startsWith('WEBVTT')).toBe(true)
    expect(text).toMatch(/<v Morwenna>Welcome everyone\n?/)
    expect(text).toContain('to the Eglur demonstration.')
    expect(text).toContain('This talk is captioned by volunteers.')
    expect(text).toContain('Thank you all for coming tonight.')
    expect(w3cParse(text).errors).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'keyboard-only-done.png') })
  })

  it('reads each caption out as it starts during playback, once that setting is on', async () => {
    await page.keyboard.press('Control+,')
    await page.waitForSelector('dialog[open].settings-dialog')
    for (
      let i = 0;
      i < 30 &&
      !(await page.evaluate(
        () => document.activeElement?.parentElement?.textContent === 'Read out each caption as it starts',
      ));
      i++
    )
      await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.keyboard.press('Escape')
    await page.waitForSelector('dialog[open]', { state: 'detached' })
    const labels = await page
      .locator('[role="row"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''))
    await page.keyboard.press('Home')
    await page.keyboard.press('Escape')
    // Playing: the live region soon says one of the captions' words (their text is the end of each row name).
    const spoken = await page.waitForFunction(
      (names) => {
        const text = document.querySelector('[data-testid="announcer"]')?.textContent ?? ''
        return text !== '' && names.some((n) => n.endsWith(`: ${text}`) || n.includes(`: ${text} (`)) ? text : undefined
      },
      labels,
      { timeout: 10_000 },
    )
    await page.keyboard.press('Escape')
    expect(await spoken.jsonValue()).toMatch(/\w/)
    await expect.poll(async () => (await served.settings()).announceCues).toBe(true)
  })

  it('never used the mouse', () => {
    expect(mouseEvents).toEqual([])
  })
})
