// The Plain English panel and the new Export choices in browser mode: findings in time order that
// choose their caption (the video goes there), a plainer word put in with one key and undone,
// counts that follow typing; chapters, descriptions, Word, the web page and the blog HTML.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSampleMedia } from '../../scripts/sample-media'
import { serializeCaptionJson } from '../../shared/formats/json'
import { asCueId, asSpeakerId, makeDocument, type Cue } from '../../shared/model'
import { w3cParse } from '../helpers/webvtt-oracle'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

const SCRIPT = [
  { speaker: 'Morwenna', text: 'Welcome everyone to the co-production network event.' },
  { speaker: 'Morwenna', text: 'We will utilise this hall in order to share what we learnt.' },
  { speaker: 'Beth', text: 'The report was written by the residents themselves.' },
]

let served: Served
let browser: Browser
let page: Page
let dir: string
let starts: number[]

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-plain-'))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  const media = await makeSampleMedia(dir, SCRIPT)
  starts = media.phrases.map((p) => p.startMs)
  const cues: Cue[] = media.phrases.map((p, i) => ({
    id: asCueId(`c${i + 1}`),
    startMs: p.startMs,
    endMs: p.endMs,
    text: p.text,
    speakerId: asSpeakerId(p.speaker === 'Beth' ? 's2' : 's1'),
  }))
  cues.push({ id: asCueId('h1'), startMs: 100, endMs: 400, text: 'Welcome', kind: 'heading' })
  cues.push({
    id: asCueId('d1'),
    startMs: starts[2]! - 200,
    endMs: starts[2]! - 50,
    text: '[Beth stands up.]',
    kind: 'description',
  })
  const doc = makeDocument(cues, [
    { id: asSpeakerId('s1'), name: 'Morwenna Foden', role: 'Co:Create' },
    { id: asSpeakerId('s2'), name: 'Beth Perry' },
  ])
  await fs.writeFile(path.join(dir, 'sample.json'), serializeCaptionJson(doc))
  served = await serve()
  browser = await launchChromium()
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 950 } })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin })
  page = await context.newPage()
  await page.goto(served.url)
  await page.setInputFiles('#media-file', path.join(dir, 'sample.mp4'))
  await page.setInputFiles('#captions-file', path.join(dir, 'sample.json'))
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await page.waitForSelector('[role="grid"]')
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

const counts = () => page.locator('.plain-english .panel__status')
const saved = async (download: Download) => fs.readFile((await download.path())!)

describe('Plain English panel', () => {
  it('shows the figures and the findings in time order', async () => {
    await page.getByRole('button', { name: 'Plain English', exact: true }).click()
    await page.getByRole('heading', { name: 'Plain English' }).waitFor()
    expect(await counts().textContent()).toBe('Long sentences: 0 · Passive: 1 · Plainer words: 2')
    const items = page.locator('.plain-english__item')
    expect(await items.allTextContents()).toEqual([
      expect.stringMatching(/^0:0\d “utilise” → “use” Use “use”$/),
      expect.stringMatching(/^0:0\d “in order to” → “to” Use “to”$/),
      expect.stringMatching(/^0:\d\d Passive \(“was written”\): The report was written by the residents themselves\.$/),
    ])
    const axe = await new AxeBuilder({ page })
      .include('.plain-english')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    await page.locator('.editor-screen__side').screenshot({ path: path.join(ARTIFACTS, 'plain-english-panel.png') })
  })

  it('a finding chooses its caption and the video goes there', async () => {
    await page.locator('.plain-english__item--passive button.link').click()
    await page.waitForFunction((s) => Math.abs(document.querySelector('video')!.currentTime - s) < 1, starts[2]! / 1000)
    expect(await page.locator('#cue-text').inputValue()).toBe('The report was written by the residents themselves.')
  })

  it('puts the plainer word in with one key, and undo takes it back', async () => {
    const use = page.getByRole('button', { name: 'Use “use”' })
    await use.focus()
    await page.keyboard.press('Enter')
    await page.locator('[role="row"]', { hasText: 'We will use this hall' }).waitFor()
    await expect.poll(() => counts().textContent()).toBe('Long sentences: 0 · Passive: 1 · Plainer words: 1')
    expect(await page.locator('.plain-english__said').textContent()).toBe(
      'Changed “utilise” to “use”. Undo puts it back.',
    )
    await page.getByRole('button', { name: /^Undo/ }).click()
    await expect.poll(() => counts().textContent()).toBe('Long sentences: 0 · Passive: 1 · Plainer words: 2')
  })

  it('counts follow the editor typing', async () => {
    await page.locator('[role="row"]', { hasText: 'Welcome everyone' }).click()
    const text = page.locator('#cue-text')
    await text.click()
    await text.press('End')
    await text.pressSequentially(' We shall commence.')
    await expect
      .poll(() => counts().textContent(), { timeout: 5000 })
      .toBe('Long sentences: 0 · Passive: 1 · Plainer words: 3')
  })
})

describe('Export dialog', () => {
  it('offers chapters, descriptions, Word, the web page and the blog HTML in browser mode', async () => {
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.waitFor()
    await dialog.screenshot({ path: path.join(ARTIFACTS, 'export-web-page.png') })
    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name, exact: true }).click(),
      ])
      return { name: file.suggestedFilename(), bytes: await saved(file) }
    }
    const chapters = await download('Chapters (WebVTT)')
    expect(w3cParse(chapters.bytes.toString('utf8')).cues.map((c) => c.text)).toEqual(['Welcome'])
    const descriptions = await download('Descriptions (WebVTT)')
    expect(w3cParse(descriptions.bytes.toString('utf8')).cues.map((c) => c.text)).toEqual(['Beth stands up.'])
    const word = await download('Transcript (Word)')
    expect(word.name).toMatch(/\.docx$/)
    expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    const web = await download('Web page')
    const html = web.bytes.toString('utf8')
    expect(html).toContain('<source src="sample.mp4">')
    expect(html.match(/<track kind="\w+"/g)).toEqual([
      '<track kind="captions"',
      '<track kind="descriptions"',
      '<track kind="chapters"',
    ])
    await dialog.getByLabel('YouTube address (if the video is on YouTube)').fill('https://youtu.be/abc')
    await dialog.getByRole('button', { name: 'Copy HTML for a blog post' }).click()
    await dialog.getByText('The HTML is on the clipboard').waitFor()
    const fragment = await page.evaluate(() => navigator.clipboard.readText())
    expect(fragment).toMatch(/^<nav class="chapters"/)
    expect(fragment).toContain('href="https://youtu.be/abc?t=0"')
    const axe = await new AxeBuilder({ page })
      .include('.export-dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
  })
})
