// The whole correction job in Chromium, browser mode: open a generated event video with YouTube-style
// automated captions, correct, split, merge, retime, name speakers, find/replace, undo/redo, export.
import { promises as fs } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSampleMedia } from '../../scripts/sample-media'
import { rollingYouTubeVtt } from '../helpers/generate-captions'
import { w3cParse } from '../helpers/webvtt-oracle'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

let served: Served
let browser: Browser
let page: Page
let dir: string
let video: string
let captions: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-e2e-'))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  const sample = await makeSampleMedia(dir)
  video = sample.video
  // Automated captions make the usual mistakes: lower case, no punctuation, "co production".
  const words = sample.phrases
    .flatMap((p) =>
      p.words.map((w) => ({
        ...w,
        text: w.text.toLowerCase().replace(/[.,]/g, '').replace('co-production', 'co production'),
      })),
    )
    .flatMap((w) =>
      w.text.includes(' ')
        ? w.text.split(' ').map((t, i) => ({
            ...w,
            text: t,
            startMs: w.startMs + i * 100,
            endMs: i === 0 ? w.startMs + 100 : w.endMs,
          }))
        : [w],
    )
  captions = path.join(dir, 'sample.en.vtt')
  await fs.writeFile(captions, rollingYouTubeVtt(words, 3).vtt)
  served = await serve()
  browser = await launchChromium()
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 950 } })
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

// Caption rows: the grid's first row holds the column headers for screen readers.
const rows = () => page.locator('[role="row"]:not(#cue-list-column-headers)')
const cueText = () => page.locator('#cue-text')

