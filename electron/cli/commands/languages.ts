/**
 * The language options of `eglur convert` and `eglur transcript`: `--lang` (one language of a project,
 * several, or `all`) and `--add-language` (captions in another language, aligned to the master by time
 * and saved as a translation in a project).
 */

import path from 'node:path'
import { writeChecked } from '../../../shared/formats/export-check'
import { baseWithoutLanguage, languageFiles } from '../../../shared/formats/language-files'
import { alignTranslation } from '../../../shared/import/align-translation'
import type { CaptionDocument } from '../../../shared/model/document'
import { documentLanguages, isLanguageTag, sameLanguage, setDocumentLanguage } from '../../../shared/model/translation'
import { serializeProject } from '../../../shared/project/project-file'
import { missingLanguages } from '../../../shared/transcript/bilingual'
import { writeFileAtomic } from '../../services/atomic-write'
import { describeFsError, outputFormat, readCaptionFile } from '../../services/caption-files'
import { CliError, EXIT, type CliIo } from '../io'
import { printWarnings } from './shared-options'
import { UsageError } from './command-module'

/** `--lang en-GB,cy` as tags (`all`: every language of the document). */
export function languageList(doc: CaptionDocument, value: string): string[] {
  if (value.trim().toLowerCase() === 'all') return documentLanguages(doc)
  const tags = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
  if (tags.length === 0) throw new UsageError('--lang needs a language, e.g. --lang cy')
  return tags
}

/** Fails as a usage error when the document lacks any of `languages`, naming the ones it has. */
export function requireLanguages(doc: CaptionDocument, input: string, languages: readonly string[]): void {
  const missing = missingLanguages(doc, languages)
  if (missing.length === 0) return
  const have = documentLanguages(doc)
  const known = have.length > 0 ? `its languages are ${have.join(', ')}` : 'it names no language'
  throw new UsageError(`${input} has no captions in ${missing.join(', ')}; ${known}`)
}

async function write(output: string, cwd: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path.resolve(cwd, output), data)
  } catch (error) {
    throw new CliError(output, describeFsError(error))
  }
}

/**
 * `convert project.eglur -o OUT --lang TAGS`: one language to OUT, or (several tags, or `all`) one
 * file per language beside OUT, named `OUT-base.<tag>.<ext>`. Captions without a translation are
 * left out, with a line saying how many.
 */
export async function convertLanguages(
  doc: CaptionDocument,
  input: string,
  output: string,
  value: string,
  to: string | undefined,
  io: CliIo,
): Promise<number> {
  const languages = languageList(doc, value)
  requireLanguages(doc, input, languages)
  const format = outputFormat(output, to)
  if (!format || !['vtt', 'srt', 'sbv'].includes(format.id))
    throw new UsageError('--lang writes captions: the output must end in .vtt, .srt or .sbv (or use --to)')
  const extension = path.extname(output).slice(1) || format.extensions[0]!
  const base = output.slice(0, output.length - path.extname(output).length)
  const files = languageFiles(doc, base, extension, languages)
  for (const [i, file] of files.entries()) {
    const target = files.length === 1 ? output : file.fileName
    const checked = writeChecked(file.doc, format.id)
    if (!checked.ok) throw new CliError(target, checked.problem.message)
    await write(target, io.cwd, checked.text)
    const n = file.doc.cues.length
    io.stderr(
      `${input}: ${n} ${n === 1 ? 'caption' : 'captions'} in ${languages[i]} written to ${target} as ${format.name}.\n`,
    )
    if (file.untranslated > 0)
      io.stderr(
        `${input}: ${file.untranslated} ${file.untranslated === 1 ? 'caption has' : 'captions have'} no ${languages[i]} translation and ${file.untranslated === 1 ? 'was' : 'were'} left out.\n`,
      )
  }
  return EXIT.ok
}

/** The language of a file of captions: its own header or metadata, else its name (`talk.cy.vtt`). */
export function fileLanguage(doc: CaptionDocument, file: string): string | undefined {
  if (doc.meta?.language && isLanguageTag(doc.meta.language)) return doc.meta.language
  const header = /(?:^|\s)Language:\s*([A-Za-z0-9-]+)/i.exec(doc.meta?.vttHeader ?? '')?.[1]
  if (header && isLanguageTag(header)) return header
  const suffix = /\.([^.]+)\.[^.]+$/.exec(path.basename(file))?.[1]
  return suffix && isLanguageTag(suffix) ? suffix : undefined
}

/** `--add-language cy=path.vtt` or `--add-language path.cy.vtt`: the file and its tag (from the file when not given). */
function splitAddition(value: string): { tag?: string; file: string } {
  const m = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)=(.+)$/.exec(value)
  return m && isLanguageTag(m[1]!) ? { tag: m[1]!, file: m[2]! } : { file: value }
}

/**
 * `convert master.vtt --add-language cy.vtt -o project.eglur`: each further file aligned to the
 * master by time and kept as a translation; the alignment report says what matched, with FILE:LINE
 * for every caption that matched nothing (their text is printed, so nothing is lost).
 */
export async function convertAddingLanguages(
  input: string,
  additions: readonly string[],
  output: string,
  from: string | undefined,
  io: CliIo,
): Promise<number> {
  if (path.extname(output).toLowerCase() !== '.eglur')
    throw new UsageError('--add-language writes a project: the output must end in .eglur')
  const loaded = await readCaptionFile(path.resolve(io.cwd, input), { from })
  if (!loaded.ok) throw new CliError(`${input}:${loaded.fatal.line}`, loaded.fatal.message)
  printWarnings(input, loaded.warnings, io)
  let doc = loaded.doc
  const own = fileLanguage(doc, input)
  if (own && !doc.meta?.language) doc = setDocumentLanguage(doc, own)
  for (const value of additions) {
    const { tag, file } = splitAddition(value)
    const foreign = await readCaptionFile(path.resolve(io.cwd, file))
    if (!foreign.ok) throw new CliError(`${file}:${foreign.fatal.line}`, foreign.fatal.message)
    printWarnings(file, foreign.warnings, io)
    const language = tag ?? fileLanguage(foreign.doc, file)
    if (!language) throw new UsageError(`cannot tell the language of ${file}; name it, e.g. --add-language cy=${file}`)
    if (doc.meta?.language && sameLanguage(doc.meta.language, language))
      throw new UsageError(`${file} is in ${language}, the language of ${input}`)
    const lines = foreign.cueLines
    const { doc: next, report } = alignTranslation(doc, foreign.doc, language, (cue) => lines?.get(cue.id))
    doc = next
    io.stderr(
      `${file}: ${report.matched} ${report.matched === 1 ? 'caption' : 'captions'} in ${language} placed beside ${input}; ${report.needsCheck} to check, ${report.untranslated} of ${input} still without ${language}, ${report.unmatched.length} matched nothing.\n`,
    )
    for (const u of report.unmatched)
      io.stderr(
        `${file}:${u.line ?? 1}: matches no caption of ${input} in time (${(u.startMs / 1000).toFixed(1)}–${(u.endMs / 1000).toFixed(1)} s): ${u.text.replace(/\n/g, ' ')}\n`,
      )
  }
  const title = path.basename(input).replace(/\.[^.]+$/, '')
  await write(
    output,
    io.cwd,
    serializeProject({ title: baseWithoutLanguage(doc, title), doc, glossary: [] }, new Date()),
  )
  io.stderr(`${input}: project in ${documentLanguages(doc).join(', ') || 'one language'} written to ${output}.\n`)
  return EXIT.ok
}
