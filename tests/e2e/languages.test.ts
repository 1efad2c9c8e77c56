// A Welsh track beside the sample project's English captions, in browser mode: add Welsh in the
// Languages panel, translate three captions in the caption editor, filter the list to what still
// needs translating, split a translated caption and find it under "needs checking", undo, and
// reload to find the translations saved; import a Welsh caption file (aligned by time, with a report)
// and check the Welsh captions in the problems panel. The panel and the side-by-side list pass axe.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseProjectFile, serializeProject } from '../../shared/project/project-file'
import { setTranslation, setTranslationChecked, addLanguage } from '../../shared/model/translation'
import { w3cParse } from '../helpers/webvtt-oracle'
import { ARTIFACTS, downloadTexts, launchChromium, serve, type Served } from './browser'

const root = path.resolve(import.meta.dirname, '../..')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const WELSH = [
  'Croeso i bawb i ddigwyddiad y rhwydwaith cyd-gynhyrchu.',
  'Rwy’n cadeirio’r rhwydwaith yng Nghymru.',
  'Pan soniwn am gyd-gynhyrchu, rydym yn golygu tri pheth.',
]

// Captions 4 to 6 in Welsh, timed by a translator, and one line after the end of the video.
const WELSH_FILE = `WEBVTT

00:00:18.000 --> 00:00:22.500
yn gyntaf, y berthynas rhwng

00:00:23.000 --> 00:00:28.500
y bobl sy’n defnyddio gwasanaethau

00:00:29.000 --> 00:00:30.400
chi i gyd am ddod

00:00:40.000 --> 00:00:42.000
Diolch yn fawr
`

let home: string
let project: string
let browser: Browser
let served: Served | undefined
let page: Page

