/**
 * When the project file was saved by someone else (another window, tab or program) since this window
 * read it, saving to it stops and this alert says so, in plain words, with the three ways out: open
 * their version (this window's work is kept as a copy beside it first), keep this window's work as a
 * copy and go on editing that, or compare the two. It is a `role="alert"`, so a screen reader speaks
 * it at once; it does not take focus from where the editor is typing.
 */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { compareProjects, type ProjectDifferences } from '../../../shared/project/compare'
import { projectFromParsedJson, type Project } from '../../../shared/project/project-file'
import type { OpenedProjectPayload } from '../../../shared/ipc/contract'
import { useBridge } from '../../platform/bridge-context'
import { WRITER_ID } from '../../platform/writer'
import { useEditor, useStore } from '../../state/store-context'
import { DifferenceList } from '../differences/difference-list'

/** Props: the project path, this window's work as it is now, and what to do once the editor chose. */
export type ConflictAlertProps = Readonly<{
  projectPath: string
  mine: () => Project
  /** Their version was opened; this window's work was kept at `keptAs`. */
  onReloaded: (opened: OpenedProjectPayload, keptAs?: string) => void
  /** This window's work now lives at `copyPath`. */
  onCopied: (copyPath: string) => void
}>

/** The conflict alert, shown while saving is in conflict. */
export function ConflictAlert({ projectPath, mine, onReloaded, onCopied }: ConflictAlertProps) {
  const { t } = useTranslation()
  const state = useEditor((s) => s.save.state)
  const store = useStore()
  const bridge = useBridge()
  const [differences, setDifferences] = useState<ProjectDifferences | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  if (state !== 'conflict') return null
  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setProblem(undefined)
    try {
      await work()
    } finally {
      setBusy(false)
    }
  }
  const fileName = projectPath.split(/[\\/]/).pop() ?? projectPath
  const compare = () =>
    run(async () => {
      const read = await bridge.readConflict({ path: projectPath, writer: WRITER_ID })
      // Main read and checked the file: its JSON is built into a project without checking it again.
      if (!read.ok) return setProblem(t('conflict.cannotCompare'))
      setDifferences(compareProjects(projectFromParsedJson(read.theirs), mine()))
    })
  const settle = (choice: 'reload' | 'keep-copy') =>
    run(async () => {
      const result = await bridge.resolveConflict({ path: projectPath, writer: WRITER_ID, choice })
      if (!result.ok)
        return setProblem(
          t('conflict.failed', {
            reason: t(`save.reasons.${result.code}`, { defaultValue: t('save.reasons.unknown') }),
          }),
        )
      if (choice === 'reload') return onReloaded(result.opened, result.opened.keptAs)
      // The copy was written just now with this window's work: nothing is waiting to be saved.
      store.dispatch({ type: 'saveStatusChanged', status: { state: 'saved', savedAt: Date.now() } })
      onCopied(result.opened.path)
    })
  return (
    <section className="conflict-alert" role="alert" aria-labelledby="conflict-alert-heading">
      <h2 id="conflict-alert-heading">{t('conflict.heading')}</h2>
      <p>{t('conflict.explain', { file: fileName })}</p>
      <div className="conflict-alert__actions">
        <button type="button" disabled={busy} onClick={() => void settle('keep-copy')}>
          {t('conflict.keepCopy')}
        </button>
        <button type="button" disabled={busy} onClick={() => void settle('reload')}>
          {t('conflict.reload')}
        </button>
        <button type="button" disabled={busy} aria-expanded={differences !== undefined} onClick={() => void compare()}>
          {t('conflict.compare')}
        </button>
      </div>
      {problem ? <p className="conflict-alert__problem">{problem}</p> : null}
      {differences ? (
        <div className="conflict-alert__compare">
          <h3>{t('conflict.compareHeading')}</h3>
          <DifferenceList differences={differences} />
        </div>
      ) : null}
    </section>
  )
}
