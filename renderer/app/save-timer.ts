/**
 * When the autosave runs. A save is a few milliseconds of work on the page (a send to main, or a
 * write to local storage); run from a plain timer it can land between a keystroke and the frame
 * that shows it. So a due save waits for the page to be idle (bounded by IDLE_TIMEOUT_MS), and a
 * flush (closing, hiding, leaving) runs it at once, whatever stage it is in.
 */

/** The longest a due save waits for an idle moment. */
export const IDLE_TIMEOUT_MS = 200

/** Runs `callback` when the page is next idle; returns a cancel function. */
export type IdleScheduler = (callback: () => void) => () => void

/** The browser's idle callback; without one, just after the next frame (or a timer outside a page). */
export const whenIdle: IdleScheduler = (callback) => {
  if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => callback(), { timeout: IDLE_TIMEOUT_MS })
    return () => window.cancelIdleCallback(handle)
  }
  if (typeof window !== 'undefined' && typeof window.requestAnimationFrame === 'function') {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = window.requestAnimationFrame(() => (timer = setTimeout(callback, 0)))
    return () => (window.cancelAnimationFrame(frame), timer !== undefined && clearTimeout(timer))
  }
  const timer = setTimeout(callback, 0)
  return () => clearTimeout(timer)
}

/**
 * `delayMs` after the first change (a throttle: fast typing still saves); with `maxWaitMs`, after the
 * changes pause for `delayMs` instead (a debounce), but never later than `maxWaitMs` after the first.
 */
export type SaveTimerOptions = Readonly<{
  delayMs: number
  maxWaitMs?: number
  idle?: IdleScheduler
  now?: () => number
}>

/** A pending save: `schedule` after each change, `flush` to save now if one is pending, `cancel` to drop it. */
export type SaveTimer = Readonly<{
  /** A change was made; `delayMs` overrides the usual wait (0: save as soon as the page is idle). */
  schedule: (delayMs?: number) => void
  /** Runs the pending save now (no-op when nothing is pending). */
  flush: () => void
  /** Drops the pending save. */
  cancel: () => void
  /** True while a save is due. */
  pending: () => boolean
}>

/** A save timer that calls `run` (see SaveTimerOptions for when). */
export function createSaveTimer(run: () => void, options: SaveTimerOptions): SaveTimer {
  const idle = options.idle ?? whenIdle
  const now = options.now ?? Date.now
  let timer: ReturnType<typeof setTimeout> | undefined
  let cancelIdle: (() => void) | undefined
  let firstChangeAt: number | undefined
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer)
    cancelIdle?.()
    timer = undefined
    cancelIdle = undefined
    firstChangeAt = undefined
  }
  const fire = () => {
    cancel()
    run()
  }
  const due = () => {
    timer = undefined
    let ran = false
    const cancelThis = idle(() => ((ran = true), fire()))
    // A scheduler may call back at once: then nothing is left waiting.
    if (!ran) cancelIdle = cancelThis
  }
  const start = (ms: number) => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(due, Math.max(0, ms))
  }
  return {
    schedule(delayMs) {
      // Already waiting for an idle moment: that save reads the work as it is then.
      if (cancelIdle) return
      if (delayMs !== undefined) return start(delayMs)
      const at = now()
      firstChangeAt ??= at
      if (options.maxWaitMs === undefined) {
        if (timer === undefined) start(options.delayMs)
        return
      }
      start(Math.min(options.delayMs, firstChangeAt + options.maxWaitMs - at))
    },
    flush() {
      if (timer !== undefined || cancelIdle) fire()
    },
    cancel,
    pending: () => timer !== undefined || cancelIdle !== undefined,
  }
}
