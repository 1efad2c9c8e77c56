import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSaveTimer, type IdleScheduler } from '../../../renderer/app/save-timer'

/** An idle scheduler the test runs by hand: `idleNow()` is the page's next idle moment. */
function manualIdle() {
  const waiting = new Set<() => void>()
  const idle: IdleScheduler = (callback) => {
    waiting.add(callback)
    return () => waiting.delete(callback)
  }
  return { idle, idleNow: () => [...waiting].forEach((c) => (waiting.delete(c), c())), waiting: () => waiting.size }
}

describe('save timer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('throttles: one save the delay after the first change, at the next idle moment', () => {
    const run = vi.fn()
    const { idle, idleNow, waiting } = manualIdle()
    const timer = createSaveTimer(run, { delayMs: 300, idle })
    timer.schedule()
    vi.advanceTimersByTime(200)
    timer.schedule()
    vi.advanceTimersByTime(100)
    expect(waiting()).toBe(1)
    expect(run).not.toHaveBeenCalled()
    timer.schedule()
    idleNow()
    expect(run).toHaveBeenCalledTimes(1)
    expect(timer.pending()).toBe(false)
  })

  it('debounces up to a maximum wait, so a long burst of typing is still saved', () => {
    const run = vi.fn()
    const timer = createSaveTimer(run, {
      delayMs: 800,
      maxWaitMs: 3000,
      idle: (c) => (c(), () => undefined),
      now: () => Date.now(),
    })
    for (let i = 0; i < 10; i++) {
      timer.schedule()
      vi.advanceTimersByTime(200)
    }
    expect(run).not.toHaveBeenCalled()
    for (let i = 0; i < 6; i++) {
      timer.schedule()
      vi.advanceTimersByTime(200)
    }
    expect(run).toHaveBeenCalledTimes(1)
    timer.schedule()
    vi.advanceTimersByTime(799)
    expect(run).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('flush saves at once whether waiting for the delay or for idle; nothing pending, nothing saved', () => {
    const run = vi.fn()
    const { idle, waiting } = manualIdle()
    const timer = createSaveTimer(run, { delayMs: 300, idle })
    timer.flush()
    expect(run).not.toHaveBeenCalled()
    timer.schedule()
    timer.flush()
    expect(run).toHaveBeenCalledTimes(1)
    timer.schedule()
    vi.advanceTimersByTime(300)
    timer.flush()
    expect(run).toHaveBeenCalledTimes(2)
    expect(waiting()).toBe(0)
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('cancel drops the pending save; an explicit delay replaces the usual one', () => {
    const run = vi.fn()
    const timer = createSaveTimer(run, { delayMs: 300, idle: (c) => (c(), () => undefined) })
    timer.schedule()
    timer.cancel()
    vi.advanceTimersByTime(1000)
    expect(run).not.toHaveBeenCalled()
    timer.schedule(0)
    vi.advanceTimersByTime(0)
    expect(run).toHaveBeenCalledTimes(1)
  })
})
