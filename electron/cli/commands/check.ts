/** `eglur check IN`: caption quality in plain words, one `FILE:LINE: message` per problem. */

import path from 'node:path'
import { parseArgs } from 'node:util'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../../../shared/model/style-profile'
import { checkDocument } from '../../../shared/quality/checks'
import { describeFinding } from '../../../shared/quality/messages'
import { readCaptionFile } from '../../services/caption-files'
import { CliError, EXIT, type CliIo } from '../io'
import { resolveProfileOption } from './shared-options'
import { UsageError, type CliCommandModule } from './command-module'

const HELP = `Usage: eglur check IN… [--profile accessible-default|bbc|netflix-en|dcmp|FILE.json] [--json]

Checks line length, reading speed, time on screen, gaps, overlaps and more against a style profile.
Several files are checked at once, one per core; with --json their findings come as one list.
Exit code 0: no problems; 1: problems found; 2: a file could not be read (the worst of all files).
`

/** Several files: each checked in a worker thread; the exit code is the worst of theirs. */
async function checkMany(
  inputs: readonly string[],
  values: { profile?: string | undefined; json?: boolean | undefined; from?: string | undefined },
  io: CliIo,
): Promise<number> {
  // Loaded only for several files: a single check starts no sooner for the batch code.
  const { runBatch } = await import('../batch')
  const passed = [
    ...(values.profile ? ['--profile', values.profile] : []),
    ...(values.from ? ['--from', values.from] : []),
    ...(values.json ? ['--json'] : []),
  ]
  const jobs = inputs.map((input) => ({ file: input, args: ['check', input, ...passed] }))
  if (!values.json) return runBatch(jobs, io, { verb: 'checking' })
  const all: unknown[] = []
  const collect = (r: { stdout: string; stderr: string }) => {
    io.stderr(r.stderr)
    if (r.stdout) all.push(...(JSON.parse(r.stdout) as unknown[]))
  }
  return runBatch(jobs, io, { verb: 'checking', emit: collect }).then((code) => {
    io.stdout(`${JSON.stringify(all, null, 2)}\n`)
    return code
  })
}

/** The check command. */
export const checkCommand: CliCommandModule = {
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        json: { type: 'boolean' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.ok
    }
    const input = positionals[0]
    if (!input) throw new UsageError('needs a caption file')
    if (positionals.length > 1) return checkMany(positionals, values, io)
    const profile = (await resolveProfileOption(values.profile, io.cwd)) ?? ACCESSIBLE_DEFAULT_PROFILE
    const loaded = await readCaptionFile(path.resolve(io.cwd, input), { from: values.from })
    if (!loaded.ok) throw new CliError(`${input}:${loaded.fatal.line}`, loaded.fatal.message)
    const findings = checkDocument(loaded.doc, profile)
    const position = new Map(loaded.doc.cues.map((c, i) => [c.id as string, i + 1]))
    const lineOf = (cueId: string) => loaded.cueLines?.get(cueId) ?? 1
    if (values.json) {
      const out = findings.map((f) => ({
        file: input,
        line: lineOf(f.cueId),
        cue: position.get(f.cueId),
        cueId: f.cueId,
        rule: f.rule,
        severity: f.severity,
        message: describeFinding(f),
        fixes: f.fixes,
      }))
      io.stdout(`${JSON.stringify(out, null, 2)}\n`)
    } else {
      for (const f of findings)
        io.stdout(
          `${input}:${lineOf(f.cueId)}: ${f.severity}: caption ${position.get(f.cueId)}: ${describeFinding(f)}\n`,
        )
      io.stderr(
        `${input}: ${findings.length === 0 ? 'no problems' : `${findings.length} problem${findings.length === 1 ? '' : 's'}`} with the ${profile.name} profile.\n`,
      )
    }
    return findings.length === 0 ? EXIT.ok : EXIT.problems
  },
}
