// The HTML transcript as a reader sees it: rendered in Chromium, checked with axe, kept as a screenshot.
import { execFile } from 'node:child_process'
import { promises as fs, readFileSync } from 'node:fs'
import os from 'node:os'
import { promisify } from 'node:util'
import { renderDocx } from '../../shared/transcript/render-docx'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { parseCaptionJson } from '../../shared/formats/json'
import { buildTranscript } from '../../shared/transcript/builder'
import { renderHtml } from '../../shared/transcript/render-html'
import { ARTIFACTS, launchChromium } from './browser'

describe('HTML transcript in a browser', () => {
  it('has one h1, section headings, a language, no axe violations, and looks like a published document', async () => {
    const doc = parseCaptionJson(
      readFileSync(path.resolve(import.meta.dirname, '../fixtures/transcript/event.json'), 'utf8'),
    ).doc
    const html = renderHtml(
      buildTranscript(doc, {
        title: 'Exploring an English Co-Production Network',
        introduction: 'A written version of what is shown and said in the event video.',
      }),
    )
    const browser = await launchChromium()
    try {
      const page = await (await browser.newContext({ viewport: { width: 900, height: 1300 } })).newPage()
      await page.setContent(html)
      expect(await page.locator('h1').count()).toBe(1)
      expect(await page.locator('h2').allTextContents()).toEqual(['Introduction', 'Closing reflections'])
      expect(await page.getAttribute('html', 'lang')).toBe('en-GB')
      expect(await page.locator('.speaker .name').allTextContents()).toEqual([
        'Morwenna Foden',
        'Beth Perry',
        'Niccola Hutchinson-Pascal',
        'Kate',
      ])
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
      expect(axe.violations.map((v) => v.id)).toEqual([])
      await page.screenshot({ path: path.join(ARTIFACTS, 'transcript-html.png'), fullPage: true })
    } finally {
      await browser.close()
    }
  })

  it('the Word file opens in LibreOffice and is kept as a picture of its first page', async () => {
    const doc = parseCaptionJson(
      readFileSync(path.resolve(import.meta.dirname, '../fixtures/transcript/event.json'), 'utf8'),
    ).doc
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-docx-'))
    const docx = path.join(dir, 'transcript.docx')
    await fs.writeFile(
      docx,
      await renderDocx(buildTranscript(doc, { title: 'Exploring an English Co-Production Network' })),
    )
    const run = promisify(execFile)
    await run(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx],
      { timeout: 120_000 },
    )
    const { stdout } = await run('pdftotext', [path.join(dir, 'transcript.pdf'), '-'])
    expect(stdout).toContain('Beth Perry, University of Sheffield | Realising Just Cities:')
    expect(stdout.indexOf('Introduction')).toBeLessThan(stdout.indexOf('Closing reflections'))
    await run('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      path.join(dir, 'transcript.pdf'),
      path.join(ARTIFACTS, 'transcript-docx'),
    ])
  })
})
