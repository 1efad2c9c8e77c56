/** `eglur transcript IN -o OUT.(md|html|txt|docx)`: a written transcript from captions or a project. */

import path from 'node:path'
import { parseArgs } from 'node:util'
import type { CaptionDocument } from '../../../shared/model/document'
import { asSpeakerId } from '../../../shared/model/ids'
import { buildTranscript, type TranscriptOptions } from '../../../shared/transcript/builder'
import { BILINGUAL_LAYOUTS, buildBilingualTranscript, type BilingualLayout } from '../../../shared/transcript/bilingual'
import {
  renderBilingualHtml,
  renderBilingualMarkdown,
  renderBilingualText,
} from '../../../shared/transcript/render-bilingual'
import { renderHtml } from '../../../shared/transcript/render-html'
import { renderMarkdown, renderPlainText } from '../../../shared/transcript/render-text'
import { writeFileAtomic } from '../../services/atomic-write'
import { describeFsError, readCaptionFile } from '../../services/caption-files'
import { readRegularFile } from '../../services/read-regular-file'
import { CliError, EXIT, type CliIo } from '../io'
import { printWarnings } from './shared-options'
import { TRANSCRIPT_FORMATS } from './output-kinds'
import { UsageError, type CliCommandModule } from './command-module'

const HELP = `Usage: eglur transcript IN -o OUT.(md|html|txt|docx) [--speakers speakers.json] [--title TEXT] [--timestamps] [--verbatim] [--lang TAGS|all [--layout columns|blocks]]

IN is any caption file or an Eglur project. speakers.json is [{ "id"?, "name", "role"? }], matched by id or name.
By default fillers ("um", "erm") and repeated words are left out (clean verbatim); --verbatim keeps everything.
--lang en-GB,cy (a project with several languages): every heading, speaker turn and paragraph in each
language, in that order; --layout columns (the default: side by side, a table per turn in HTML and Word)
or blocks (one language after the other). Markdown and text always use blocks.
`

/** Transcript output formats by extension (defined beside convert's other output kinds). */
export { TRANSCRIPT_FORMATS }

/** Applies a speakers file: names and roles matched by id, or by name. */
async function withSpeakers(doc: CaptionDocument, file: string, cwd: string): Promise<CaptionDocument> {
  let raw: unknown
  try {
    raw = JSON.parse((await readRegularFile(path.resolve(cwd, file), { maxBytes: 1024 * 1024 })).toString('utf8'))
  } catch (error) {
    throw new CliError(
      `${file}:1`,
      error instanceof SyntaxError ? `not valid JSON: ${error.message}` : describeFsError(error),
    )
  }
  // zod is loaded only here: every other command and output starts faster without it.
  const { z } = await import('zod')
  const parsed = z
    .array(z.object({ id: z.string().optional(), name: z.string().min(1), role: z.string().optional() }))
    .safeParse(raw)
  if (!parsed.success)
    throw new CliError(`${file}:1`, `expected [{ "id"?, "name", "role"? }]: ${parsed.error.issues[0]!.message}`)
  const speakers = doc.speakers.map((s) => {
    const match =
      parsed.data.find((p) => p.id === s.id) ??
      parsed.data.find((p) => p.name.trim().toLowerCase() === s.name.trim().toLowerCase())
    return match
      ? { id: s.id, name: match.name, ...(match.role ? { role: match.role } : s.role ? { role: s.role } : {}) }
      : s
  })
  const extra = parsed.data
    .filter((p) => p.id && !speakers.some((s) => s.id === p.id))
    .map((p) => ({ id: asSpeakerId(p.id!), name: p.name, ...(p.role ? { role: p.role } : {}) }))
  return { ...doc, speakers: [...speakers, ...extra] }
}

/** Renders a document as a transcript file of the given kind. */
export async function transcriptBytes(
  doc: CaptionDocument,
  kind: (typeof TRANSCRIPT_FORMATS)[number],
  options: TranscriptOptions,
): Promise<string | Uint8Array> {
  const t = buildTranscript(doc, options)
  // The Word writer (docx) is loaded only for Word output.
  if (kind === 'docx') return (await import('../../../shared/transcript/render-docx')).renderDocx(t)
  return kind === 'html' ? renderHtml(t) : kind === 'md' ? renderMarkdown(t) : renderPlainText(t)
}

/** A transcript in the languages of `--lang`, laid out as `--layout` says. */
async function bilingualBytes(
  doc: CaptionDocument,
  input: string,
  kind: (typeof TRANSCRIPT_FORMATS)[number],
  lang: string,
  layout: string | undefined,
  options: TranscriptOptions,
): Promise<string | Uint8Array> {
  if (layout !== undefined && !BILINGUAL_LAYOUTS.some((l) => l === layout))
    throw new UsageError(`--layout must be ${BILINGUAL_LAYOUTS.join(' or ')}`)
  const { languageList, requireLanguages } = await import('./languages')
  const languages = languageList(doc, lang)
  requireLanguages(doc, input, languages)
  const t = buildBilingualTranscript(doc, languages, { ...options, layout: (layout ?? 'columns') as BilingualLayout })
  if (kind === 'docx') return (await import('../../../shared/transcript/render-bilingual-docx')).renderBilingualDocx(t)
  return kind === 'html' ? renderBilingualHtml(t) : kind === 'md' ? renderBilingualMarkdown(t) : renderBilingualText(t)
}

/** Reads a caption file or project, for the transcript commands. */
export async function loadForTranscript(input: string, io: CliIo, from?: string): Promise<CaptionDocument> {
  const loaded = await readCaptionFile(path.resolve(io.cwd, input), { from })
  if (!loaded.ok) throw new CliError(`${input}:${loaded.fatal.line}`, loaded.fatal.message)
  printWarnings(input, loaded.warnings, io)
  return loaded.doc
}

/** The transcript command. */
export const transcriptCommand: CliCommandModule = {
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        speakers: { type: 'string' },
        title: { type: 'string' },
        timestamps: { type: 'boolean' },
        verbatim: { type: 'boolean' },
        lang: { type: 'string' },
        layout: { type: 'string' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.ok
    }
    const input = positionals[0]
    if (!input || !values.output) throw new UsageError('needs an input file and -o OUTPUT')
    const kind = path.extname(values.output).slice(1).toLowerCase() as (typeof TRANSCRIPT_FORMATS)[number]
    if (!TRANSCRIPT_FORMATS.includes(kind))
      throw new CliError(values.output, 'the output must end in .md, .html, .txt or .docx.')
    let doc = await loadForTranscript(input, io, values.from)
    if (values.speakers) doc = await withSpeakers(doc, values.speakers, io.cwd)
    const title = values.title ?? path.basename(input).replace(/\.[^.]+$/, '')
    const options = { title, timestamps: values.timestamps ?? false, cleanVerbatim: !values.verbatim }
    if (values.layout !== undefined && values.lang === undefined)
      throw new UsageError('--layout needs --lang with the languages to lay out')
    const bytes =
      values.lang !== undefined
        ? await bilingualBytes(doc, input, kind, values.lang, values.layout, options)
        : await transcriptBytes(doc, kind, options)
    try {
      await writeFileAtomic(path.resolve(io.cwd, values.output), bytes)
    } catch (error) {
      throw new CliError(values.output, describeFsError(error))
    }
    io.stderr(`${input}: transcript written to ${values.output}.\n`)
    const others = (doc.translations ?? []).map((t) => t.language)
    if (others.length > 0 && values.lang === undefined)
      io.stderr(
        `${input}: also has captions in ${others.join(', ')}; --lang all writes the transcript in every language.\n`,
      )
    return EXIT.ok
  },
}
