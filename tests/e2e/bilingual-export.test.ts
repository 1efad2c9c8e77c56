// A project in English and Welsh, exported through the Export dialog in browser mode: the captions in
// each language (same cue times, zero W3C errors) and the bilingual transcript (lang on every block,
// language column headers, no axe violations).
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import JSZip from 'jszip'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCaptionJson } from '../../shared/formats/json'
import { buildBilingualTranscript } from '../../shared/transcript/bilingual'
import { renderBilingualHtml } from '../../shared/transcript/render-bilingual'
import { w3cParse } from '../helpers/webvtt-oracle'
import { ARTIFACTS, downloadTexts, launchChromium, serve, type Served } from './browser'

const root = path.resolve(import.meta.dirname, '../..')
let served: Served
let browser: Browser
let page: Page

beforeAll(async () => {
  const home = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-bilingual-')))
  // A copy beside its video: the open project is saved as it is edited, and the fixture must stay as it is.
  const project = JSON.parse(await fs.readFile(path.join(root, 'tests/fixtures/bilingual/sample-cy.eglur'), 'utf8'))
  project.media = { relativePath: 'sample.mp4' }
  project.title = 'event'
  await fs.writeFile(path.join(home, 'event.eglur'), JSON.stringify(project, null, 2))
  await fs.copyFile(path.join(root, 'assets/sample/sample.mp4'), path.join(home, 'sample.mp4'))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  served = await serve([path.join(home, 'event.eglur')], { HOME: home, EGLUR_DATA_DIR: path.join(home, '.eglur-data') })
  browser = await launchChromium()
  page = await (await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 950 } })).newPage()
  await page.goto(served.url)
  await page.waitForSelector('[role="grid"]')
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

describe('export of a project in English and Welsh', () => {
  it('downloads the captions in each language with the same times, and the bilingual transcript with lang on every block', async () => {
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByRole('heading', { name: 'Languages' }).waitFor()

    const downloads = await downloadTexts(page, 2, () =>
      dialog.getByRole('button', { name: 'Captions in each language (WebVTT)', exact: true }).click(),
    )

    const byName = Object.fromEntries(downloads.map((d) => [d.name, d.text]))
    expect(Object.keys(byName).sort()).toEqual(['event.cy.vtt', 'event.en-GB.vtt'])
    const [en, cy] = [w3cParse(byName['event.en-GB.vtt']!), w3cParse(byName['event.cy.vtt']!)]
    expect(en.errors).toEqual([])
    expect(cy.errors).toEqual([])
    const times = (r: typeof en) => r.cues.map((c) => [c.startTime, c.endTime])
    expect(times(cy)).toEqual(times(en))
    expect(cy.cues).toHaveLength(7)
    expect(cy.cues[1]!.text).toContain('Croeso, bawb')
    expect(byName['event.cy.vtt']).toMatch(/^WEBVTT Language: cy\n/)

    await dialog.getByRole('radio', { name: 'Side by side, in columns' }).check()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Bilingual transcript (HTML)', exact: true }).click(),
    ])
    const html = await fs.readFile((await file.path())!, 'utf8')
    expect(file.suggestedFilename()).toBe('event-transcript.en-GB-cy.html')
    await dialog.screenshot({ path: path.join(ARTIFACTS, 'export-languages.png') })
    const axeDialog = await new AxeBuilder({ page })
      .include('.export-dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(axeDialog.violations.map((v) => v.id)).toEqual([])

    const reader = await (await browser.newContext({ viewport: { width: 1100, height: 1300 } })).newPage()
    await reader.setContent(html)
    expect(await reader.getAttribute('html', 'lang')).toBe('en-GB')
    expect(
      await reader
        .locator('thead th')
        .first()
        .evaluate((th) => [...th.parentElement!.children].map((c) => [c.getAttribute('lang'), c.textContent])),
    ).toEqual([
      ['en-GB', 'English (UK)'],
      ['cy', 'Cymraeg'],
    ])
    const cells = reader.locator('td[lang="cy"]')
    expect(await cells.count()).toBeGreaterThan(0)
    expect(await reader.locator('td:not([lang])').count()).toBe(0)
    expect(await reader.locator('td[lang="cy"] .role').first().textContent()).toBe(
      ', Cadeirydd, Rhwydwaith Cyd-gynhyrchu Cymru',
    )
    expect(await reader.locator('h2 [lang="cy"]').allTextContents()).toEqual(['Croeso'])
    const axe = await new AxeBuilder({ page: reader }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    await reader.screenshot({ path: path.join(ARTIFACTS, 'transcript-bilingual.png'), fullPage: true })
  })

  it('makes the bilingual Word transcript in the page, one language after the other, each run in its language', async () => {
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByRole('radio', { name: 'One language after the other' }).check()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Bilingual transcript (Word)', exact: true }).click(),
    ])
    expect(file.suggestedFilename()).toBe('event-transcript.en-GB-cy.docx')
    const xml = await (
      await JSZip.loadAsync(await fs.readFile((await file.path())!))
    )
      .file('word/document.xml')!
      .async('string')
    expect(xml).not.toContain('<w:tbl>')
    expect(xml).toContain('<w:lang w:val="cy"/>')
    expect(xml.indexOf('Welcome, everyone')).toBeLessThan(xml.indexOf('Croeso, bawb'))
  })

  it('lays the languages out in blocks with no axe violations, Welsh first', async () => {
    const doc = parseCaptionJson(
      await fs.readFile(path.join(root, 'tests/fixtures/bilingual/sample-cy.eglur'), 'utf8'),
    ).doc
    const html = renderBilingualHtml(
      buildBilingualTranscript(doc, ['cy', 'en-GB'], {
        title: 'Digwyddiad y rhwydwaith',
        layout: 'blocks',
        timestamps: true,
      }),
    )
    const reader = await (await browser.newContext({ viewport: { width: 1100, height: 1300 } })).newPage()
    await reader.setContent(html)
    expect(await reader.getAttribute('html', 'lang')).toBe('cy')
    expect(
      await reader.locator('.language-block').evaluateAll((blocks) => blocks.map((b) => b.getAttribute('lang'))),
    ).toEqual(['cy', 'en-GB', 'cy', 'en-GB'])
    const axe = await new AxeBuilder({ page: reader }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    await reader.screenshot({ path: path.join(ARTIFACTS, 'transcript-bilingual-blocks.png'), fullPage: true })
  })
})
