/** `eglur convert IN -o OUT`: reads any caption format (and automated captions) and writes another. */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { describeFsError, outputFormat, readCaptionFile } from '../../services/caption-files'
import { isTrackTarget, TRANSCRIPT_FORMATS } from './output-kinds'
import { writeFileAtomic } from '../../services/atomic-write'
import { CliError, EXIT, type CliIo } from '../io'
import { printWarnings, resolveProfileOption } from './shared-options'
import { mediaPauses, tidySummaryLine } from './speech-options'
import { UsageError, type CliCommandModule } from './command-module'
import type { CaptionDocument } from '../../../shared/model/document'
import { ACCESSIBLE_DEFAULT_PROFILE, type StyleProfile } from '../../../shared/model/style-profile'
import { writeCheckedWith } from '../../../shared/formats/export-check-core'
import { loadJsonReader, withJsonReader } from './json-reader'

const HELP = `Usage: eglur convert IN… -o OUT [--from auto|vtt|srt|sbv|youtube|zoom|teams|json] [--to vtt|srt|sbv|json|md|html|txt|docx|chapters|descriptions] [--profile NAME|FILE] [--fix] [--media VIDEO] [--names LIST] [--lang TAGS|all] [--add-language [TAG=]FILE]…

Formats follow the file extensions when --from/--to are absent. Automated captions (YouTube rolling
WebVTT, Zoom, Teams) are detected and cleaned up. Warnings are printed as FILE:LINE: message.
--fix applies the safe quality fixes (line breaks, timing into free time, gaps, overlaps, leftover codes).
--to chapters writes a WebVTT chapter track (one chapter per heading); --to descriptions a description track.
--media VIDEO: automated captions are cut where the speech in VIDEO pauses and timed to it (without it,
pauses are inferred from the word times); capitals and full stops are added either way, and
--names "Morwenna,Beth Perry" writes those names with their capitals.
--lang cy (a project with several languages): the captions in that language, timed by the main captions;
captions without a translation are left out and counted. --lang en-GB,cy or --lang all writes one file
per language beside OUT (talk.vtt → talk.en-GB.vtt, talk.cy.vtt).
--add-language cy.vtt (OUT a .eglur project): captions in another language, placed beside the captions of
IN that they overlap in time; the language comes from the file's header or name (talk.cy.vtt), or say
it: --add-language cy=welsh.vtt. Captions that match nothing are listed as FILE:LINE with their text.
Several inputs: OUT is a folder (made if missing) and --to names the format; each file keeps its
name with the new extension. The files are converted at once, one per core.
`

const WRITABLE = ['vtt', 'srt', 'sbv', 'json', ...TRANSCRIPT_FORMATS]

/** Several inputs, or an existing folder as -o: each input converted into that folder, in worker threads. */
async function convertMany(
  inputs: readonly string[],
  values: {
    output: string
    to?: string | undefined
    from?: string | undefined
    profile?: string | undefined
    fix?: boolean | undefined
  },
  io: CliIo,
): Promise<number> {
  const to = values.to
  if (!to || !WRITABLE.includes(to))
    throw new UsageError(`with -o a folder, --to must name the format to write (${WRITABLE.join(', ')})`)
  const folder = path.resolve(io.cwd, values.output)
  try {
    await fs.mkdir(folder, { recursive: true })
  } catch (error) {
    throw new CliError(values.output, describeFsError(error))
  }
  const targets = new Map<string, string>()
  for (const input of inputs) {
    const target = path.join(values.output, `${path.basename(input).replace(/\.[^.]+$/, '')}.${to}`)
    const earlier = targets.get(target)
    if (earlier !== undefined) throw new UsageError(`${earlier} and ${input} would both be written to ${target}`)
    targets.set(target, input)
  }
  const passed = [
    ...(values.from ? ['--from', values.from] : []),
    '--to',
    to,
    ...(values.profile ? ['--profile', values.profile] : []),
    ...(values.fix ? ['--fix'] : []),
  ]
  const jobs = [...targets].map(([target, input]) => ({
    file: input,
    args: ['convert', input, '-o', target, ...passed],
  }))
  // Loaded only for several files: a single convert starts no sooner for the batch code.
  const { runBatch } = await import('../batch')
  return runBatch(jobs, io, { verb: 'converting' })
}

/** True when -o names a folder: it ends with a slash or is an existing folder. */
async function isFolder(output: string, cwd: string): Promise<boolean> {
  if (/[\\/]$/.test(output)) return true
  return (await fs.stat(path.resolve(cwd, output)).catch(() => undefined))?.isDirectory() ?? false
}

/** Writes the output atomically, or fails with one line naming it. */
async function writeOrFail(outPath: string, label: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(outPath, data)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new CliError(label, code === 'ENOENT' ? 'The folder to write into does not exist.' : describeFsError(error))
  }
}

/** Applies every safe fix the checks offer, reporting how many. */
async function applySafeFixes(
  doc: CaptionDocument,
  profile: StyleProfile,
  io: CliIo,
  label: string,
): Promise<CaptionDocument> {
  // The checks and fixes load only for --fix (as transcripts, tracks and --media load only for theirs).
  const [{ checkDocument }, { fixAll, SAFE_FIXES }] = await Promise.all([
    import('../../../shared/quality/checks'),
    import('../../../shared/quality/fixes'),
  ])
  let current = doc
  let applied = 0
  for (const fix of SAFE_FIXES) {
    const result = fixAll(current, checkDocument(current, profile), fix, { profile })
    applied += result.preview.length
    current = result.doc
  }
  io.stderr(`${label}: ${applied} safe fix${applied === 1 ? '' : 'es'} applied (${profile.name} profile).\n`)
  return current
}

