// The version history in browser mode with a project on disk: an edit, a replace all, then the Versions
// panel (by keyboard) previews and restores the version kept before the replace all, and undo takes
// the restore back. The version must hold the edit made just before the replace all and none of it.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asCueId, makeDocument } from '../../shared/model'
import { parseProjectFile, serializeProject } from '../../shared/project/project-file'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

let home: string
let project: string
let browser: Browser
let served: Served | undefined

beforeAll(async () => {
  home = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-versions-home-')))
  project = path.join(home, 'Network meeting.eglur')
  const texts = ['Welcome to the network meeting.', 'The network has grown this year.', 'Thank you all for coming.']
  const doc = makeDocument(
    texts.map((text, i) => ({ id: asCueId(`c${i + 1}`), startMs: i * 3000, endMs: i * 3000 + 2500, text })),
  )
  await fs.writeFile(project, serializeProject({ title: 'Network meeting', doc, glossary: [] }, new Date()))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

const savedTexts = async () => {
  const parsed = parseProjectFile(await fs.readFile(project, 'utf8'))
  return parsed.ok ? parsed.project.doc.cues.map((c) => c.text) : []
}
async function untilSaved(check: (texts: string[]) => boolean, what: string): Promise<void> {
  const started = Date.now()
  while (!check(await savedTexts().catch(() => []))) {
    if (Date.now() - started > 15_000) throw new Error(`${what} never reached the project file`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
const gridTexts = (page: Page) => page.locator('[role="row"]').allTextContents()

describe('version history', () => {
  it('restores the version kept before a replace all, by keyboard, and undo takes the restore back', async () => {
    served = await serve([project], { HOME: home, EGLUR_DATA_DIR: path.join(home, '.eglur-data') })
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 950 } })).newPage()
    await page.goto(served.url)
    await page.waitForSelector('[role="grid"]')

    // An edit, then at once a replace all: the version kept before it must hold the edit.
    await page.locator('[role="row"]').first().click()
    await page.locator('#cue-text').fill('Croeso to the network meeting.')
    await page.getByRole('button', { name: 'Find and replace', exact: true }).click()
    await page.locator('#find-text').fill('network')
    await page.locator('#replace-text').fill('rhwydwaith')
    await page.getByRole('button', { name: 'Replace all (2)' }).click()
    await untilSaved(
      (t) => t[0] === 'Croeso to the rhwydwaith meeting.' && t[1] === 'The rhwydwaith has grown this year.',
      'the replace all',
    )

    // Versions, by keyboard.
    const tab = page.getByRole('button', { name: 'Versions', exact: true })
    await tab.focus()
    await page.keyboard.press('Enter')
    const previewButton = page.getByRole('button', {
      name: /^Preview the version from .* \(Before replace all \(network → rhwydwaith\)\)$/,
    })
    await previewButton.waitFor()
    await previewButton.focus()
    await page.keyboard.press('Enter')
    const heading = page.getByRole('heading', { name: /^Version from .*: Before replace all/ })
    await heading.waitFor()
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true)
    const preview = page.locator('.versions__preview')
    expect(await preview.textContent()).toContain('2 captions reworded')
    expect(await preview.textContent()).toContain(
      '“Croeso to the rhwydwaith meeting.” becomes “Croeso to the network meeting.”',
    )
    await fs.mkdir(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: path.join(ARTIFACTS, 'versions-preview.png') })
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Restore this version')
    await page.keyboard.press('Enter')

    await page
      .getByTestId('announcer')
      .getByText(/restored\. Undo brings back your work as it was\./)
      .waitFor()
    expect((await gridTexts(page)).join('\n')).toContain('Croeso to the network meeting.')
    await untilSaved(
      (t) => t[0] === 'Croeso to the network meeting.' && t[1] === 'The network has grown this year.',
      'the restore',
    )
    // Restoring kept the work as it was first, so the restore can be undone on disk too.
    await page.getByText('Before restoring a version').waitFor()

    await page.getByRole('button', { name: 'Undo restore version' }).click()
    expect((await gridTexts(page)).join('\n')).toContain('Croeso to the rhwydwaith meeting.')
    await untilSaved((t) => t[0] === 'Croeso to the rhwydwaith meeting.', 'the undo')
  })
})
