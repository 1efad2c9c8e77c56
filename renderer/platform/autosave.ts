/**
 * Browser-mode autosave: after every edit (debounced) the document is written to the page's local
 * storage, so a closed tab or a crash loses at most the last second. The start screen offers to
 * recover it. (The desktop app writes a project file and journal through the main process instead.)
 */

import { documentFromJson, documentToJson, captionJsonSchema } from '../../shared/formats/json'
import type { CaptionDocument } from '../../shared/model/document'

const KEY = 'eglur:autosave:v1'

/** What is kept for recovery. */
export type AutosaveRecord = Readonly<{ title: string; savedAt: number; doc: CaptionDocument; cueCount: number; projectPath?: string }>

/** Storage the autosave writes to (window.localStorage in the app; a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** Writes the document now; returns an error code instead of throwing (e.g. quota exceeded). */
/** `projectPath` is the project file the work belongs to (its server stopped before it could save). */
export function writeAutosave(storage: KeyValueStorage, title: string, doc: CaptionDocument, now = Date.now(), projectPath?: string): { ok: true } | { ok: false; code: string } {
  try {
    storage.setItem(KEY, JSON.stringify({ title, savedAt: now, doc: documentToJson(doc), ...(projectPath ? { projectPath } : {}) }))
    return { ok: true }
  } catch (error) {
    return { ok: false, code: (error as Error).name === 'QuotaExceededError' ? 'ENOSPC' : 'unknown' }
  }
}

/** The autosaved work, if any and readable. */
export function readAutosave(storage: KeyValueStorage): AutosaveRecord | undefined {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? 'null') as { title?: unknown; savedAt?: unknown; doc?: unknown; projectPath?: unknown } | null
    if (!raw || typeof raw.title !== 'string' || typeof raw.savedAt !== 'number') return undefined
    const parsed = captionJsonSchema.safeParse(raw.doc)
    if (!parsed.success) return undefined
    const doc = documentFromJson(parsed.data)
    return { title: raw.title, savedAt: raw.savedAt, doc, cueCount: doc.cues.length, ...(typeof raw.projectPath === 'string' ? { projectPath: raw.projectPath } : {}) }
  } catch {
    return undefined
  }
}

/** Forgets the autosaved work (after the editor chose to discard it). */
export function clearAutosave(storage: KeyValueStorage): void {
  storage.removeItem(KEY)
}
