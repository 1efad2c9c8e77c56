/**
 * Work the page kept in its own storage (browser mode without a project, or a project whose server
 * stopped before it could save): reopened as it was, and — when it belongs to a project file — in
 * that project, saved there straight away.
 */

import type { AutosaveRecord } from '../../platform/autosave'
import { openProjectPath, type OpenDeps, type OpenOutcome } from './open-flow'

/** Reopens page-kept work. */
export async function recoverPageWork(record: AutosaveRecord, deps: OpenDeps): Promise<OpenOutcome> {
  const plain: OpenOutcome = { ok: true, session: { title: record.title, doc: record.doc, glossary: [] } }
  if (!record.projectPath) return plain
  // The journal question does not apply: the page's copy is what the editor chose to recover.
  const opened = await openProjectPath(record.projectPath, {
    ...deps,
    ask: { ...deps.ask, recover: async () => false },
  })
  if (!opened.ok) return plain
  return {
    ok: true,
    session: {
      ...opened.session,
      doc: record.doc,
      dirty: true,
      notice: { key: 'start.recoveredInto', values: { title: record.title } },
    },
  }
}
