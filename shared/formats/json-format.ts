/**
 * The Eglur JSON format as the registry holds it, without zod: files the schema would read unchanged
 * (all the files Eglur writes) are read through json-exact.ts and give exactly the schema's reading;
 * any other file goes to the full reader (json.ts, with the schema), which gives the verdict and the
 * messages. json.ts hands that reader over when it loads, and every program but the `eglur` bundle
 * loads it with the registry (shared/formats/index.ts). The bundle leaves it out so that a convert to
 * JSON starts without zod; the CLI loads it for every other command, and a convert catches
 * `JsonReaderNotLoaded` where it reads or checks, loads it and reads again.
 */

import { exactTranslations } from '../project/project-json-exact'
import { translationsFromJson } from '../project/translations-model'
import { exactCaptionJson } from './json-exact'
import { captionJsonRead, cueLineFinder, documentFromJson, isProjectJson, serializeCaptionJson } from './json-model'
import type { CaptionFormat, ParseResult, ParseWarning } from './types'

/** Thrown when a file needs the full reader and it has not been loaded (only ever in the `eglur` bundle). */
export class JsonReaderNotLoaded extends Error {
  constructor() {
    super('The Eglur JSON reader (shared/formats/json.ts) is not loaded.')
  }
}

let fullReader: ((text: string) => ParseResult) | undefined

/** Hands over the full reader (json.ts does, as it loads). */
export function setFullJsonReader(read: (text: string) => ParseResult): void {
  fullReader = read
}

/** True once the full reader is loaded. */
export const fullJsonReaderLoaded = (): boolean => fullReader !== undefined

/** The schema's reading of a file it would read unchanged, made without it; undefined for any other file. */
function readExactly(text: string): ParseResult | undefined {
  let raw: unknown
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return undefined
  }
  // A project: its captions under "document", their other languages (absent: none) under "translations".
  let translations: ReturnType<typeof exactTranslations> = []
  if (isProjectJson(raw)) {
    const listed = (raw as { translations?: unknown }).translations
    if (listed !== undefined) translations = exactTranslations(listed)
    raw = raw.document
  }
  const json = exactCaptionJson(raw)
  if (!json || !translations) return undefined
  const lineOfCue = cueLineFinder(text, raw)
  const warnings: ParseWarning[] = []
  const master = documentFromJson(json, warnings, lineOfCue)
  return captionJsonRead(translationsFromJson(master, translations), warnings, lineOfCue)
}

/** Parses Eglur JSON (a caption file, or the captions of an `.eglur` project). */
export function parseCaptionJson(text: string): ParseResult {
  const read = readExactly(text)
  if (read) return read
  if (!fullReader) throw new JsonReaderNotLoaded()
  return fullReader(text)
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
