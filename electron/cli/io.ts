/** What a CLI command may touch besides files: injected so commands are tested without a subprocess. */

import { removeInFlightTempFiles } from '../services/atomic-write'

/** Output streams and the working folder of one CLI run. */
export type CliIo = Readonly<{
  /** Writes to standard output. */
  stdout: (text: string) => void
  /** Writes to standard error. */
  stderr: (text: string) => void
  /** The folder relative paths are resolved against. */
  cwd: string
  /** Lets long-running commands (serve) stop when a test is done. */
  signal?: AbortSignal
  /** Standard error is a terminal: a batch may draw a progress line there. */
  isTerminal?: boolean
}>

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** The command ran and found problems (e.g. `eglur check` findings). */
  problems: 1,
  /** Unreadable input, bad arguments, or a failed write. */
  failure: 2,
} as const

/** An error a command reports as one line `FILE:LINE: message` (never a stack trace). */
export class CliError extends Error {
  /** Creates the error; `location` is `FILE` or `FILE:LINE`. */
  constructor(
    readonly location: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * For the `eglur` process only (tests run commands in-process): on Ctrl-C (SIGINT) or SIGTERM, removes
 * the temp files of writes in progress and exits 130 or 143, so an interrupted write leaves the target
 * as it was and nothing hidden beside it. A command that handles the signal itself (serve, which
 * flushes its saves first) keeps it.
 */
export function removeTempsOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      if (process.listenerCount(signal) > 1) return
      removeInFlightTempFiles()
      process.exit(code)
    })
  }
}
