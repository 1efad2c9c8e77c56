// Issue #16: the transcript only existed after export. The transcript view shows the published
// document (the export's own builder) and edits the captions underneath: F4 switches, typing edits a
// caption, undo covers both views, a click or Enter on a word plays from it, the spoken word is marked.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSampleMedia, type TimedPhrase } from '../../scripts/sample-media'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

let served: Served
let browser: Browser
let page: Page
let phrases: TimedPhrase[]
let video: string
let captions: string

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 23)

/** Each phrase as two captions (so sentences cross caption boundaries), with a time stamp before every word. */
function vttOf(timed: readonly TimedPhrase[]): string {
  const cues = timed.flatMap((phrase) => {
    const half = Math.ceil(phrase.words.length / 2)
    return [phrase.words.slice(0, half), phrase.words.slice(half)].map((words) => {
      const body = words.map((w, i) => (i === 0 ? w.text : `<${clock(w.startMs)}>${w.text}`)).join(' ')
      return `${clock(words[0]!.startMs)} --> ${clock(words[words.length - 1]!.endMs)}\n<v ${phrase.speaker}>${body}`
    })
  })
  return `WEBVTT\n\n${cues.join('\n\n')}\n`
}

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-transcript-view-'))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  const media = await makeSampleMedia(dir)
  video = media.video
  phrases = media.phrases
  captions = path.join(dir, 'event.vtt')
  await fs.writeFile(captions, vttOf(phrases))
  served = await serve()
  browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' })
  page = await context.newPage()
  await page.goto(served.url)
  await page.waitForSelector('#media-file')
  await page.setInputFiles('#media-file', video)
  await page.setInputFiles('#captions-file', captions)
  await page.locator('#media-file').locator('xpath=ancestor::section[1]').locator('button.primary').click()
  await page.waitForSelector('[role="grid"] [role="row"]')
  await page.waitForFunction(() => document.querySelector('video')!.readyState >= 1)
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

const transcript = () => page.getByRole('textbox', { name: 'Transcript' })
const paragraph = (text: string) => transcript().locator('p', { hasText: text })
const videoTime = () => page.evaluate(() => document.querySelector('video')!.currentTime)

/** Selects `word` (its first occurrence) in the transcript, or puts the caret inside it with `caretOnly`. */
async function selectWord(word: string, caretOnly = false): Promise<void> {
  await page.evaluate(
    ([w, caret]) => {
      const p = [...document.querySelectorAll('.transcript-view__paragraph')].find((x) =>
        x.textContent!.includes(w as string),
      )!
      const text = p.firstChild!
      const at = text.textContent!.indexOf(w as string)
      const range = document.createRange()
      range.setStart(text, caret ? at + 1 : at)
      range.setEnd(text, caret ? at + 1 : at + (w as string).length)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
    },
    [word, caretOnly] as const,
  )
}

/** Where `word` (its first occurrence in the transcript) is on screen. */
function wordBox(word: string): Promise<{ x: number; y: number }> {
  return page.evaluate((w) => {
    const p = [...document.querySelectorAll('.transcript-view__paragraph')].find((x) => x.textContent!.includes(w))!
    p.scrollIntoView({ block: 'center' })
    const text = p.firstChild!
    const at = text.textContent!.indexOf(w)
    const range = document.createRange()
    range.setStart(text, at)
    range.setEnd(text, at + w.length)
    const box = range.getBoundingClientRect()
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  }, word)
}

const wordStart = (word: string) =>
  phrases.flatMap((p) => p.words).find((w) => w.text.replace(/[.,]$/, '') === word)!.startMs / 1000

describe('transcript view', () => {
  it('F4 shows the captions as the published transcript: speaker headings over paragraphs joined across captions', async () => {
    await page.getByRole('grid').focus()
    await page.keyboard.press('F4')
    await expect.poll(() => transcript().isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Transcript', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    expect(await transcript().evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await transcript().getByRole('heading', { name: 'Morwenna' }).count()).toBe(1)
    expect(await transcript().getByRole('heading', { name: 'Beth' }).count()).toBe(1)
    // The first two phrases were four captions: one paragraph, each sentence whole.
    expect(await paragraph('Welcome everyone').textContent()).toBe(
      'Welcome everyone to the co-production network event. We will start by hearing how networks work.',
    )
    expect(await page.getByRole('grid').count()).toBe(0)
    expect(
      (
        await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'transcript-view.png') })
  })

  it('typing over a word edits the caption underneath, and one undo takes it back in both views', async () => {
    await selectWord('networks')
    await page.keyboard.type('groups')
    await expect.poll(() => paragraph('We will start').textContent()).toContain('how groups work.')
    await page.keyboard.press('F4')
    await expect.poll(() => page.getByRole('row', { name: /hearing how groups work\./ }).count()).toBe(1)
    await page.keyboard.press('F4')
    await expect.poll(() => transcript().isVisible()).toBe(true)
    await page.keyboard.press('Control+z')
    await expect.poll(() => paragraph('We will start').textContent()).toContain('how networks work.')
    await page.keyboard.press('F4')
    await expect.poll(() => page.getByRole('row', { name: /hearing how networks work\./ }).count()).toBe(1)
    expect(await page.getByRole('row', { name: /groups/ }).count()).toBe(0)
    await page.keyboard.press('F4')
  })

  it('a click on a word plays from that word, and the word being spoken is marked', async () => {
    await expect.poll(() => transcript().isVisible()).toBe(true)
    const box = await wordBox('relationship')
    await page.mouse.click(box.x, box.y)
    await page.waitForFunction(
      () => !document.querySelector('video')!.paused && !document.querySelector('video')!.seeking,
    )
    const at = await videoTime()
    expect(at).toBeGreaterThanOrEqual(wordStart('relationship') - 0.05)
    expect(at).toBeLessThan(wordStart('relationship') + 0.6)
    const marked = await page.waitForFunction(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('transcript-spoken')
      return highlight ? [...highlight][0]!.toString() : false
    })
    expect(['relationship', 'between', 'citizens', 'and', 'the', 'state.']).toContain(await marked.jsonValue())
    await page.screenshot({ path: path.join(ARTIFACTS, 'transcript-view-playing.png') })
    await page.evaluate(() => document.querySelector('video')!.pause())
  })

  it('Enter on a word plays from it', async () => {
    await transcript().focus()
    await selectWord('researchers', true)
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () => !document.querySelector('video')!.seeking && !document.querySelector('video')!.paused,
    )
    const at = await videoTime()
    expect(at).toBeGreaterThanOrEqual(wordStart('researchers') - 0.05)
    expect(at).toBeLessThan(wordStart('researchers') + 0.6)
    await page.evaluate(() => document.querySelector('video')!.pause())
  })
})
