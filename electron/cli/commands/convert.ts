/** `eglur convert IN -o OUT`: reads any caption format (and automated captions) and writes another. */

import path from 'node:path'
import { parseArgs } from 'node:util'
import { outputFormat, readCaptionFile } from '../../services/caption-files'
import { writeFileAtomic } from '../../services/atomic-write'
import { CliError, EXIT, type CliIo } from '../io'
import { printWarnings, resolveProfileOption } from './shared-options'
import type { CliCommand } from './index'

const HELP = `Usage: eglur convert IN -o OUT [--from auto|vtt|srt|sbv|youtube|zoom|teams|json] [--to vtt|srt|sbv|json] [--profile NAME|FILE]

Formats follow the file extensions when --from/--to are absent. Automated captions (YouTube rolling
WebVTT, Zoom, Teams) are detected and cleaned up. Warnings are printed as FILE:LINE: message.
`

/** The convert command. */
export const convertCommand: CliCommand = {
  summary: 'Convert captions between WebVTT, SRT, SBV and JSON (cleans up automated captions)',
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        from: { type: 'string' },
        to: { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.ok
    }
    const input = positionals[0]
    if (!input || !values.output) throw new CliError('eglur convert', `needs an input file and -o OUTPUT.\n${HELP}`)
    const inPath = path.resolve(io.cwd, input)
    const outPath = path.resolve(io.cwd, values.output)
    const format = outputFormat(outPath, values.to)
    if (!format) throw new CliError(values.output, `cannot tell which format to write; use --to vtt|srt|sbv|json.`)
    const profile = await resolveProfileOption(values.profile, io.cwd)
    const loaded = await readCaptionFile(inPath, { from: values.from, profile })
    if (!loaded.ok) throw new CliError(`${input}:${loaded.fatal.line}`, loaded.fatal.message)
    printWarnings(input, loaded.warnings, io)
    const text = format.serialize!(loaded.doc)
    try {
      await writeFileAtomic(outPath, text)
    } catch (error) {
      throw new CliError(values.output, (error as Error).message)
    }
    io.stderr(`${input}: ${loaded.doc.cues.length} cues read as ${loaded.format.name}, written to ${values.output} as ${format.name}.\n`)
    return EXIT.ok
  },
}
