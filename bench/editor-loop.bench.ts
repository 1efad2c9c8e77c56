/**
 * The editing loop per caption, in Chromium against the sample project: choose the next caption
 * (Ctrl+Alt+↓), hear it (Ctrl+Shift+Enter plays it and stops at its end), fix a word (type), go on.
 * Baseline in the same run: the caption's own length, the time nobody can save (it must be heard).
 * What is left over is what the tool costs the editor per caption. Needs `npm run build` first.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { launchChromium, serve } from '../tests/e2e/browser'

const root = path.resolve(import.meta.dirname, '..')
/** The sample's captions after the first (the editor opens on the first). */
const CAPTIONS = 5

/** Runs the benchmark and returns its Markdown section. */
export async function run(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-bench-loop-'))
  for (const name of ['sample.eglur', 'sample.mp4'])
    await fs.copyFile(path.join(root, 'assets/sample', name), path.join(dir, name))
  const served = await serve([path.join(dir, 'sample.eglur')])
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(served.url)
    await page.getByRole('grid').waitFor()
    await page.getByRole('textbox', { name: 'Caption text', exact: true }).waitFor()
    const video = page.locator('video')
    await page.locator('video').evaluate((v: HTMLVideoElement) => (v.muted = true))
    const rows: { keys: number; heardMs: number; loopMs: number; seekedTo: number; start: number }[] = []
    for (let i = 0; i < CAPTIONS; i++) {
      const t0 = Date.now()
      await page.keyboard.press('Control+Alt+ArrowDown')
      const seekedTo = await video.evaluate((v: HTMLVideoElement) => v.currentTime)
      const start = Number(
        await page
          .getByRole('textbox', { name: 'Start', exact: true })
          .inputValue()
          .then((s) => s.split(':').reduce((a, p) => a * 60 + Number(p), 0)),
      )
      const end = Number(
        await page
          .getByRole('textbox', { name: 'End', exact: true })
          .inputValue()
          .then((s) => s.split(':').reduce((a, p) => a * 60 + Number(p), 0)),
      )
      await page.keyboard.press('Control+Shift+Enter')
      // Playing stops by itself at the caption's end.
      await page
        .waitForFunction(() => document.querySelector('video')?.paused === false, undefined, { timeout: 5000 })
        .catch(() => undefined)
      await page.waitForFunction(() => document.querySelector('video')?.paused === true, undefined, { timeout: 30_000 })
      await page.getByRole('textbox', { name: 'Caption text', exact: true }).focus()
      await page.keyboard.press('End')
      await page.keyboard.type('!')
      rows.push({ keys: 4, heardMs: (end - start) * 1000, loopMs: Date.now() - t0, seekedTo, start })
    }
    const heard = rows.reduce((a, r) => a + r.heardMs, 0) / rows.length
    const loop = rows.reduce((a, r) => a + r.loopMs, 0) / rows.length
    const seekOk = rows.filter((r) => Math.abs(r.start - 0.3 - r.seekedTo) < 0.05).length
    const table = [
      '| per caption (mean of ' +
        CAPTIONS +
        ') | caption length (baseline: it must be heard) | whole loop: choose, hear, fix one word, go on |',
      '|---|---:|---:|',
      `| seconds | ${(heard / 1000).toFixed(2)} | ${(loop / 1000).toFixed(2)} |`,
      `| keys pressed (besides the fix) | – | 2 (Ctrl+Alt+↓, Ctrl+Shift+Enter) |`,
      `| the video was 0.3 s before the chosen caption at once | – | ${seekOk} of ${rows.length} |`,
    ]
    return `Headless Chromium ${browser.version()}, the sample project at 1280×800; the overhead is the loop minus the caption's length (Playwright's own key delivery included).\n\n${table.join('\n')}`
  } finally {
    await browser.close()
    served.stop()
  }
}
