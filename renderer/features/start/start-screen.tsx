/**
 * The start screen: open a video and its captions (system dialog in the desktop app, the server's
 * chooser in browser mode, file inputs or drag and drop), recent projects, the sample project, and
 * recovery of unsaved work. Questions asked while opening appear here before the editor does.
 */

import { useEffect, useRef, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { LaunchInfo } from '../../../shared/ipc/contract'
import { openableKind } from '../../../shared/formats/file-kinds'
import type { AutosaveRecord } from '../../platform/autosave'
import { useBridge, useIsDesktop } from '../../platform/bridge-context'
import { sessionKey } from '../../platform/session-key'
import { parseInWorker } from '../../platform/parse-in-worker'
import { openFromPaths, openProjectPath, type Notice, type OpenOutcome, type SessionInit } from './open-flow'
import { CleanupPreview } from './cleanup-preview'
import { FileChooserDialog } from './file-chooser-dialog'
import { RecentProjects } from './recent-projects'
import { useOpenQuestions } from './use-open-questions'
import { recoverPageWork } from './recover-page-work'
import { noticeText } from './notice-text'
import { formatDateTime } from '../../i18n/index'
import { SettingsDialog } from '../settings/settings-dialog'
import { FirstRunWelcome } from './first-run-welcome'
import { InPageOpen } from './in-page-open'
import { JournalRecovery, PageRecovery } from './recover-panels'

/** Props of the start screen. */
export type StartScreenProps = Readonly<{
  launch: LaunchInfo
  openFiles: readonly string[]
  recoverable?: AutosaveRecord
  onOpen: (init: SessionInit) => void
  onDiscardRecovery: () => void
  onHelp: () => void
}>

/** The start screen. */
export function StartScreen({ launch, openFiles, recoverable, onOpen, onDiscardRecovery, onHelp }: StartScreenProps) {
  const { t, i18n } = useTranslation()
  const [media, setMedia] = useState<File | undefined>()
  const [captions, setCaptions] = useState<File | undefined>()
  const [notice, setNotice] = useState<Notice | undefined>()
  const [busy, setBusy] = useState(false)
  const [choosing, setChoosing] = useState(false)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const { ask, pending } = useOpenQuestions()
  const bridge = useBridge()
  const deps = { bridge, parse: parseInWorker, ask }
  const finish = (outcome: OpenOutcome) => (outcome.ok ? onOpen(outcome.session) : setNotice(outcome.notice))
  const run = async (work: () => Promise<OpenOutcome>) => {
    setNotice(undefined)
    setBusy(true)
    try {
      finish(await work())
    } finally {
      setBusy(false)
    }
  }
  const openPaths = (paths: readonly string[]) => void run(() => openFromPaths(paths, deps))
  const opened = useRef<readonly string[] | undefined>(undefined)
  // While files named at launch are opening, only "Opening…" shows: the editor is what comes next,
  // and drawing the whole start screen first (recent projects, their dates) delayed it.
  const [launching, setLaunching] = useState(openFiles.length > 0)
  useEffect(() => {
    // Files named on the command line or opened from the desktop open straight away, once each.
    if (opened.current === openFiles || openFiles.length === 0) return
    opened.current = openFiles
    void run(() => openFromPaths(openFiles, deps)).finally(() => setLaunching(false))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per list of files
  }, [openFiles])

  // A file goes where it was chosen; dropped files by their kind, and any other file is tried as
  // captions, so that opening it says what it is (never a file silently ignored).
  const take = (files: readonly File[], slot?: 'media' | 'captions') => {
    for (const file of files) {
      const isMedia = /^(video|audio)\//.test(file.type) || openableKind(file.name) === 'media'
      if (
        slot === 'captions' ||
        (slot === undefined &&
          (openableKind(file.name) === 'captions' || openableKind(file.name) === 'project' || !isMedia))
      )
        setCaptions(file)
      else setMedia(file)
    }
  }
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault()
    const files = [...event.dataTransfer.files]
    const paths = files.map((f) => bridge.pathForFile(f)).filter(Boolean)
    // The desktop app knows where dropped files live; a browser page does not.
    if (paths.length === files.length && paths.length > 0) openPaths(paths)
    else take(files)
  }
  const chooseFiles = async () => {
    const chosen = await bridge.chooseFiles({ purpose: 'open' })
    if (chosen.ok && chosen.paths.length) openPaths(chosen.paths)
    else if (!chosen.ok && chosen.code === 'unsupported') setChoosing(true)
  }
  // en-GB or Welsh dates ("7 Dec 2026, 14:05"), never the US order the bare "en" would give.
  const when = (ms: number) => formatDateTime(ms, i18n.language)

  if (launching && !pending && !notice)
    return (
      <main className="start-screen" aria-busy="true">
        <p role="status">{t('start.opening')}</p>
      </main>
    )
  return (
    <main className="start-screen" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} aria-busy={busy}>
      <div className="start-screen__top">
        <h1>{t('start.heading')}</h1>
        <span>
          <button type="button" aria-haspopup="dialog" onClick={onHelp}>
            {t('shellButtons.help')}
          </button>{' '}
          <button type="button" aria-haspopup="dialog" onClick={() => setSettingsOpen(true)}>
            {t('settings.open')}
          </button>
        </span>
      </div>
      <p className="start-screen__intro">{t('start.intro')}</p>
      <MissingLinkNotice />
      {notice ? (
        <p className="field-error" role="alert">
          {noticeText(t, notice)}
        </p>
      ) : null}
      {pending?.kind === 'recover' ? <JournalRecovery question={pending} when={when} /> : null}
      {pending?.kind === 'cleanup' ? (
        <CleanupPreview
          before={pending.before}
          after={pending.after}
          {...(pending.tidy ? { tidy: pending.tidy } : {})}
          onChoose={pending.answer}
        />
      ) : null}
      {recoverable && !pending ? (
        <PageRecovery
          record={recoverable}
          when={when}
          onRecover={() => void run(() => recoverPageWork(recoverable, deps))}
          onDiscard={onDiscardRecovery}
        />
      ) : null}
      <OpenPanel
        busy={busy}
        onChoose={() => void chooseFiles()}
        {...(launch.sampleProjectPath
          ? { onSample: () => void run(() => openProjectPath(launch.sampleProjectPath!, deps)) }
          : {})}
      />
      <RecentProjects
        recent={launch.recent}
        when={when}
        onOpen={(path) => void run(() => openProjectPath(path, deps))}
        disabled={busy}
      />
      <InPageOpen
        deps={deps}
        run={(work) => void run(work)}
        busy={busy}
        {...(media ? { media } : {})}
        {...(captions ? { captions } : {})}
        onFiles={take}
      />
      {settingsOpen ? <SettingsDialog onClose={() => setSettingsOpen(false)} /> : null}
      <FirstRunWelcome
        hasFilesToOpen={openFiles.length > 0}
        {...(launch.sampleProjectPath
          ? { onSample: () => void run(() => openProjectPath(launch.sampleProjectPath!, deps)) }
          : {})}
        onOwn={() => void chooseFiles()}
      />
      {choosing ? (
        <FileChooserDialog
          onClose={() => setChoosing(false)}
          onChoose={(paths) => (setChoosing(false), openPaths(paths))}
        />
      ) : null}
    </main>
  )
}

/** Browser mode opened by hand (a bookmark, a typed address): the helper answers nothing without the secret, and this says why. */
function MissingLinkNotice() {
  const { t } = useTranslation()
  const desktop = useIsDesktop()
  if (desktop || sessionKey() !== undefined) return null
  return (
    <p className="field-error" role="alert">
      {t('start.noPrivateLink')}
    </p>
  )
}

/** The main way in: choose the video (and captions), or try the sample project. */
function OpenPanel({ busy, onChoose, onSample }: { busy: boolean; onChoose: () => void; onSample?: () => void }) {
  const { t } = useTranslation()
  return (
    <section className="panel" aria-labelledby="open-heading">
      <h2 id="open-heading">{t('start.openHeading')}</h2>
      <p>{t('start.openExplain')}</p>
      <button type="button" className="primary" onClick={onChoose} disabled={busy}>
        {t('start.chooseFiles')}
      </button>
      {onSample ? (
        <button type="button" onClick={onSample} disabled={busy}>
          {t('start.openSample')}
        </button>
      ) : null}
      <p className="start-screen__drop">{t('start.drop')}</p>
    </section>
  )
}
