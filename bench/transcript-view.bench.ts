/**
 * The transcript view with 10,000 captions: building the transcript (the export's builder) from
 * scratch and again after one edit with the view's cache; in Chromium, F4 → transcript shown, and a
 * keystroke in a paragraph → the next painted frame (p50/p95), long tasks while typing. Baseline in
 * the same run: a keystroke in a bare contenteditable page.
 * Goals: rebuild after an edit < 5 ms; keystroke → paint p95 < 16 ms; no long tasks while typing.
 * Needs `npm run build` first and Debian's Chromium.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { asCueId, makeDocument, type Cue, type Speaker } from '../shared/model'
import { buildTranscript, type TranscriptCache } from '../shared/transcript/builder'
import { launchChromium, serve } from '../tests/e2e/browser'
import { measure } from './harness'
import { pct, typeAndRecord } from './keystrokes'

const CUES = 10_000
/** Caption i: half a sentence, so sentences cross captions; a new speaker every 25 captions. */
const textOf = (i: number) =>
  i % 2 === 0 ? `Caption number ${i + 1} of the event starts` : `a sentence that ends here.`

/** Puts the caret inside the paragraph holding `text`. */
async function caretIn(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([sel, t]) => {
      const p = [...document.querySelectorAll(sel!)].find((x) => x.textContent!.includes(t!))!
      p.scrollIntoView({ block: 'center' })
      ;(p.closest('[contenteditable="true"]') as HTMLElement).focus()
      const node = p.firstChild!
      const range = document.createRange()
      range.setStart(node, node.textContent!.indexOf(t!) + t!.length)
      range.collapse(true)
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
    },
    [selector, text],
  )
}

const longTasks = (xs: number[]) => `${xs.length}${xs.length ? ` (max ${Math.max(...xs).toFixed(0)} ms)` : ''}`

function builderRows(): string[] {
  // No speakers named: one turn of 10,000 captions (the view's cache works paragraph by paragraph).
  const speakers: Speaker[] = []
  const cues: Cue[] = Array.from({ length: CUES }, (_, i) => ({
    id: asCueId(`c${i + 1}`),
    startMs: i * 1000,
    endMs: i * 1000 + 900,
    text: textOf(i),
  }))
  const doc = makeDocument(cues, speakers)
  const full = measure('build from scratch', () => buildTranscript(doc))
  const cache: TranscriptCache = new Map()
  buildTranscript(doc, {}, cache)
  let n = 0
  const edited = measure(
    'rebuild after one edit, with the cache',
    () => {
      const i = 5000 + (n++ % 50)
      const next = makeDocument(
        doc.cues.map((c, k) => (k === i ? { ...c, text: `${c.text} x${n}` } : c)),
        speakers,
      )
      return buildTranscript(next, {}, cache)
    },
    31,
  )
  return [
    `| build the transcript of 10,000 captions from scratch (the export), median ms | ${full.medianMs.toFixed(1)} |`,
    `| the same after one caption changed, with the view's cache (includes copying the cue array), median ms | ${edited.medianMs.toFixed(1)} |`,
  ]
}

/** Runs the benchmark and returns its Markdown section. */
export async function run(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-bench-'))
  // A project on disk, saved as the editor types (in both views alike). No speakers named yet, as after
  // importing automated captions: the whole event is one speaker's turn, the hardest case for the view.
  const project = path.join(dir, 'ten-thousand.eglur')
  const cues = Array.from({ length: CUES }, (_, i) => ({
    id: `c${i + 1}`,
    start: i * 1000,
    end: i * 1000 + 900,
    text: textOf(i),
  }))
  await fs.writeFile(
    project,
    JSON.stringify({
      format: 'eglur-project',
      version: 1,
      savedAt: new Date().toISOString(),
      title: 'Ten thousand',
      document: { version: 1, cues, speakers: [] },
      glossary: [],
    }),
  )
  const served = await serve([project])
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 950 } })
    const bare = await context.newPage()
    await bare.setContent(
      '<div contenteditable="true"><p id="p">Caption number 5001 of the event starts a sentence that ends here.</p></div>',
    )
    await caretIn(bare, '#p', 'Caption number 5001')
    const baseline = await typeAndRecord(bare, 100, { gapMs: 30, settleMs: 300 })

    const page = await context.newPage()
    await page.goto(served.url)
    await page.waitForSelector('[role="row"]')
    await page.locator('[role="row"]').first().click()
    await page.focus('#cue-text')
    const captionBox = await typeAndRecord(page, 100, { gapMs: 30, settleMs: 300 })
    await page.focus('[role="grid"]')
    const t0 = Date.now()
    await page.keyboard.press('F4')
    await page.waitForSelector('.transcript-view__paragraph')
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    const showMs = Date.now() - t0
    await page.waitForFunction(
      (last) =>
        [...document.querySelectorAll('.transcript-view__paragraph')].some((p) => p.textContent!.includes(last)),
      `Caption number ${CUES - 1} `,
    )
    const allMs = Date.now() - t0
    const paragraphs = await page.locator('.transcript-view__paragraph').count()
    await caretIn(page, '.transcript-view__paragraph', 'Caption number 5001')
    const typing = await typeAndRecord(page, 100, { gapMs: 30, settleMs: 300 })
    const typed = await page.locator('.transcript-view__paragraph', { hasText: 'Caption number 5001aaaa' }).count()
    if (typed !== 1) throw new Error('the typing did not reach the transcript')
    const rows = [
      '| measurement | bare contenteditable (baseline) | caption box, same project | transcript view, 10,000 captions |',
      '|---|---:|---:|---:|',
      `| keystroke → next frame, p50 ms | ${pct(baseline.latencies, 0.5).toFixed(1)} | ${pct(captionBox.latencies, 0.5).toFixed(1)} | ${pct(typing.latencies, 0.5).toFixed(1)} |`,
      `| keystroke → next frame, p95 ms | ${pct(baseline.latencies, 0.95).toFixed(1)} | ${pct(captionBox.latencies, 0.95).toFixed(1)} | ${pct(typing.latencies, 0.95).toFixed(1)} |`,
      `| long tasks (> 50 ms) while typing 100 keys | ${baseline.longTasks.length} | ${longTasks(captionBox.longTasks)} | ${longTasks(typing.longTasks)} |`,
      `| F4 → transcript shown (its first screens), ms | – | – | ${showMs} |`,
      `| F4 → all ${paragraphs} paragraphs drawn, ms | – | – | ${allMs} |`,
    ]
    return `Headless Chromium ${browser.version()}; keydown (its timestamp) → the next requestAnimationFrame.\n\n| builder (Node) | ms |\n|---|---:|\n${builderRows().join('\n')}\n\n${rows.join('\n')}`
  } finally {
    await browser.close()
    served.stop()
  }
}
