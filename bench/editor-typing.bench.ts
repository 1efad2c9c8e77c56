/**
 * The editor in Chromium (browser mode) with 10,000 captions: time from opening a file to an
 * interactive list; from a key event to the next frame (p50/p95) in the caption box, with the file
 * opened and with a project on disk saved as the editor types; long tasks (> 50 ms) while typing and
 * while paging through the list. Baseline in the same run: a bare <textarea> page, typed in the same
 * way. Typing runs in rounds (textarea, editor, project on disk, one after the other) and the figures
 * are medians over the rounds: on a shared machine a few busy seconds move one round's p95 by more than
 * the difference being measured. Goal: p95 ≤ the textarea's p95 + 4 ms, and no long tasks.
 * Needs `npm run build` first and Debian's Chromium.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { formatClock } from '../shared/model'
import { launchChromium, serve } from '../tests/e2e/browser'
import { installTypingRecorder, pct, typeAndRecord, type TypingCost } from './keystrokes'

/** Typing rounds, and keys typed per round (a space every tenth), `GAP_MS` apart. */
const ROUNDS = 5
const KEYS = 60
const GAP_MS = 60

/** Types `KEYS` keys into `selector`, waits `settleMs` for work they set off (a send, a save), and returns what they cost. */
async function typeRound(page: Page, selector: string, settleMs: number): Promise<TypingCost> {
  await page.focus(selector)
  return typeAndRecord(page, KEYS, { gapMs: GAP_MS, settleMs })
}

const median = (xs: number[]): number => pct(xs, 0.5)
const longTaskText = (rounds: TypingCost[]): string => {
  const all = rounds.flatMap((r) => r.longTasks)
  return `${all.length}${all.length ? ` (max ${Math.max(...all).toFixed(0)} ms)` : ''}`
}

/** Runs the benchmark and returns its Markdown section. */
export async function run(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-bench-'))
  const vtt = path.join(dir, 'ten-thousand.vtt')
  const cues = Array.from(
    { length: 10_000 },
    (_, i) =>
      `${formatClock(i * 1000)} --> ${formatClock(i * 1000 + 900)}\nCaption number ${i + 1} of the event,\nwith a second line of words`,
  )
  await fs.writeFile(vtt, `WEBVTT\n\n${cues.join('\n\n')}\n`)
  // A 10,000-caption project on disk, saved as the editor types (the desktop app's way of working).
  const project = path.join(dir, 'ten-thousand.eglur')
  const doc = {
    version: 1,
    cues: Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${i + 1}`,
      start: i * 1000,
      end: i * 1000 + 900,
      text: `Caption number ${i + 1} of the event,\nwith a second line of words`,
    })),
    speakers: [],
  }
  await fs.writeFile(
    project,
    JSON.stringify({
      format: 'eglur-project',
      version: 1,
      savedAt: new Date().toISOString(),
      title: 'Ten thousand',
      document: doc,
      glossary: [],
    }),
  )
  const served = await serve()
  const onDisk = await serve([project])
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 950 } })
    const bare = await context.newPage()
    await bare.setContent('<textarea id="t" rows="3" cols="60"></textarea>')
    await installTypingRecorder(bare)

    const page = await context.newPage()
    await page.goto(served.url)
    await page.setInputFiles('#captions-file', vtt)
    const t0 = Date.now()
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    await page.waitForSelector('[role="row"]')
    const openMs = Date.now() - t0
    await installTypingRecorder(page)

    const diskPage = await context.newPage()
    await diskPage.goto(onDisk.url)
    await diskPage.waitForSelector('[role="row"]')
    await diskPage.locator('[role="row"]').first().click()
    await installTypingRecorder(diskPage)

    const rounds = { bare: [] as TypingCost[], editor: [] as TypingCost[], disk: [] as TypingCost[] }
    for (let round = 0; round < ROUNDS; round++) {
      await bare.bringToFront()
      rounds.bare.push(await typeRound(bare, '#t', 300))
      await page.bringToFront()
      rounds.editor.push(await typeRound(page, '#cue-text', 300))
      await diskPage.bringToFront()
      // Long enough after the last key for the last send and save to run in the page.
      rounds.disk.push(await typeRound(diskPage, '#cue-text', 1500))
    }

    await page.bringToFront()
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] }
      w.__long = []
    })
    await page.focus('[role="grid"]')
    for (let i = 0; i < 40; i++) await page.keyboard.press('PageDown')
    await page.keyboard.press('End')
    await page.waitForTimeout(300)
    const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long)

    const p = (costs: TypingCost[], q: number) => median(costs.map((c) => pct(c.latencies, q))).toFixed(1)
    // Paired round by round: each round's p95 over the textarea's in the same round.
    const over = (costs: TypingCost[]) =>
      median(costs.map((c, i) => pct(c.latencies, 0.95) - pct(rounds.bare[i]!.latencies, 0.95))).toFixed(1)
    const rows = [
      '| measurement | bare textarea (baseline) | Eglur editor, 10,000 cues, file opened | project on disk, 10,000 cues, saved while typing |',
      '|---|---:|---:|---:|',
      `| key event → next frame, p50 ms (median of rounds) | ${p(rounds.bare, 0.5)} | ${p(rounds.editor, 0.5)} | ${p(rounds.disk, 0.5)} |`,
      `| key event → next frame, p95 ms (median of rounds) | ${p(rounds.bare, 0.95)} | ${p(rounds.editor, 0.95)} | ${p(rounds.disk, 0.95)} |`,
      `| p95 over the textarea's in the same round, ms (median; goal ≤ 4) | – | ${over(rounds.editor)} | ${over(rounds.disk)} |`,
      `| p95 of each round, ms | ${rounds.bare.map((c) => pct(c.latencies, 0.95).toFixed(1)).join(', ')} | ${rounds.editor.map((c) => pct(c.latencies, 0.95).toFixed(1)).join(', ')} | ${rounds.disk.map((c) => pct(c.latencies, 0.95).toFixed(1)).join(', ')} |`,
      `| long tasks (> 50 ms) while typing, all rounds (goal 0) | ${longTaskText(rounds.bare)} | ${longTaskText(rounds.editor)} | ${longTaskText(rounds.disk)} |`,
      `| open 10,000-cue file → list shown, ms | – | ${openMs} | – |`,
      `| long tasks (> 50 ms) while paging through the list | – | ${longTasks.length}${longTasks.length ? ` (max ${Math.max(...longTasks).toFixed(0)} ms)` : ''} | – |`,
    ]
    return `Headless Chromium ${browser.version()}; ${ROUNDS} rounds of ${KEYS} keys ${GAP_MS} ms apart in each page; a key's latency runs from its keydown event's timestamp to the next requestAnimationFrame (the frame that paints the change), so a bare page waits up to one 16.7 ms frame too.\n\n${rows.join('\n')}`
  } finally {
    await browser.close()
    served.stop()
    onDisk.stop()
  }
}
