// Cut where the speech breaks, in Chromium: `eglur serve VIDEO` opens generated multi-speaker speech
// with YouTube-style captions beside it; the tidy-up preview says what it did from the sound; a
// correction in one caption is offered for the other places (fix once, fixed everywhere); Snap to
// speech puts a nudged caption back on the speech; a quick hand-over YouTube did not mark is cut where
// the voice changes. Roles and names only; axe finds nothing.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSpeechEvent } from '../helpers/speech-event'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

let served: Served
let browser: Browser
let page: Page

beforeAll(async () => {
  const home = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-speech-e2e-')))
  const event = await makeSpeechEvent(path.join(home, 'gen'))
  const video = path.join(home, 'panel.wav')
  await fs.rename(event.audio, video)
  await fs.writeFile(path.join(home, 'panel.en.vtt'), event.vtt)
  await fs.mkdir(ARTIFACTS, { recursive: true })
  served = await serve([video], { HOME: home, EGLUR_DATA_DIR: path.join(home, '.eglur-data') })
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1400, height: 950 } })).newPage()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

const rows = () => page.locator('[role="row"]')
const announced = () => page.getByTestId('announcer').textContent()
const axe = async () =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map(
    (v) => v.id,
  )

describe('cut where the speech breaks', () => {
  it('the tidy-up preview says what the sound told it', async () => {
    await page.goto(served.url)
    await page.getByRole('heading', { name: 'Automated captions tidied up' }).waitFor({ timeout: 60_000 })
    const done = page.getByRole('list', { name: 'What the tidy-up did' })
    await expect
      .poll(() => done.getByRole('listitem').allTextContents())
      .toContain('8 changes of speaker start a new caption')
    expect(await done.textContent()).toContain(
      'Captions are cut where the speech in the video pauses, and timed to the speech.',
    )
    expect(await done.textContent()).toMatch(/\d+ capital letters added/)
    expect(await axe()).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'tidy-preview.png') })
    await page.getByRole('button', { name: 'Use the tidied captions' }).click()
    await page.waitForSelector('[role="grid"]')
    // The pauses are drawn on the waveform as faint bands, apart from the caption regions.
    const bands = () =>
      page.evaluate(
        () =>
          document.querySelector('.waveform__canvas div')?.shadowRoot?.querySelectorAll('[part~="pause-band"]')
            .length ?? 0,
      )
    await expect.poll(bands, { timeout: 20_000 }).toBeGreaterThan(3)
  })

  it('a correction in one caption is offered for the other places, without taking focus, as one undo step', async () => {
    await rows().filter({ hasText: 'after the break' }).first().click()
    const box = page.locator('#cue-text')
    await box.fill((await box.inputValue()).replace('break', 'interval'))
    const offer = page.getByRole('region', { name: /You changed “break” to “interval”\. It is in 1 other place\./ })
    await offer.waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cue-text')
    await expect.poll(announced).toMatch(/“break” is in 1 other place/)
    expect(await offer.getByRole('list', { name: 'Where it is' }).textContent()).toMatch(/^Caption \d+: .*break/)
    expect(await axe()).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'fix-everywhere-offer.png') })
    await offer.getByRole('button', { name: 'Change the other one too' }).click()
    await expect.poll(announced).toMatch(/Changed 1 more place; “break” → “interval” is now in the glossary/)
    // The other place may lie outside the rows the list draws, so the whole document is asked, through Find.
    await page.getByRole('button', { name: 'Find and replace', exact: true }).click()
    const find = page.getByRole('textbox', { name: 'Find', exact: true })
    const matches = async (word: string) => {
      await find.fill(word)
      return page.locator('#find-status').textContent()
    }
    await expect.poll(() => matches('interval')).toBe('2 matches')
    await expect.poll(() => matches('break')).toBe('0 matches')
    // One undo step takes back both places; redo puts them back.
    await page.getByRole('button', { name: /^Undo/ }).click()
    await expect.poll(() => matches('break')).toBe('1 match')
    await page.getByRole('button', { name: /^Redo/ }).click()
    await expect.poll(() => matches('interval')).toBe('2 matches')
    await page.getByRole('button', { name: 'Glossary', exact: true }).click()
    await expect.poll(() => page.getByRole('region', { name: 'Glossary' }).textContent()).toContain('interval')
  })

  it('Snap to speech puts a nudged caption back where the speech starts, by button and by shortcut', async () => {
    const row = rows().filter({ hasText: 'Thank you' }).first()
    await row.click()
    const start = () => row.getByRole('gridcell').nth(1).textContent()
    const onSpeech = await start()
    await page.keyboard.press('Alt+]')
    await page.keyboard.press('Alt+]')
    expect(await start()).not.toBe(onSpeech)
    await page.getByRole('button', { name: 'Snap to speech' }).click()
    await expect.poll(start).toBe(onSpeech)
    await expect.poll(announced).toMatch(/1 caption now starts and ends with the speech|already start and end/)
    await page.keyboard.press('Alt+]')
    await page.keyboard.press('Control+Shift+K')
    await expect.poll(start).toBe(onSpeech)
  })

  it('the hand-over under 0.25 s that YouTube did not mark with >> still starts a caption: the voice changes there', async () => {
    const find = page.getByRole('textbox', { name: 'Find', exact: true })
    if (!(await find.isVisible())) await page.getByRole('button', { name: 'Find and replace', exact: true }).click()
    const matches = async (text: string) => {
      await find.fill(text)
      return page.locator('#find-status').textContent()
    }
    // Beth's last words end her caption (with a full stop), and Alun's first words start the next one.
    await expect.poll(() => matches('strongly.')).toBe('1 match')
    await expect.poll(() => matches('strongly I')).toBe('0 matches')
    await rows().filter({ hasText: 'I agree with' }).first().click()
    expect(await page.locator('#cue-text').inputValue()).toMatch(/^I agree with/)
  })
})
