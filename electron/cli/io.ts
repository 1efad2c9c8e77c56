/** What a CLI command may touch besides files: injected so commands are tested without a subprocess. */

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
