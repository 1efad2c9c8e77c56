/** Runs caption parsing in a worker (one per file) and gives back the result, or a timeout problem. */

import type { OpenedCaptions, TidyInputs } from './open-captions'

/** A file that takes longer than this to parse is reported instead of waited for. */
export const PARSE_TIMEOUT_MS = 60_000

/** Parses `bytes` named `fileName` in a worker. */
export function parseInWorker(bytes: ArrayBuffer, fileName: string, tidy?: TidyInputs): Promise<OpenedCaptions> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' })
    const done = (result: OpenedCaptions) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(result)
    }
    const timer = setTimeout(
      () =>
        done({
          ok: false,
          fatal: { code: 'timeout', line: 1, message: 'Reading this file took too long and was stopped.' },
        }),
      PARSE_TIMEOUT_MS,
    )
    worker.onmessage = (event: MessageEvent<OpenedCaptions>) => done(event.data)
    worker.onerror = () =>
      done({ ok: false, fatal: { code: 'worker-failed', line: 1, message: 'The file could not be read.' } })
    worker.postMessage({ bytes, fileName, ...(tidy ? { tidy } : {}) }, [bytes])
  })
}
