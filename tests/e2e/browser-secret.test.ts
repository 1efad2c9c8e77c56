// Browser mode's secret in a real Chromium: handed over by the private launch file, gone from the
// address bar, never a cookie, kept for reloads of the tab only, and sent to no other local port.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeLaunchFile } from '../../electron/host/launch-file'
import { launchChromium, serve, type Served } from './browser'

let served: Served
let browser: Browser

beforeAll(async () => {
  served = await serve()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  served?.stop()
})

const secretOf = (url: string) => /[#?&](?:key|token)=([\w-]+)/.exec(url)?.[1] ?? 'no secret in the address'

describe("browser mode's secret", () => {
  it('reaches the page through the launch file, leaves the address bar, and works after a reload', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const apiStatuses: number[] = []
    page.on('response', (r) => r.url().endsWith('/api/getLaunchInfo') && apiStatuses.push(r.status()))
    const launch = writeLaunchFile(served.url)
    try {
      await page.goto(launch.fileUrl)
      await page.waitForURL((u) => u.protocol === 'http:')
      await page.getByRole('heading', { level: 1, name: 'Eglur' }).waitFor()
    } finally {
      launch.remove()
    }
    expect(page.url()).toBe(`${new URL(served.url).origin}/`)
    expect(await page.getByText('opened without Eglur’s private link').count()).toBe(0)
    expect(await page.evaluate(() => location.href)).not.toContain(secretOf(served.url))
    expect(await context.cookies()).toEqual([])
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Eglur' }).waitFor()
    await expect.poll(() => apiStatuses).toEqual([200, 200])
    await context.close()
  })

  // Bug: the secret was a cookie, and cookies ignore ports: a page served on another local port received it.
  it('is sent to no other server on 127.0.0.1', async () => {
    const seen: http.IncomingHttpHeaders[] = []
    const other = http.createServer((req, res) => {
      seen.push(req.headers)
      res.end('<!doctype html><title>other</title>')
    })
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    try {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(served.url)
      await page.getByRole('heading', { level: 1, name: 'Eglur' }).waitFor()
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`)
      expect(seen.length).toBeGreaterThan(0)
      expect(JSON.stringify(seen)).not.toContain(secretOf(served.url))
      // The other port is another origin: it cannot read the tab's stored secret either.
      expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(secretOf(served.url))
      await context.close()
    } finally {
      other.close()
    }
  })

  it('without the link, the page still opens but the helper answers nothing', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const statuses: number[] = []
    page.on('response', (r) => r.url().endsWith('/api/getLaunchInfo') && statuses.push(r.status()))
    await page.goto(new URL(served.url).origin)
    await page.getByRole('heading', { level: 1, name: 'Eglur' }).waitFor()
    await expect.poll(() => statuses).toEqual([403])
    // It says so in plain words, rather than that the helper has stopped.
    expect(await page.getByRole('alert').filter({ hasText: 'opened without Eglur’s private link' }).count()).toBe(1)
    await context.close()
  })
})
