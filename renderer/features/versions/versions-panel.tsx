/**
 * The Versions panel: the versions Eglur kept of the project on disk (newest first, when and why, and
 * what changed since the one before), a preview of what restoring one would change, and restoring it
 * as one undoable step. Restoring keeps a version of the work first, so it can be undone on disk too.
 */

import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiResult } from '../../../shared/ipc/contract'
import { projectFromParsedJson } from '../../../shared/project/project-file'
import type { VersionInfo } from '../../../shared/project/version-info'
import { useDispatch } from '../../state/store-context'
import { useBridge } from '../../platform/bridge-context'
import { useAnnounce } from '../announcer'
import { differenceParts, exampleLines, keptAtText, reasonText, summaryLine } from './describe'
import { keepVersionBefore, useVersionedProject } from './version-keeper'

type Preview = Extract<ApiResult<'readVersion'>, { ok: true }>

/** The versions panel. */
export function VersionsPanel() {
  const { t, i18n } = useTranslation()
  const projectPath = useVersionedProject()
  const bridge = useBridge()
  const dispatch = useDispatch()
  const announce = useAnnounce()
  const [versions, setVersions] = useState<readonly VersionInfo[] | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const [preview, setPreview] = useState<Preview | undefined>()
  const [busy, setBusy] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const when = (v: VersionInfo) => keptAtText(i18n.language, v.keptAt)
  const problemText = (code: string) =>
    t(`versions.problems.${code}`, { defaultValue: t('versions.problems.unknown', { code }) })

  const [reloads, setReloads] = useState(0)
  useEffect(() => {
    let live = true
    if (projectPath)
      void bridge
        .listVersions({ path: projectPath })
        .then((listed) => live && (listed.ok ? setVersions(listed.versions) : setProblem(listed.code)))
    return () => {
      live = false
    }
  }, [bridge, projectPath, reloads])

  if (!projectPath) {
    return (
      <section className="panel versions" aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('versions.heading')}</h2>
        <p>{t('versions.notOnDisk')}</p>
      </section>
    )
  }
  const open = async (v: VersionInfo) => {
    setBusy(true)
    const read = await bridge.readVersion({ path: projectPath, id: v.id })
    setBusy(false)
    if (read.ok) {
      setProblem(undefined)
      setPreview(read)
    } else setProblem(read.code)
  }
  const close = () => {
    setPreview(undefined)
    headingRef.current?.focus()
  }
  const restore = async () => {
    if (!preview) return
    // Main read the version and sends it as checked project JSON.
    const restored = projectFromParsedJson(preview.project)
    setBusy(true)
    // The work as it is now becomes a version first; the gate sends the restore only after that.
    const kept = keepVersionBefore('restore')
    dispatch({ type: 'documentRestored', doc: restored.doc })
    announce(t('versions.restored', { time: when(preview.version) }))
    close()
    await kept
    setBusy(false)
    setReloads((n) => n + 1)
  }
  return (
    <section className="panel versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading" tabIndex={-1} ref={headingRef}>
        {t('versions.heading')}
      </h2>
      <p>{t('versions.intro')}</p>
      {problem ? (
        <p role="alert" className="panel__status">
          {problemText(problem)}
        </p>
      ) : null}
      {preview ? (
        <VersionPreview
          preview={preview}
          busy={busy}
          when={when(preview.version)}
          onRestore={() => void restore()}
          onClose={close}
        />
      ) : null}
      {versions === undefined ? (
        <p role="status">{t('versions.loading')}</p>
      ) : versions.length === 0 ? (
        <p>{t('versions.empty')}</p>
      ) : (
        <ol className="versions__list" aria-label={t('versions.listLabel')}>
          {versions.map((v) => (
            <li key={v.id}>
              <time className="versions__when" dateTime={new Date(v.keptAt).toISOString()}>
                {when(v)}
              </time>
              <span className="versions__reason">{reasonText(t, v)}</span>
              <span className="versions__summary">{summaryLine(t, v)}</span>
              <button
                type="button"
                disabled={busy}
                aria-label={t('versions.previewLabel', { time: when(v), reason: reasonText(t, v) })}
                onClick={() => void open(v)}
              >
                {t('versions.preview')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** What restoring a version would change, with examples, and the Restore button. Takes focus when shown. */
function VersionPreview({
  preview,
  busy,
  when,
  onRestore,
  onClose,
}: {
  preview: Preview
  busy: boolean
  when: string
  onRestore: () => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [preview])
  // Restoring replaces the captions and speakers; the glossary stays as it is, so only those are described.
  const parts = differenceParts(t, preview.differences, true)
  const examples = exampleLines(t, preview.differences)
  return (
    <section className="versions__preview" aria-labelledby="version-preview-heading">
      <h3 id="version-preview-heading" tabIndex={-1} ref={headingRef}>
        {t('versions.previewHeading', { time: when, reason: reasonText(t, preview.version) })}
      </h3>
      {parts.length > 0 ? (
        <>
          <p>{t('versions.previewIntro')}</p>
          <ul>
            {parts.map((part) => (
              <li key={part}>{part}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('versions.sameAsNow')}</p>
      )}
      {examples.length > 0 ? (
        <>
          <p>{t('versions.examplesIntro')}</p>
          <ul className="versions__examples">
            {examples.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="panel__buttons">
        <button type="button" className="primary" disabled={busy || parts.length === 0} onClick={onRestore}>
          {t('versions.restore')}
        </button>
        <button type="button" onClick={onClose}>
          {t('versions.closePreview')}
        </button>
      </div>
    </section>
  )
}
