/**
 * Keeping a version right before a bulk change (replace all, fix all, glossary, restore…). The
 * autosave registers a gate for the project on disk: what is pending goes to main as it is now, then
 * the version is kept, and only then are later edits (the bulk change itself) sent. So the version
 * holds every edit made before the change and none of the change, however fast the change follows.
 * Work held only by the page has no version history: keeping is then a no-op. The autosave (an app
 * effect) registers the bridge with the gate, so this module never reaches for it itself.
 */

import { useSyncExternalStore } from 'react'
import type { CaptionBridge } from '../../../shared/ipc/contract'
import type { KeepReason, VersionInfo } from '../../../shared/project/version-info'

/** Runs `keep` after everything pending has been sent, before anything sent later. */
export type BulkChangeGate = (keep: () => Promise<void>) => void

/** The part of the bridge that keeps versions. */
export type VersionKeeping = Pick<CaptionBridge, 'keepVersion'>

let target: Readonly<{ keeping: VersionKeeping; projectPath: string; gate: BulkChangeGate }> | undefined
const listeners = new Set<() => void>()
const changed = () => listeners.forEach((l) => l())

/** Called by the autosave for a project on disk, with the bridge that keeps its versions; returns the unregister. */
export function registerBulkChangeGate(keeping: VersionKeeping, projectPath: string, gate: BulkChangeGate): () => void {
  const mine = { keeping, projectPath, gate }
  target = mine
  changed()
  return () => {
    if (target !== mine) return
    target = undefined
    changed()
  }
}

/**
 * Keeps a version of the project on disk before a bulk change. Call it, then dispatch the change at
 * once (no need to wait). Resolves with the version, or undefined (no project on disk, or main could
 * not keep one: the change still goes ahead, as undo can still take it back).
 */
export function keepVersionBefore(reason: KeepReason, detail?: string): Promise<VersionInfo | undefined> {
  const open = target
  if (!open) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    open.gate(async () => {
      try {
        const kept = await open.keeping.keepVersion({
          path: open.projectPath,
          reason,
          ...(detail ? { detail: detail.slice(0, 300) } : {}),
        })
        resolve(kept.ok ? kept.version : undefined)
      } catch {
        resolve(undefined)
      }
    })
  })
}

/** The project on disk whose versions can be kept and listed, if any. */
export function useVersionedProject(): string | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => target?.projectPath,
  )
}
