/**
 * Eglur JSON, the interchange model (also the body of the project file), with integer milliseconds:
 *
 *   { "version": 1,
 *     "cues": [{ "id", "start", "end", "text", "speaker"?, "kind"?, "words"?: [{ "start", "end", "text" }],
 *                "settings"?, "label"?, "note"? }],
 *     "speakers": [{ "id", "name", "role"? }],
 *     "meta"?: { "vttHeader"?, "styles"?, "regions"?, "language"?, "trailingNote"? } }
 *
 * `speaker` is a speaker id. `settings`, `label`, `note` and `meta` keep WebVTT details for round trips.
 */

import { z } from 'zod'
import { makeDocument } from '../model/document'
import { translationsFromJson, translationsSchema } from '../project/translations-json'
import { setFullJsonReader } from './json-format'
import { captionJsonRead, cueLineFinder, documentFromJson, isProjectJson, type CaptionJson } from './json-model'
import type { ParseResult, ParseWarning } from './types'
import type { SameShape } from '../types/same-shape'

const ms = z
  .number({ error: 'expected a number of milliseconds' })
  .int({ error: 'expected a whole number of milliseconds' })
  .nonnegative({ error: 'expected a time of 0 or more' })

const wordSchema = z.object({ start: ms, end: ms, text: z.string() })
/** Schema of one cue's JSON object. */
export const cueSchema = z.object({
  id: z.string().min(1),
  start: ms,
  end: ms,
  text: z.string(),
  speaker: z.string().optional(),
  kind: z.enum(['speech', 'description', 'caption', 'heading']).optional(),
  words: z.array(wordSchema).optional(),
  settings: z.string().optional(),
  label: z.string().optional(),
  note: z.string().optional(),
})
/** Schema of one speaker's JSON object. */
export const speakerSchema = z.object({ id: z.string().min(1), name: z.string(), role: z.string().optional() })
/** Schema of the document metadata's JSON object. */
export const metaSchema = z
  .object({
    vttHeader: z.string().optional(),
    styles: z.array(z.string()).optional(),
    regions: z.array(z.string()).optional(),
    language: z.string().optional(),
    trailingNote: z.string().optional(),
  })
  .optional()

/** Schema of the JSON interchange document. */
export const captionJsonSchema = z.object({
  version: z.literal(1, { error: 'expected "version": 1' }),
  cues: z.array(cueSchema),
  speakers: z.array(speakerSchema).default([]),
  meta: metaSchema,
})

// The schema gives exactly the hand-written shape json-model.ts works with (a compile error if the two drift).
const sameShape: SameShape<z.infer<typeof captionJsonSchema>, CaptionJson> = true
void sameShape

export {
  cueToJson,
  documentFromJson,
  documentToJson,
  metaToJson,
  serializeCaptionJson,
  speakersToJson,
  type CaptionJson,
} from './json-model'
export { jsonFormat } from './json-format'

/**
 * The full reader of Eglur JSON, through the schema: every file, with the first problem's message and
 * line. The registry's format (json-format.ts) reads the files the schema would read unchanged
 * without it, and hands it every other file.
 */
export function parseCaptionJsonWithSchema(text: string): ParseResult {
  let raw: unknown
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : 1
    return {
      doc: makeDocument([]),
      warnings: [],
      fatal: { code: 'bad-json', line, message: `This is not valid JSON: ${(error as Error).message}` },
    }
  }
  // An Eglur project holds its captions under "document" and their other languages under "translations":
  // `eglur convert`/`transcript` accept projects.
  const project = isProjectJson(raw) ? raw : undefined
  const translations = project
    ? translationsSchema.safeParse((project as { translations?: unknown }).translations)
    : undefined
  if (project) raw = project.document
  const result = captionJsonSchema.safeParse(raw)
  const lineOfCue = cueLineFinder(text, raw)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const where = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '')
    const cueIndex = issue.path[0] === 'cues' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined
    return {
      doc: makeDocument([]),
      warnings: [],
      fatal: {
        code: 'bad-schema',
        line: cueIndex !== undefined ? lineOfCue(cueIndex) : 1,
        message: `This is not an Eglur caption file: ${where || 'the file'}: ${issue.message}`,
      },
    }
  }
  const warnings: ParseWarning[] = []
  const master = documentFromJson(result.data, warnings, lineOfCue)
  const doc = translations?.success ? translationsFromJson(master, translations.data) : master
  return captionJsonRead(doc, warnings, lineOfCue)
}

setFullJsonReader(parseCaptionJsonWithSchema)

/** Parses Eglur JSON (a caption file, or the captions of an `.eglur` project); see json-format.ts. */
export { parseCaptionJson } from './json-format'
