/**
 * Saving an export: the system save dialog and an atomic write by main in the desktop app; a
 * download in browser mode (a web page cannot choose where files go).
 */

import type { FailureCode, SaveKind } from '../../shared/ipc/contract'
import type { PlatformBridge } from './bridge-context'
import { downloadText } from './download'

/** What to save. */
export type SaveRequest = Readonly<{ kind: SaveKind; fileName: string; text: string; type: string; nearPath?: string }>

/** Where it went, or why not (`cancelled` when the editor closed the dialog). */
export type SaveOutcome = { ok: true; where: string } | { ok: false; code: FailureCode }

const folderOf = (p: string) => p.replace(/[\\/][^\\/]*$/, '')
const separator = (p: string) => (p.includes('\\') && !p.includes('/') ? '\\' : '/')

/** Saves an exported file through the bridge the component was given. */
export async function saveExport({ bridge, desktop }: PlatformBridge, request: SaveRequest): Promise<SaveOutcome> {
  if (!desktop) {
    downloadText(request.fileName, request.text, request.type)
    return { ok: true, where: request.fileName }
  }
  const suggestedPath = request.nearPath
    ? `${folderOf(request.nearPath)}${separator(request.nearPath)}${request.fileName}`
    : undefined
  const chosen = await bridge.chooseSavePath({ kind: request.kind, ...(suggestedPath ? { suggestedPath } : {}) })
  if (!chosen.ok) return { ok: false, code: chosen.code }
  const written = await bridge.writeExport({ path: chosen.path, text: request.text })
  return written.ok ? { ok: true, where: chosen.path } : { ok: false, code: written.code }
}
