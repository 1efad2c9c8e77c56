/** The `eglur` command line: parses the command name and hands the rest to that command. */

import { EXIT, CliError, type CliIo } from './io'

/** Installed by bin/eglur.js for the real process; see io.ts. */
export { removeTempsOnSignals } from './io'
import { UsageError, type CliCommandModule } from './commands/command-module'
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

/**
 * node:util parseArgs's errors in plain words (it writes "Unknown option '--media'. To specify a
 * positional argument starting with a '-'…"), or undefined for any other error.
 */
function parseArgsProblem(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined
  const message = (error as Error).message
  const quoted = /'([^']*)'/.exec(message)?.[1]?.replace(/ <value>$/, '') ?? ''
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted}`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${quoted}`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (message.includes('does not take an argument')) return `option ${quoted} takes no value`
      if (message.includes('ambiguous'))
        return `option ${quoted} needs a value (for a value starting with "-", write ${quoted.split(', ').pop()}=VALUE)`
      return `option ${quoted} needs a value`
    default:
      return message
  }
}

/** Runs the CLI with these arguments and returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage())
    return EXIT.ok
  }
  if (!name) {
    io.stderr(usage())
    return EXIT.failure
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    io.stderr(`eglur: unknown command ${name}\n${usage()}`)
    return EXIT.failure
  }
  let module: CliCommandModule | undefined
  try {
    module = await command.load()
    return await module.run(rest, io)
  } catch (error) {
    const problem = error instanceof UsageError ? error.message : parseArgsProblem(error)
    if (problem !== undefined && module) {
      io.stderr(`eglur ${name}: ${problem}\n${module.help.split('\n')[0]}\n`)
    } else if (error instanceof CliError) {
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
