// Two browser tabs on one `eglur serve` and one project: the second is warned as it opens the project,
// and when both save, the later one stops, says so in an alert a screen reader speaks, and keeps its
// work as a copy without touching the other's.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asCueId, makeDocument } from '../../shared/model'
import { parseProjectFile, projectToJson } from '../../shared/project/project-file'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

let browser: Browser
let served: Served
let project: string

beforeAll(async () => {
  const home = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-two-tabs-')))
  project = path.join(home, 'Panel.eglur')
  const doc = makeDocument(
    Array.from({ length: 6 }, (_, i) => ({
      id: asCueId(`c${i + 1}`),
      startMs: i * 3000,
      endMs: i * 3000 + 2500,
      text: `caption ${i + 1} as the machine heard it`,
    })),
  )
  await fs.writeFile(project, JSON.stringify(projectToJson({ title: 'Panel', doc, glossary: [] }, new Date()), null, 2))
  await fs.mkdir(ARTIFACTS, { recursive: true })
  served = await serve([project], { HOME: home })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

const firstCaptionOnDisk = async (file: string) => {
  const parsed = parseProjectFile(await fs.readFile(file, 'utf8'))
  return parsed.ok ? parsed.project.doc.cues[0]?.text : undefined
}

async function until(check: () => Promise<boolean>, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

async function openTab(): Promise<Page> {
  const context = browser.contexts()[0] ?? (await browser.newContext({ viewport: { width: 1280, height: 800 } }))
  const page = await context.newPage()
  await page.goto(served.url)
  await page.getByRole('grid').waitFor()
  return page
}

async function typeIntoFirstCaption(page: Page, text: string): Promise<void> {
  await page.getByRole('row').first().click()
  await page.locator('#cue-text').fill(text)
}

describe('two tabs on one project', () => {
  it('warns the second tab, stops the later save, and keeps its work as a copy', async () => {
    const tabA = await openTab()
    const tabB = await openTab()
    await tabB
      .getByRole('banner')
      .getByRole('status')
      .filter({ hasText: 'already open in another Eglur window or tab' })
      .waitFor()

    await typeIntoFirstCaption(tabA, 'Croeso from tab A.')
    await until(async () => (await firstCaptionOnDisk(project)) === 'Croeso from tab A.', 'tab A’s edit on disk')

    await typeIntoFirstCaption(tabB, 'Welcome from tab B.')
    const alert = tabB
      .getByRole('alert')
      .filter({ has: tabB.getByRole('heading', { name: 'This project was changed somewhere else' }) })
    await alert.waitFor()
    // Tab A's edit is still the file's; tab B's never replaced it.
    expect(await firstCaptionOnDisk(project)).toBe('Croeso from tab A.')
    await expect(tabB.getByText(/Saving paused/)).toBeTruthy()

    await alert.getByRole('button', { name: 'Compare the two' }).click()
    await alert.getByText('“Croeso from tab A.” became “Welcome from tab B.”').waitFor()
    await tabB.screenshot({ path: path.join(ARTIFACTS, 'conflict-alert.png') })
    const axe = await new AxeBuilder({ page: tabB }).include('.conflict-alert').analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])

    await alert.getByRole('button', { name: 'Keep my version as a copy' }).click()
    const copy = path.join(path.dirname(project), 'Panel (my copy).eglur')
    await tabB.getByRole('banner').getByRole('status').filter({ hasText: 'you are now editing that copy' }).waitFor()
    expect(await firstCaptionOnDisk(copy)).toBe('Welcome from tab B.')
    expect(await firstCaptionOnDisk(project)).toBe('Croeso from tab A.')
    await expect(alert.count()).resolves.toBe(0)

    // Tab B goes on in its copy; tab A's file is left alone.
    await typeIntoFirstCaption(tabB, 'Tab B, later, in the copy.')
    await until(
      async () => (await firstCaptionOnDisk(copy)) === 'Tab B, later, in the copy.',
      'tab B’s later edit in the copy',
    )
    expect(await firstCaptionOnDisk(project)).toBe('Croeso from tab A.')
  })
})
