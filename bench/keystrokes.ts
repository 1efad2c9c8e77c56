/** Typing in a page while recording what each key costs: the measure the in-browser typing benchmarks share. */
import type { Page } from 'playwright-core'

/** What typing cost: per key, event → next frame (ms, from the event's own timestamp); long tasks meanwhile (ms). */
export type TypingCost = { latencies: number[]; longTasks: number[] }

/**
 * Installs, once per page, a recorder of each keydown's event timestamp → the next frame (the frame
 * that paints the key), and of long tasks. Installing again only clears what was recorded.
 */
export async function installTypingRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat?: number[]; __long?: number[] }
    const installed = w.__lat !== undefined
    w.__lat = []
    w.__long = []
    if (installed) return
    window.addEventListener(
      'keydown',
      (event) => requestAnimationFrame(() => w.__lat!.push(performance.now() - event.timeStamp)),
      true,
    )
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long!.push(e.duration))).observe({
      type: 'longtask',
      buffered: false,
    })
  })
}

/**
 * Types `keys` keys (a space every tenth) where the caret is, `gapMs` apart, then waits `settleMs`
 * for work the typing set off (a send, a save) and returns what it cost.
 */
export async function typeAndRecord(
  page: Page,
  keys: number,
  { gapMs, settleMs }: { gapMs: number; settleMs: number },
): Promise<TypingCost> {
  await installTypingRecorder(page)
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(i % 10 === 9 ? 'Space' : 'a')
    await page.waitForTimeout(gapMs)
  }
  await page.waitForTimeout(settleMs)
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number[] }
    return { latencies: w.__lat, longTasks: w.__long }
  })
}

/** The `p` quantile (0–1) of `xs`. */
export const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!