describe('the editor in browser mode', () => {
  it('opens a video with automated captions and cleans them up', async () => {
    await page.goto(served.url)
    await page.getByRole('heading', { level: 1, name: 'Eglur' }).waitFor()
    await page.setInputFiles('#media-file', video)
    await page.setInputFiles('#captions-file', captions)
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    // Automated captions: the before/after preview comes first, and the tidied version is chosen.
    await page.getByRole('heading', { name: 'Automated captions tidied up' }).waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS, 'cleanup-preview.png') })
    await page.getByRole('button', { name: 'Use the tidied captions' }).click()
    await page.waitForSelector('[role="grid"]')
    expect(await page.locator('.toolbar__summary').textContent()).toMatch(/read as YouTube automated captions/)
    expect(await rows().count()).toBeGreaterThan(2)
    await page.waitForFunction(() => document.querySelector('video')!.readyState >= 1)
    // The waveform is drawn from peaks and shows one region per nearby caption.
    await page.waitForFunction(
      () =>
        (document.querySelector('.waveform__canvas div')?.shadowRoot?.querySelectorAll('[part~="region"]').length ??
          0) >= 2,
      undefined,
      { timeout: 20_000 },
    )
    await page.screenshot({ path: path.join(ARTIFACTS, 'editor-main.png') })
  })

  it('corrects words, splits, merges, undoes and redoes', async () => {
    await rows().first().click()
    const original = await cueText().inputValue()
    expect(original).toMatch(/^welcome everyone/i) // the tidy-up may already suggest the capital
    await cueText().fill(original.replace(/^welcome/, 'Welcome'))
    const corrected = await cueText().inputValue()
    await cueText().evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(8, 8))
    const before = await rows().count()
    await page.keyboard.press('Control+Enter')
    expect(await rows().count()).toBe(before + 1)
    expect(await cueText().inputValue()).toBe('Welcome')
    await page.getByRole('button', { name: 'Merge with next' }).click()
    expect(await rows().count()).toBe(before)
    expect((await cueText().inputValue()).replace(/\n/g, ' ')).toBe(corrected.replace(/\n/g, ' '))
    await page.keyboard.press('Control+z')
    expect(await rows().count()).toBe(before + 1)
    await page.keyboard.press('Control+y')
    expect(await rows().count()).toBe(before)
  })

  it('retimes a caption by dragging its region edge on the waveform', async () => {
    const startsBefore = await page.locator('[role="row"] [role="gridcell"]:nth-child(2)').allTextContents()
    const handle = await page.evaluateHandle(() => {
      const root = document.querySelector('.waveform__canvas div')!.shadowRoot!
      const regions = [...root.querySelectorAll<HTMLElement>('[part~="region"]')]
      return regions
        .map((r) => r.querySelector<HTMLElement>('[part~="region-handle-left"]'))
        .find((h) => h && h.getBoundingClientRect().width > 0)!
    })
    const box = (await handle.asElement()!.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 8 })
    await page.mouse.up()
    await page.waitForTimeout(200)
    // One caption's start moved later (about 0.4 s at 100 px a second); the drag is one undo step.
    const startsAfter = await page.locator('[role="row"] [role="gridcell"]:nth-child(2)').allTextContents()
    const moved = startsAfter.filter((s, i) => s !== startsBefore[i])
    expect(moved.length).toBeGreaterThanOrEqual(1)
    await page.getByRole('button', { name: 'Undo timing change' }).click()
    expect(await page.locator('[role="row"] [role="gridcell"]:nth-child(2)').allTextContents()).toEqual(startsBefore)
    await page.getByRole('button', { name: 'Redo timing change' }).click()
  })

  it('names two speakers and assigns them', async () => {
    for (const name of ['Morwenna', 'Beth']) {
      await page.fill('#add-speaker-name', name)
      await page.getByRole('button', { name: 'Add speaker' }).click()
    }
    await rows().first().click()
    await page.getByRole('button', { name: /^Assign Morwenna/ }).click()
    const count = await rows().count()
    await rows()
      .nth(count - 1)
      .click()
    await page.getByRole('button', { name: /^Assign Beth/ }).click()
    // Each speaker cell shows the speaker's chip (initials) before the name.
    const speakerCells = (await page.locator('[role="row"] .cue-row__speaker').allTextContents()).join(' ')
    expect(speakerCells).toContain('Morwenna')
    expect(speakerCells).toContain('Beth')
  })

  it('finds and replaces across all captions with a preview', async () => {
    await page.getByRole('button', { name: 'Find and replace' }).click()
    await page.fill('#find-text', 'co production')
    await page.fill('#replace-text', 'co-production')
    await expect(page.locator('.panel__preview summary').textContent()).resolves.toMatch(/will change/)
    await page.getByRole('button', { name: /^Replace/ }).click()
    expect(await page.locator('#find-status').textContent()).toBe('0 matches')
  })

  it('applies a glossary entry across the captions with a preview', async () => {
    await page.getByRole('button', { name: 'Glossary', exact: true }).click()
    await page.fill('#glossary-from', 'researchers')
    await page.fill('#glossary-to', 'academics')
    await page.getByRole('button', { name: 'Add to glossary' }).click()
    await expect(page.locator('.glossary .panel__preview ins').first().textContent()).resolves.toContain('academics')
    await page.getByRole('button', { name: 'Apply glossary (1 change)' }).click()
    await expect(page.locator('.glossary [role="status"]').textContent()).resolves.toBe('0 places to correct.')
  })

  it('undoes adding a glossary entry with Ctrl+Z and redoes it with Ctrl+Shift+Z, like a caption edit; and changing one', async () => {
    const entries = () => page.locator('.glossary__list li').allTextContents()
    await page.fill('#glossary-from', 'zebra crossing')
    await page.fill('#glossary-to', 'Zebra Crossing')
    await page.getByRole('button', { name: 'Add to glossary' }).click()
    await expect
      .poll(entries)
      .toEqual([expect.stringContaining('researchers'), expect.stringContaining('zebra crossing')])
    await expect(page.getByRole('button', { name: 'Undo add to glossary' }).count()).resolves.toBe(1)
    await page.keyboard.press('Control+z')
    await expect.poll(entries).toEqual([expect.stringContaining('researchers')])
    // The glossary applied before stays applied: undo took back only the entry.
    await expect(page.locator('.glossary [role="status"]').textContent()).resolves.toBe('0 places to correct.')
    await page.keyboard.press('Control+Shift+z')
    await expect
      .poll(entries)
      .toEqual([expect.stringContaining('researchers'), expect.stringContaining('zebra crossing')])
    // Changing an entry is one step too.
    await page.getByRole('button', { name: 'Edit “zebra crossing”' }).click()
    await expect(page.locator('#glossary-to').inputValue()).resolves.toBe('Zebra Crossing')
    await page.fill('#glossary-to', 'pedestrian crossing')
    await page.getByRole('button', { name: 'Save the change' }).click()
    await expect
      .poll(entries)
      .toEqual([
        expect.stringContaining('researchers'),
        expect.stringContaining('“zebra crossing” → “pedestrian crossing”'),
      ])
    await page.keyboard.press('Control+z')
    await expect
      .poll(entries)
      .toEqual([expect.stringContaining('researchers'), expect.stringContaining('“zebra crossing” → “Zebra Crossing”')])
  })

  it('lists quality problems in plain words and fixes all of one kind in one undoable step', async () => {
    // A caption of three short lines: one "too many lines" problem, whatever the tidy-up made.
    await rows().first().click()
    await cueText().fill('Welcome everyone\nto the co-production\nnetwork event.')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: /^\d+ problems?$/ }).click()
    const group = page.locator('.problems__group summary', { hasText: 'Too many lines' })
    await expect(group.count()).resolves.toBe(1)
    await page
      .locator('.problems__group', { has: page.locator('summary', { hasText: 'Too many lines' }) })
      .getByRole('button', { name: 'Fix all: Re-flow lines' })
      .click()
    await expect(page.locator('.problems__preview p').textContent()).resolves.toMatch(/^This will change 1 caption/)
    await page.getByRole('button', { name: 'Apply to 1 caption' }).click()
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('.problems__group summary')].some((s) =>
          s.textContent?.startsWith('Too many lines'),
        ),
    )
    await rows().first().click()
    expect((await cueText().inputValue()).split('\n').length).toBeLessThanOrEqual(2)
    await page.screenshot({ path: path.join(ARTIFACTS, 'editor-problems.png') })
  })

  it('autosaves, then exports WebVTT that the W3C parser accepts', async () => {
    await page.waitForSelector('.save-status--saved')
    expect(await page.evaluate(() => localStorage.getItem('eglur:autosave:v1')?.includes('co-production'))).toBe(true)
    await page.getByRole('button', { name: 'Export…' }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export' })
    await page.screenshot({ path: path.join(ARTIFACTS, 'export-dialog.png') })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Export WebVTT' }).click(),
    ])
    const text = await fs.readFile((await download.path())!, 'utf8')
    expect(text.startsWith('WEBVTT\n\n')).toBe(true)
    expect(text).toMatch(/<v Morwenna>Welcome\s+everyone/)
    expect(text).toContain('co-production')
    expect(text).toContain('<v Beth>')
    expect(w3cParse(text).errors).toEqual([])
    const [transcript] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Transcript (HTML)' }).click(),
    ])
    const html = await fs.readFile((await transcript.path())!, 'utf8')
    expect(html).toContain('<span class="name">Morwenna</span>:')
    expect(html).toContain('academics')
    await exportDialog.getByRole('button', { name: 'Close' }).click()
    await page.screenshot({ path: path.join(ARTIFACTS, 'editor-after-job.png') })
  })

  it('has no automatic accessibility violations on the editor', async () => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })

  it('a hostile caption file gets a clear message naming the file and line, and the page stays usable', async () => {
    const fresh = await (await browser.newContext()).newPage()
    await fresh.goto(served.url)
    const huge = path.join(dir, 'long-line.vtt')
    await fs.writeFile(huge, `WEBVTT\n\n00:00:01.000 --> 00:00:02,000\n${'x'.repeat(5_000_000)}`)
    await fresh.setInputFiles('#captions-file', huge)
    await fresh.getByRole('button', { name: 'Open', exact: true }).click()
    await expect(fresh.locator('[role="alert"]').textContent()).resolves.toMatch(
      /^long-line\.vtt, line 3: This caption's timing "00:00:01\.000 --> 00:00:02,000" is not valid/,
    )
    const garbage = path.join(dir, 'video-renamed.vtt')
    await fs.copyFile(video, garbage)
    await fresh.setInputFiles('#captions-file', garbage)
    await fresh.getByRole('button', { name: 'Open', exact: true }).click()
    await fresh.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent?.includes('MP4/MOV video'))
    expect(await fresh.locator('[role="alert"]').textContent()).toBe(
      'video-renamed.vtt, line 1: This is an MP4/MOV video, not a caption file.',
    )
    // Still responsive: the page answers a script straight away.
    expect(await fresh.evaluate(() => 1 + 1)).toBe(2)
    await fresh.close()
  })

  it('refuses API calls without the secret, and requests for another host', async () => {
    const origin = new URL(served.url).origin
    const secret = new URL(served.url).hash.replace('#key=', '')
    const launchInfo = (headers: Record<string, string>) =>
      fetch(`${origin}/api/getLaunchInfo`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: '{}',
      })
    expect((await launchInfo({})).status).toBe(403)
    expect((await launchInfo({ Authorization: 'Bearer wrong-secret-of-some-length' })).status).toBe(403)
    expect((await launchInfo({ Authorization: `Bearer ${secret}` })).status).toBe(200)
    // A page on another name that resolves to 127.0.0.1 (DNS rebinding) sends its own Host header.
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(served.url)
      http
        .get({ host: '127.0.0.1', port: url.port, path: '/', headers: { host: `evil.example:${url.port}` } }, (res) =>
          resolve(res.statusCode ?? 0),
        )
        .on('error', reject)
    })
    expect(status).toBe(421)
  })
})
