/**
 * The editor in Chromium (browser mode) with a 10,000-cue file: time from opening to an interactive
 * list, from a keystroke in the caption box to the next painted frame (p50/p95), and long tasks
 * (> 50 ms) while scrolling the list. Baseline in the same run: a keystroke in a bare <textarea> page.
 * Goals: keystroke → paint p95 < 16 ms; no long tasks while scrolling.
 * Needs `npm run build` first and Debian's Chromium.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { formatClock } from '../shared/model'
import { launchChromium, serve } from '../tests/e2e/browser'
import { pct, typeAndRecord, type TypingCost } from './keystrokes'

/** Installs a recorder: for each keydown, the time until the next frame starts (after React has handled the key). */
async function keystrokeLatencies(page: Page, selector: string, keys: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] }
    w.__lat = []
    window.addEventListener('keydown', () => {
      const t0 = performance.now()
      requestAnimationFrame(() => w.__lat.push(performance.now() - t0))
    }, true)
  })
  await page.focus(selector)
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(i % 10 === 9 ? 'Space' : 'a')
    await page.waitForTimeout(30)
  }
  await page.waitForTimeout(200)
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)
}


/** Runs the benchmark and returns its Markdown section. */
export async function run(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-bench-'))
  const vtt = path.join(dir, 'ten-thousand.vtt')
  const cues = Array.from({ length: 10_000 }, (_, i) => `${formatClock(i * 1000)} --> ${formatClock(i * 1000 + 900)}\nCaption number ${i + 1} of the event,\nwith a second line of words`)
  await fs.writeFile(vtt, `WEBVTT\n\n${cues.join('\n\n')}\n`)
  const served = await serve()
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 950 } })
    const bare = await context.newPage()
    await bare.setContent('<textarea id="t" rows="3" cols="60"></textarea>')
    const baseline = await keystrokeLatencies(bare, '#t', 100)

    const page = await context.newPage()
    await page.goto(served.url)
    await page.setInputFiles('#captions-file', vtt)
    const t0 = Date.now()
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    await page.waitForSelector('[role="row"]')
    const openMs = Date.now() - t0
    const editor = await keystrokeLatencies(page, '#cue-text', 100)

    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] }
      w.__long = []
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false })
    })
    await page.focus('[role="grid"]')
    for (let i = 0; i < 40; i++) await page.keyboard.press('PageDown')
    await page.keyboard.press('End')
    await page.waitForTimeout(300)
    const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long)
    // A 10,000-caption project on disk, saved as the editor types (the desktop app's way of working).
    const project = path.join(dir, 'ten-thousand.eglur')
    const doc = { version: 1, cues: Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i + 1}`, start: i * 1000, end: i * 1000 + 900, text: `Caption number ${i + 1} of the event,\nwith a second line of words` })), speakers: [] }
    await fs.writeFile(project, JSON.stringify({ format: 'eglur-project', version: 1, savedAt: new Date().toISOString(), title: 'Ten thousand', document: doc, glossary: [] }))
    const onDisk = await serve([project])
    let disk: TypingCost
    try {
      const diskPage = await context.newPage()
      await diskPage.goto(onDisk.url)
      await diskPage.waitForSelector('[role="row"]')
      await diskPage.locator('[role="row"]').first().click()
      // Long enough after the last key for the last send and save to run in the page.
      await diskPage.focus('#cue-text')
      disk = await typeAndRecord(diskPage, 60, { gapMs: 60, settleMs: 1500 })
    } finally {
      onDisk.stop()
    }
    const rows = [
      '| measurement | bare textarea (baseline) | Eglur editor, 10,000 cues |',
      '|---|---:|---:|',
      `| keystroke → next frame, p50 ms | ${pct(baseline, 0.5).toFixed(1)} | ${pct(editor, 0.5).toFixed(1)} |`,
      `| keystroke → next frame, p95 ms | ${pct(baseline, 0.95).toFixed(1)} | ${pct(editor, 0.95).toFixed(1)} |`,
      `| open 10,000-cue file → list shown, ms | – | ${openMs} |`,
      `| long tasks (> 50 ms) while paging through the list | – | ${longTasks.length}${longTasks.length ? ` (max ${Math.max(...longTasks).toFixed(0)} ms)` : ''} |`,
      `| project on disk, 10,000 cues: key event → next frame, p95 ms (from the event's timestamp) | – | ${pct(disk.latencies, 0.95).toFixed(1)} |`,
      `| project on disk, 10,000 cues: long tasks (> 50 ms) while typing 60 keys and saving | – | ${disk.longTasks.length}${disk.longTasks.length ? ` (max ${Math.max(...disk.longTasks).toFixed(0)} ms)` : ''} |`,
    ]
    return `Headless Chromium ${browser.version()}; keydown → the next requestAnimationFrame (the frame that paints the change); a bare page waits up to one 16.7 ms frame too.\n\n${rows.join('\n')}`
  } finally {
    await browser.close()
    served.stop()
  }
}
