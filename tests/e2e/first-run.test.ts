// A new user's first start: the welcome explains the three jobs and opens the bundled sample project,
// whose automated captions carry the usual errors; it is not shown again.
import type { Browser } from 'playwright-core'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'
import path from 'node:path'

let served: Served
let browser: Browser

beforeAll(async () => {
  served = await serve([], {}, 0, { firstRun: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

describe('the first start', () => {
  it('welcomes a new user, then opens the sample project', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    await page.goto(served.url)
    const welcome = page.getByRole('dialog')
    await welcome.waitFor()
    expect(await welcome.textContent()).toMatch(/transcript/i)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(results.violations.map((v) => v.id)).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'first-run-welcome.png') })
    await welcome.getByRole('button', { name: /sample/i }).click()
    await page.waitForSelector('[role="grid"] [role="row"]')
    // The sample's automated captions have the errors a new user is meant to fix.
    const text = (await page.locator('[role="grid"]').textContent()) ?? ''
    expect(text.toLowerCase()).toContain('co production')
    await expect.poll(async () => (await served.settings()).welcomeSeen).toBe(true)
  })

  it('does not welcome them again', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(served.url)
    await page.getByRole('heading', { level: 1, name: 'Eglur' }).waitFor()
    await page.waitForTimeout(300)
    expect(await page.getByRole('dialog').count()).toBe(0)
  })
})
