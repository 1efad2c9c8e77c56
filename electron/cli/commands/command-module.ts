/**
 * What every command module shares with the command table and the entry point: the module's shape and
 * the usage error. It lives apart from the table (index.ts) so that the commands, which the table loads,
 * never import the table back.
 */

import type { CliIo } from '../io'

/** What a command's module exports: its help text (the first line is the usage line) and how to run it. */
export type CliCommandModule = Readonly<{
  /** The text of `eglur <command> --help`; its first line is the usage line shown with usage errors. */
  help: string
  /** Runs the command; returns the exit code. May throw CliError or UsageError for a one-line failure. */
  run: (args: readonly string[], io: CliIo) => Promise<number>
}>

/** Bad arguments (a missing input, a value out of range): printed with the command's usage line, exit 2. */
export class UsageError extends Error {}
