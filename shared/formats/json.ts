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
import type { Cue } from '../model/cue'
import { makeDocument, type CaptionDocument, type DocumentMeta } from '../model/document'
import { asCueId, asSpeakerId, idAllocator } from '../model/ids'
import type { Speaker } from '../model/speaker'
import { translationsFromJson, translationsSchema } from '../project/translations-json'
import { CueLineMap } from './cue-lines'
import { CAPTION_JSON_LAYOUT, layoutJson } from './json-layout'
import type { CaptionFormat, ParseResult, ParseWarning } from './types'

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

/** The JSON interchange shape. */
export type CaptionJson = z.infer<typeof captionJsonSchema>

/** Converts a document to its JSON interchange object. */
export function documentToJson(doc: CaptionDocument): CaptionJson {
  return {
    version: 1,
    cues: doc.cues.map(cueToJson),
    speakers: speakersToJson(doc.speakers),
    ...(doc.meta ? { meta: metaToJson(doc.meta) } : {}),
  }
}

/**
 * One cue as its JSON interchange object. Built by assignment in the key order the file has, not from
 * spreads of small objects: a 3-hour file has thousands of captions, and each spread was a throw-away
 * object for the garbage collector.
 */
export function cueToJson(c: Cue): CaptionJson['cues'][number] {
  const json: Mutable<CaptionJson['cues'][number]> = { id: c.id, start: c.startMs, end: c.endMs, text: c.text }
  if (c.speakerId !== undefined) json.speaker = c.speakerId
  if (c.kind !== undefined && c.kind !== 'speech') json.kind = c.kind
  const words = c.words
  if (words) {
    const out: { start: number; end: number; text: string }[] = []
    for (const w of words) out.push({ start: w.startMs, end: w.endMs, text: w.text })
    json.words = out
  }
  if (c.settings !== undefined) json.settings = c.settings
  if (c.label !== undefined) json.label = c.label
  if (c.note !== undefined) json.note = c.note
  return json
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** The speaker list as JSON interchange objects. */
export function speakersToJson(speakers: readonly Speaker[]): CaptionJson['speakers'] {
  return speakers.map((s) => ({ id: s.id, name: s.name, ...(s.role !== undefined ? { role: s.role } : {}) }))
}

/** Document metadata as its JSON interchange object. */
export function metaToJson(meta: DocumentMeta): NonNullable<CaptionJson['meta']> {
  const { styles, regions, ...rest } = meta
  return { ...rest, ...(styles ? { styles: [...styles] } : {}), ...(regions ? { regions: [...regions] } : {}) }
}

/** Converts a validated JSON object to a document, repairing duplicate ids and unknown speakers with warnings. */
export function documentFromJson(
  json: CaptionJson,
  warnings: ParseWarning[] = [],
  lineOfCue: (index: number) => number = () => 1,
): CaptionDocument {
  const speakers: Speaker[] = json.speakers.map((s) => ({
    id: asSpeakerId(s.id),
    name: s.name,
    ...(s.role !== undefined ? { role: s.role } : {}),
  }))
  const speakerIds = new Set(speakers.map((s) => s.id as string))
  const seen = new Set<string>()
  const fresh = idAllocator(
    'c',
    json.cues.map((c) => c.id),
  )
  const cues: Cue[] = json.cues.map((c, index) => {
    let id = c.id
    if (seen.has(id)) {
      id = fresh()
      warnings.push({
        code: 'duplicate-id',
        line: lineOfCue(index),
        message: `Caption id "${c.id}" is used twice; the second was renamed ${id}.`,
      })
    }
    seen.add(id)
    let speaker = c.speaker
    if (speaker !== undefined && !speakerIds.has(speaker)) {
      warnings.push({
        code: 'unknown-speaker',
        line: lineOfCue(index),
        message: `Speaker "${speaker}" is not in the speaker list; it was removed from this caption.`,
      })
      speaker = undefined
    }
    if (c.end < c.start)
      warnings.push({
        code: 'reversed-times',
        line: lineOfCue(index),
        message: 'This caption ends before it starts; its end was set to its start.',
      })
    return {
      id: asCueId(id),
      startMs: c.start,
      endMs: Math.max(c.start, c.end),
      text: c.text,
      ...(speaker !== undefined ? { speakerId: asSpeakerId(speaker) } : {}),
      ...(c.kind !== undefined && c.kind !== 'speech' ? { kind: c.kind } : {}),
      ...(c.words ? { words: c.words.map((w) => ({ startMs: w.start, endMs: w.end, text: w.text })) } : {}),
      ...(c.settings !== undefined ? { settings: c.settings } : {}),
      ...(c.label !== undefined ? { label: c.label } : {}),
      ...(c.note !== undefined ? { note: c.note } : {}),
    }
  })
  return makeDocument(cues, speakers, json.meta as DocumentMeta | undefined)
}

/** Line number of each `"id"` key in order, found cheaply, so messages can point at a cue's line. */
function cueIdLines(text: string): number[] {
  const lines: number[] = []
  let line = 1
  const re = /"id"\s*:|\n/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '\n') line++
    else lines.push(line)
  }
  return lines
}

function isProjectJson(raw: unknown): raw is { document: unknown } {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { format?: unknown }).format === 'eglur-project' &&
    'document' in raw
  )
}

/** Parses Eglur JSON (a caption file, or the captions of an `.eglur` project). */
export function parseCaptionJson(text: string): ParseResult {
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
  const idLines = cueIdLines(text)
  // "id" keys belong to cues and speakers; speakers first in the file shift the cue's index.
  const speakersFirst = text.indexOf('"speakers"') >= 0 && text.indexOf('"speakers"') < text.indexOf('"cues"')
  const speakerCount = Array.isArray((raw as { speakers?: unknown })?.speakers)
    ? (raw as { speakers: unknown[] }).speakers.length
    : 0
  const lineOfCue = (index: number) => idLines[index + (speakersFirst ? speakerCount : 0)] ?? 1
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
  return {
    doc,
    warnings,
    cueLines: new CueLineMap(
      doc.cues,
      doc.cues.map((_, i) => lineOfCue(i)),
    ),
  }
}

/** Writes Eglur JSON: one caption per line, so a change to one caption is a one-line diff. */
export function serializeCaptionJson(doc: CaptionDocument): string {
  return layoutJson(documentToJson(doc), CAPTION_JSON_LAYOUT)
}

/** The JSON interchange format. */
export const jsonFormat: CaptionFormat = {
  id: 'json',
  name: 'Eglur JSON',
  extensions: ['json'],
  detect: (text) => /^\ufeff?\s*\{[\s\S]*"cues"\s*:/.test(text.slice(0, 4096)),
  parse: parseCaptionJson,
  serialize: serializeCaptionJson,
}
