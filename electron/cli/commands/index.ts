/** Every CLI command, by name. Add a command by writing its module and listing it here. */

import type { CliIo } from '../io'
import { convertCommand } from './convert'
import { serveCommand } from './serve'
import { checkCommand } from './check'
import { transcriptCommand } from './transcript'
import { peaksCommand } from './peaks'

/** One CLI command. */
export type CliCommand = Readonly<{
  /** One line for `eglur --help`. */
  summary: string
  /** Runs the command; returns the exit code. May throw CliError for a one-line failure. */
  run: (args: readonly string[], io: CliIo) => Promise<number>
}>

/** The commands by name. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  convert: convertCommand,
  check: checkCommand,
  transcript: transcriptCommand,
  peaks: peaksCommand,
  serve: serveCommand,
}
