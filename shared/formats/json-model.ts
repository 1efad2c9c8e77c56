/**
 * Eglur JSON without its schema: the interchange shape as a type, documents to and from it, and the
 * writer. The schema (zod) is in json.ts; this module never loads it, so a command that only writes
 * JSON (a convert to JSON) starts without zod (≈ 35 ms of a cold process). See json.ts for the shape.
 */

import type { Cue, CueKind } from '../model/cue'
import { makeDocument, type CaptionDocument, type DocumentMeta } from '../model/document'
import { asCueId, asSpeakerId, idAllocator } from '../model/ids'
import type { Speaker } from '../model/speaker'
import { CAPTION_JSON_LAYOUT, layoutJson, MappedList } from './json-layout'
import { CueLineMap } from './cue-lines'
import type { ParseResult, ParseWarning } from './types'

/** One word timing in Eglur JSON. */
export type WordJson = { start: number; end: number; text: string }

/** One cue in Eglur JSON. */
export type CueJson = {
  id: string
  start: number
  end: number
  text: string
  speaker?: string | undefined
  kind?: CueKind | undefined
  words?: WordJson[] | undefined
  settings?: string | undefined
  label?: string | undefined
  note?: string | undefined
}

/** The JSON interchange shape (json.ts checks that its schema gives exactly this type). */
export type CaptionJson = {
  version: 1
  cues: CueJson[]
  speakers: { id: string; name: string; role?: string | undefined }[]
  meta?:
    | {
        vttHeader?: string | undefined
        styles?: string[] | undefined
        regions?: string[] | undefined
        language?: string | undefined
        trailingNote?: string | undefined
      }
    | undefined
}

/** Converts a document to its JSON interchange object. */
export function documentToJson(doc: CaptionDocument): CaptionJson {
  return documentJsonWith(doc, doc.cues.map(cueToJson))
}

/** The document's JSON object with `cues` for its captions (the writer passes them as a MappedList). */
function documentJsonWith<C>(doc: CaptionDocument, cues: C): Omit<CaptionJson, 'cues'> & { cues: C } {
  return {
    version: 1,
    cues,
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
  const json: CueJson = { id: c.id, start: c.startMs, end: c.endMs, text: c.text }
  if (c.speakerId !== undefined) json.speaker = c.speakerId
  if (c.kind !== undefined && c.kind !== 'speech') json.kind = c.kind
  const words = c.words
  if (words) {
    const out: { start: number; end: number; text: string }[] = []
    // Indexed: a for-of makes an iterator result per word until V8 optimises this.
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!
      out.push({ start: w.startMs, end: w.endMs, text: w.text })
    }
    json.words = out
  }
  if (c.settings !== undefined) json.settings = c.settings
  if (c.label !== undefined) json.label = c.label
  if (c.note !== undefined) json.note = c.note
  return json
}

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

/** An Eglur project (`eglur convert`/`transcript` accept one): its captions are under "document". */
export function isProjectJson(raw: unknown): raw is { document: unknown } {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { format?: unknown }).format === 'eglur-project' &&
    'document' in raw
  )
}

/** Writes Eglur JSON: one caption per line, so a change to one caption is a one-line diff. */
export function serializeCaptionJson(doc: CaptionDocument): string {
  return layoutJson(documentJsonWith(doc, new MappedList(doc.cues, cueToJson)), CAPTION_JSON_LAYOUT)
}

/**
 * The line of each cue's `"id"` in `text`, for messages: `raw` is the parsed caption document (a
 * project's "document"); "id" keys belong to cues and speakers, and speakers first in the file shift them.
 */
export function cueLineFinder(text: string, raw: unknown): (index: number) => number {
  const idLines = cueIdLines(text)
  const speakersAt = text.indexOf('"speakers"')
  const speakersFirst = speakersAt >= 0 && speakersAt < text.indexOf('"cues"')
  const speakers = (raw as { speakers?: unknown } | null | undefined)?.speakers
  const shift = speakersFirst && Array.isArray(speakers) ? speakers.length : 0
  return (index: number) => idLines[index + shift] ?? 1
}

/** The reading of a checked document: its warnings, and each cue's line. */
export function captionJsonRead(
  doc: CaptionDocument,
  warnings: ParseWarning[],
  lineOfCue: (index: number) => number,
): ParseResult {
  return {
    doc,
    warnings,
    cueLines: new CueLineMap(
      doc.cues,
      doc.cues.map((_, i) => lineOfCue(i)),
    ),
  }
}
