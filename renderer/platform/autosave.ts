/**
 * Browser-mode autosave: after every edit (debounced) the document is written to the page's local
 * storage, so a closed tab or a crash loses at most the last second. The start screen offers to
 * recover it. (The desktop app writes a project file and journal through the main process instead.)
 */

import { documentFromJson, documentToJson, captionJsonSchema, cueToJson } from '../../shared/formats/json'
import type { CaptionDocument } from '../../shared/model/document'
import type { Cue } from '../../shared/model/cue'

const KEY = 'eglur:autosave:v1'

/** What is kept for recovery. */
export type AutosaveRecord = Readonly<{
  title: string
  savedAt: number
  doc: CaptionDocument
  cueCount: number
  projectPath?: string
}>

/** Storage the autosave writes to (window.localStorage in the app; a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** Writes the document now; returns an error code instead of throwing (e.g. quota exceeded). */
/** `projectPath` is the project file the work belongs to (its server stopped before it could save). */
export function writeAutosave(
  storage: KeyValueStorage,
  title: string,
  doc: CaptionDocument,
  now = Date.now(),
  projectPath?: string,
): { ok: true } | { ok: false; code: string } {
  try {
    storage.setItem(KEY, autosaveText(title, doc, now, projectPath))
    return { ok: true }
  } catch (error) {
    return { ok: false, code: (error as Error).name === 'QuotaExceededError' ? 'ENOSPC' : 'unknown' }
  }
}

/** Each caption's JSON text: captions are immutable, so while typing only the edited one is written out again. */
const cueTexts = new WeakMap<Cue, string>()

function cueText(cue: Cue): string {
  let text = cueTexts.get(cue)
  if (text === undefined) {
    text = JSON.stringify(cueToJson(cue))
    cueTexts.set(cue, text)
  }
  return text
}

/**
 * The stored record, exactly `JSON.stringify({ title, savedAt, doc: documentToJson(doc), projectPath? })`:
 * everything but the captions is written by that call with an empty caption list, whose `"cues":[]`
 * (the first one; the title's quotes are escaped) then takes the captions' cached texts.
 */
export function autosaveText(title: string, doc: CaptionDocument, now: number, projectPath?: string): string {
  const frame = JSON.stringify({
    title,
    savedAt: now,
    doc: documentToJson({ ...doc, cues: [] }),
    ...(projectPath ? { projectPath } : {}),
  })
  const at = frame.indexOf(EMPTY_CUES)
  const cues = doc.cues.map(cueText).join(',')
  return `${frame.slice(0, at)}"cues":[${cues}]${frame.slice(at + EMPTY_CUES.length)}`
}

const EMPTY_CUES = '"cues":[]'

/** The autosaved work, if any and readable. */
export function readAutosave(storage: KeyValueStorage): AutosaveRecord | undefined {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? 'null') as {
      title?: unknown
      savedAt?: unknown
      doc?: unknown
      projectPath?: unknown
    } | null
    if (!raw || typeof raw.title !== 'string' || typeof raw.savedAt !== 'number') return undefined
    const parsed = captionJsonSchema.safeParse(raw.doc)
    if (!parsed.success) return undefined
    const doc = documentFromJson(parsed.data)
    return {
      title: raw.title,
      savedAt: raw.savedAt,
      doc,
      cueCount: doc.cues.length,
      ...(typeof raw.projectPath === 'string' ? { projectPath: raw.projectPath } : {}),
    }
  } catch {
    return undefined
  }
}

/** Forgets the autosaved work (after the editor chose to discard it). */
export function clearAutosave(storage: KeyValueStorage): void {
  storage.removeItem(KEY)
}
