/** The `eglur` command line: parses the command name and hands the rest to that command. */

import { EXIT, CliError, type CliIo } from './io'

/** Installed by bin/eglur.js for the real process; see io.ts. */
export { removeTempsOnSignals } from './io'
import { COMMANDS } from './commands/index'

const usage = (): string =>
  [
    'Usage: eglur <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, cmd]) => `  ${name.padEnd(11)} ${cmd.summary}`),
    '',
    'Run "eglur <command> --help" for the options of one command.',
    '',
  ].join('\n')

/** Runs the CLI with these arguments and returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage())
    return name ? EXIT.ok : EXIT.failure
  }
  const command = COMMANDS[name]
  if (!command) {
    io.stderr(`eglur: unknown command "${name}".\n${usage()}`)
    return EXIT.failure
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.location}: ${error.message}\n`)
    } else {
      // A bug of ours: say so in one line; the stack goes only where a developer asks for it.
      const message = error instanceof Error ? error.message : String(error)
      io.stderr(`eglur ${name}: internal error: ${message}\n`)
      if (process.env.EGLUR_DEBUG) io.stderr(`${(error as Error)?.stack ?? ''}\n`)
    }
    return EXIT.failure
  }
}