type ConvertValues = Readonly<{
  output: string
  from?: string | undefined
  to?: string | undefined
  lang?: string | undefined
  'add-language'?: string[] | undefined
}>

/** `--add-language` and `--lang`: the exit code, or undefined when neither is given. */
async function convertLanguageOptions(
  input: string,
  inputs: number,
  values: ConvertValues,
  io: CliIo,
): Promise<number | undefined> {
  const additions = values['add-language'] ?? []
  if (additions.length > 0) {
    await loadJsonReader()
    return (await import('./languages')).convertAddingLanguages(input, additions, values.output, values.from, io)
  }
  if (values.lang !== undefined) {
    if (inputs > 1) throw new UsageError('--lang takes one project')
    await loadJsonReader()
    const { loadForTranscript } = await import('./transcript')
    return (await import('./languages')).convertLanguages(
      await loadForTranscript(input, io, values.from),
      input,
      values.output,
      values.lang,
      values.to,
      io,
    )
  }
  return undefined
}

/** `--to chapters|descriptions` and the transcripts: the exit code, or undefined for a caption format. */
async function convertToTrackOrTranscript(
  input: string,
  outPath: string,
  values: ConvertValues,
  io: CliIo,
): Promise<number | undefined> {
  if (isTrackTarget(values.to)) {
    await loadJsonReader()
    return (await import('./track-files')).convertToTrack(input, values.output, values.to, values.from, io)
  }
  const transcriptKind = TRANSCRIPT_FORMATS.find(
    (k) => k === (values.to ?? path.extname(outPath).slice(1).toLowerCase()),
  )
  if (transcriptKind) {
    await loadJsonReader()
    const { loadForTranscript, transcriptBytes } = await import('./transcript')
    const doc = await loadForTranscript(input, io, values.from)
    await writeOrFail(
      outPath,
      values.output,
      await transcriptBytes(doc, transcriptKind, { title: path.basename(input).replace(/\.[^.]+$/, '') }),
    )
    io.stderr(`${input}: transcript written to ${values.output}.\n`)
    return EXIT.ok
  }
  return undefined
}

/** The convert command. */
export const convertCommand: CliCommandModule = {
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        from: { type: 'string' },
        to: { type: 'string' },
        profile: { type: 'string' },
        fix: { type: 'boolean' },
        media: { type: 'string' },
        names: { type: 'string' },
        lang: { type: 'string' },
        'add-language': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.ok
    }
    const input = positionals[0]
    if (!input || !values.output) throw new UsageError('needs an input file and -o OUTPUT')
    const languages = await convertLanguageOptions(input, positionals.length, { ...values, output: values.output }, io)
    if (languages !== undefined) return languages
    if (positionals.length > 1 || (await isFolder(values.output, io.cwd)))
      return convertMany(positionals, { ...values, output: values.output }, io)
    const inPath = path.resolve(io.cwd, input)
    const outPath = path.resolve(io.cwd, values.output)
    const other = await convertToTrackOrTranscript(input, outPath, { ...values, output: values.output }, io)
    if (other !== undefined) return other
    const format = outputFormat(outPath, values.to)
    if (!format)
      throw new CliError(
        values.output,
        `cannot tell which format to write; use --to vtt|srt|sbv|json|md|html|txt|docx.`,
      )
    const profile = await resolveProfileOption(values.profile, io.cwd)
    const pauses = values.media ? await mediaPauses(values.media, io.cwd) : undefined
    const loaded = await withJsonReader(() =>
      readCaptionFile(inPath, {
        from: values.from,
        profile,
        capitals: true,
        ...(pauses ? { pauses } : {}),
        names: (values.names ?? '')
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean),
      }),
    )
    if (!loaded.ok) throw new CliError(`${input}:${loaded.fatal.line}`, loaded.fatal.message)
    printWarnings(input, loaded.warnings, io)
    if (loaded.tidy) io.stderr(`${input}: ${tidySummaryLine(loaded.tidy)}.\n`)
    const doc = values.fix
      ? await applySafeFixes(loaded.doc, profile ?? ACCESSIBLE_DEFAULT_PROFILE, io, input)
      : loaded.doc
    // The self-check the export menu makes: a file that would not read back (or breaks the W3C WebVTT rules) is not written.
    // The W3C parser loads for WebVTT output only: a convert to JSON or SRT starts without it.
    const w3c = format.id === 'vtt' ? (await import('../../../shared/formats/export-check-w3c')).w3cParse : undefined
    const checked = await withJsonReader(() => writeCheckedWith(w3c, doc, format.id))
    if (!checked.ok) throw new CliError(values.output, checked.problem.message)
    await writeOrFail(outPath, values.output, checked.text)
    io.stderr(
      `${input}: ${loaded.doc.cues.length} ${loaded.doc.cues.length === 1 ? 'cue' : 'cues'} read as ${loaded.format.name}, written to ${values.output} as ${format.name}.\n`,
    )
    const others = (loaded.doc.translations ?? []).map((t) => t.language)
    if (others.length > 0 && format.id !== 'json')
      io.stderr(
        `${input}: also has captions in ${others.join(', ')}, not written; --lang ${others[0]} writes them, --lang all every language.\n`,
      )
    return EXIT.ok
  },
}