beforeAll(async () => {
  home = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-languages-home-')))
  project = path.join(home, 'sample.eglur')
  await fs.copyFile(path.join(root, 'assets/sample/sample.eglur'), project)
  await fs.copyFile(path.join(root, 'assets/sample/sample.mp4'), path.join(home, 'sample.mp4'))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

/** The Welsh translations in the project file on disk, in order. */
async function savedWelsh(): Promise<string[]> {
  const parsed = parseProjectFile(await fs.readFile(project, 'utf8'))
  return parsed.ok
    ? (parsed.project.doc.translations?.find((t) => t.language === 'cy')?.cues.map((c) => c.text) ?? [])
    : []
}

async function untilSaved(check: (texts: string[]) => boolean, what: string): Promise<void> {
  const started = Date.now()
  while (!check(await savedWelsh().catch(() => []))) {
    if (Date.now() - started > 15_000)
      throw new Error(
        `${what} never reached the project file (it holds ${JSON.stringify(await savedWelsh().catch((e) => String(e)))})`,
      )
    await new Promise((r) => setTimeout(r, 100))
  }
}

const rows = (page: Page) => page.locator('[role="grid"] [role="row"][id^="cue-row-"]')
const gridName = (page: Page) => page.getByRole('grid').getAttribute('aria-label')

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('a second language beside the captions', () => {
  it('adds Welsh, translates in the caption editor, filters, carries a split, imports a Welsh file and checks the Welsh captions', async () => {
    served = await serve([project], { HOME: home, EGLUR_DATA_DIR: path.join(home, '.eglur-data') })
    page = await (await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } })).newPage()
    await page.goto(served.url)
    await page.getByRole('grid').waitFor()
    const total = await rows(page).count()
    expect(total).toBe(6)

    await page.getByRole('button', { name: 'Dismiss' }).click()
    // The Languages panel: add Welsh (the captions' own language, English, is already set).
    await page.getByRole('button', { name: 'Languages', exact: true }).click()
    await page.getByRole('heading', { name: 'Languages', level: 2 }).waitFor()
    await page.getByLabel('Language to add').selectOption('cy')
    await page.getByRole('button', { name: 'Add language' }).click()
    const translation = page.getByLabel('Welsh (cy)', { exact: true })
    await translation.waitFor()
    expect(await translation.getAttribute('lang')).toBe('cy')
    expect(await page.locator('.languages__list').textContent()).toContain('6 to translate, 0 to check, 0 done')

    // Three captions translated in the caption editor, one after the other.
    for (const [i, text] of WELSH.entries()) {
      await rows(page).nth(i).click()
      await translation.fill(text)
    }
    expect(await page.locator('.languages__list').textContent()).toContain('3 to translate, 0 to check, 3 done')
    const cell = rows(page).first().locator('[lang="cy"]')
    expect(await cell.textContent()).toBe(WELSH[0])
    expect(await rows(page).first().getAttribute('aria-label')).toContain(`Welsh (cy): ${WELSH[0]}`)
    // The video's captions in Welsh, and back, two seconds in (inside the first caption).
    await page.locator('video').evaluate((video: HTMLVideoElement) => (video.currentTime = 2))
    const overlay = page.locator('.caption-overlay')
    await expect.poll(() => overlay.textContent()).toContain('welcome everyone')
    const showWelsh = page.getByRole('checkbox', { name: 'Show Welsh (cy) on the video' })
    await showWelsh.check()
    await expect.poll(() => overlay.textContent()).toBe(WELSH[0])
    expect(await overlay.getAttribute('lang')).toBe('cy')
    await page.screenshot({ path: path.join(ARTIFACTS, 'languages-side-by-side.png') })
    await showWelsh.uncheck()
    await expect.poll(() => overlay.textContent()).toContain('welcome everyone')
    expect(await axeViolations(page)).toEqual([])
    await page.locator('.languages').screenshot({ path: path.join(ARTIFACTS, 'languages-panel.png') })

    // Export: both languages' captions (valid WebVTT, the Welsh timed exactly as the English it translates)
    // and the bilingual transcript (each block in its language, no axe violations).
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    const downloads = await downloadTexts(page, 2, () =>
      dialog.getByRole('button', { name: 'Captions in each language (WebVTT)', exact: true }).click(),
    )
    const english = w3cParse(downloads.find((d) => d.name.endsWith('.en.vtt'))!.text)
    const welshFile = downloads.find((d) => d.name.endsWith('.cy.vtt'))!.text
    const welsh = w3cParse(welshFile)
    expect([english.errors, welsh.errors]).toEqual([[], []])
    expect(welshFile).toMatch(/^WEBVTT Language: cy\n/)
    expect(welsh.cues.map((c) => c.text)).toEqual(WELSH)
    expect(welsh.cues.map((c) => [c.startTime, c.endTime])).toEqual(
      english.cues.slice(0, 3).map((c) => [c.startTime, c.endTime]),
    )
    await dialog.getByRole('radio', { name: 'Side by side, in columns' }).check()
    const [transcript] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Bilingual transcript (HTML)', exact: true }).click(),
    ])
    const reader = await (await browser.newContext()).newPage()
    await reader.setContent(await fs.readFile((await transcript.path())!, 'utf8'))
    expect(await reader.getAttribute('html', 'lang')).toBe('en')
    expect(await reader.locator('td[lang="cy"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(WELSH[0]!)]),
    )
    expect(await reader.locator('td:not([lang])').count()).toBe(0)
    expect(await axeViolations(reader)).toEqual([])
    await reader.close()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'detached' })

    // "Needs translation" shows the other three.
    await page.getByRole('button', { name: 'Needs translation (3)' }).click()
    expect(await gridName(page)).toBe('Captions: 3 of 6 shown')
    expect(await rows(page).count()).toBe(3)
    await page.getByRole('button', { name: 'All (6)' }).click()

    // Split the first (translated) caption: both halves share the translation, which needs checking.
    await rows(page).first().click()
    const text = page.locator('#cue-text')
    await text.focus()
    await text.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(20, 20))
    await page.getByRole('button', { name: /Split at cursor/ }).click()
    expect(await rows(page).count()).toBe(7)
    await page.getByRole('button', { name: 'Needs checking (2)' }).click()
    expect(await gridName(page)).toBe('Captions: 2 of 7 shown')
    expect(await rows(page).first().textContent()).toContain('To check')
    await rows(page).first().click()
    expect(await page.locator('#cue-translation-note').textContent()).toContain('captions 1 to 2')
    await page.getByRole('button', { name: 'Mark as checked' }).waitFor()

    // Undo takes the split back: six captions, nothing to check.
    await page.getByRole('button', { name: /^Undo/ }).click()
    expect(await rows(page).count()).toBe(0)
    await page.getByRole('button', { name: 'All (6)' }).click()
    expect(await rows(page).count()).toBe(6)
    expect(await page.getByRole('button', { name: 'Needs checking (0)' }).count()).toBe(1)

    // A Welsh caption file for the rest, aligned by time: one undo step, and a report naming the line that matched nothing.
    const file = path.join(home, 'sample.cy.vtt')
    await fs.writeFile(file, WELSH_FILE)
    await page.locator('.languages__import input[type="file"]').setInputFiles(file)
    const report = page.getByRole('group', { name: 'What importing sample.cy.vtt did' })
    await report.waitFor()
    expect(await report.textContent()).toContain('3 captions from sample.cy.vtt placed beside the captions.')
    expect(await report.textContent()).toContain('0 captions still have no translation.')
    expect(await report.locator('.languages__unmatched li').textContent()).toMatch(
      /^Line 12 \(00:00:40\.000\): Diolch yn fawr$/,
    )
    expect(await report.locator('[lang="cy"]').count()).toBe(1)
    expect(await page.locator('.languages__list').textContent()).toContain('0 to translate, 0 to check, 6 done')
    expect(await rows(page).nth(5).locator('[lang="cy"]').textContent()).toBe('chi i gyd am ddod')
    expect(await axeViolations(page)).toEqual([])
    await report.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(ARTIFACTS, 'languages-panel-import.png') })
    await page.getByRole('button', { name: 'Undo translation import' }).click()
    expect(await page.locator('.languages__list').textContent()).toContain('3 to translate, 0 to check, 3 done')

    // The problems panel checks the Welsh captions: a long translation of the short last caption is too long, and "Caption 6" goes there.
    await rows(page).nth(5).click()
    await translation.fill(
      'Diolch o galon i chi i gyd am ddod yma heddiw, mae wedi bod yn bleser mawr eich gweld chi i gyd.',
    )
    await page.getByRole('button', { name: /^\d+ problems?$/ }).click()
    await page.getByLabel('Language to check').selectOption('cy')
    const problem = page
      .locator('.problems__list')
      .getByRole('button', { name: /^Caption 6:?$/ })
      .first()
    await problem.waitFor()
    expect(await page.locator('.problems__list button').count()).toBe(
      await page.locator('.problems__list button.link').count(),
    )
    await rows(page).first().click()
    await problem.click()
    expect(await page.locator('#cue-editor-heading').textContent()).toBe('Caption 6')
    await page.getByLabel('Language to check').selectOption('')
    expect(await problem.count()).toBe(0)
  })

  it('keeps the translations over a reload (autosave)', async () => {
    // Saved within a second or so; a reload opens the project with Welsh beside the captions.
    // The three typed in the caption editor, and the long one typed for the problems panel.
    await untilSaved((texts) => texts.length === 4 && WELSH.every((w, i) => texts[i] === w), 'the translations')
    await page.reload()
    await page.getByRole('grid').waitFor()
    expect(await rows(page).first().locator('[lang="cy"]').textContent()).toBe(WELSH[0])
    await rows(page).nth(1).click()
    expect(await page.getByLabel('Welsh (cy)', { exact: true }).inputValue()).toBe(WELSH[1])
  })

  it('reads in Welsh: the panel, the list beside the captions and the caption editor, with axe 0', async () => {
    await page.context().close()
    const cy = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'cy-GB' })).newPage()
    await cy.goto(served!.url)
    await cy.getByRole('grid').waitFor()
    await cy.getByRole('button', { name: 'Ieithoedd', exact: true }).click()
    await cy.getByLabel('Yr iaith i’w hychwanegu').selectOption('ga')
    await cy.getByRole('button', { name: 'Ychwanegu’r iaith' }).click()
    const box = cy.getByLabel('Gwyddeleg (ga)', { exact: true })
    await box.fill('Fáilte roimh chách')
    expect(await box.getAttribute('lang')).toBe('ga')
    expect(await cy.locator('.languages__list').textContent()).toContain(
      '5 i’w cyfieithu, 0 i’w gwirio, 1 wedi’u gwneud',
    )
    expect(await cy.getByRole('button', { name: 'Angen cyfieithu (5)' }).count()).toBe(1)
    expect(await axeViolations(cy)).toEqual([])
    await cy.screenshot({ path: path.join(ARTIFACTS, 'languages-cy.png') })
  })

  it('a project saved with Welsh opens with Welsh beside the captions, and what needs checking still does', async () => {
    served?.stop()
    const parsed = parseProjectFile(await fs.readFile(path.join(root, 'assets/sample/sample.eglur'), 'utf8'))
    if (!parsed.ok) throw new Error('the sample project did not parse')
    const { doc } = parsed.project
    let welsh = addLanguage(doc, 'cy')
    WELSH.forEach((text, i) => (welsh = setTranslation(welsh, 'cy', doc.cues[i]!.id, text)))
    welsh = setTranslationChecked(welsh, 'cy', doc.cues[1]!.id, false)
    const saved = path.join(home, 'saved-welsh.eglur')
    await fs.writeFile(
      saved,
      serializeProject({ ...parsed.project, doc: welsh, media: { relativePath: 'sample.mp4' } }, new Date()),
    )
    served = await serve([saved], { HOME: home, EGLUR_DATA_DIR: path.join(home, '.eglur-data') })
    const opened = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
    await opened.goto(served.url)
    await opened.getByRole('grid').waitFor()
    expect(await rows(opened).first().locator('[lang="cy"]').textContent()).toBe(WELSH[0])
    expect(await opened.getByRole('button', { name: 'Needs checking (1)' }).count()).toBe(1)
    await rows(opened).nth(1).click()
    expect(await opened.getByLabel('Welsh (cy)', { exact: true }).inputValue()).toBe(WELSH[1])
    await opened.getByRole('button', { name: 'Mark as checked' }).click()
    expect(await opened.getByRole('button', { name: 'Needs checking (0)' }).count()).toBe(1)
    await opened.context().close()
  })
})
