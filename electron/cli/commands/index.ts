/**
 * Every CLI command, by name. Add a command by writing its module and listing it here. Each module is
 * imported only when its command runs, so `eglur --help` loads none of them (nor zod, docx or the
 * browser-mode server); the bundle (scripts/build-cli.js) puts each in a chunk of its own.
 */

import type { CliCommandModule } from './command-module'

/** One CLI command in the table: its summary, and its module loaded on demand. */
export type CliCommand = Readonly<{
  /** One line for `eglur --help`. */
  summary: string
  /** Imports the command's module. */
  load: () => Promise<CliCommandModule>
}>

/**
 * Loads the full Eglur JSON reader (zod) before a command that reads caption files: the bundle leaves
 * it out of the format registry (see shared/formats/json-format.ts), and only `convert` does without
 * it, loading it itself the moment a file needs it.
 */
const withJsonReader = (load: () => Promise<CliCommandModule>) => async (): Promise<CliCommandModule> => {
  await import('../../../shared/formats/json')
  return load()
}

/** The commands by name. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  convert: {
    summary: 'Convert captions between WebVTT, SRT, SBV and JSON (cleans up automated captions)',
    load: async () => (await import('./convert')).convertCommand,
  },
  check: {
    summary: 'Check caption quality against a style profile (BBC, Netflix, DCMP or your own)',
    load: withJsonReader(async () => (await import('./check')).checkCommand),
  },
  transcript: {
    summary: 'Write a plain-English transcript (Markdown, HTML, text or Word) from captions',
    load: withJsonReader(async () => (await import('./transcript')).transcriptCommand),
  },
  report: {
    summary: 'Report how plain the English is: reading ease, long sentences, passives, plainer words',
    load: withJsonReader(async () => (await import('./report')).reportCommand),
  },
  publish: {
    summary: 'Publish a web page of the event: the video with its tracks, chapters and the transcript',
    load: withJsonReader(async () => (await import('./publish')).publishCommand),
  },
  peaks: {
    summary: 'Compute waveform peaks of a video or audio file (JSON, min/max pairs)',
    load: async () => (await import('./peaks')).peaksCommand,
  },
  serve: {
    summary: 'Run Eglur in a web browser (browser mode)',
    load: withJsonReader(async () => (await import('./serve')).serveCommand),
  },
}
