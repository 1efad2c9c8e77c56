/** The editor around the open work: media and waveform, side panels, toolbar, saving. */

import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EditorScreen } from '../features/editor/editor-screen'
import { WaveformView } from '../features/waveform/waveform-view'
import { SaveStatus } from '../features/toolbar/save-status'
import { UndoButtons } from '../features/toolbar/undo-buttons'
import { ExportMenu, useExporter } from '../features/export/export-menu'
import { ConvertBanner } from '../features/media/convert-banner'
import { MediaProblem } from '../features/media/media-problem'
import { FixEverywhereOffer } from '../features/fix-everywhere/fix-everywhere-offer'
import type { OpenedMedia } from '../../shared/ipc/contract'
import type { EditorStore } from '../state/store'
import { useDocumentFindings } from './use-document-findings'
import { noticeText } from '../features/start/notice-text'
import { useAnnounce } from '../features/announcer'
import { isDesktop } from '../platform/bridge'
import { useShellCommands } from './use-shell-commands'
import { useSessionMedia } from './use-session-media'
import { useProjectAutosave } from './use-project-autosave'
import { sessionFromPayload, type Notice, type SessionInit } from '../features/start/open-flow'
import { ConflictAlert } from '../features/save-conflict/conflict-alert'
import { SidePanels, type Panel } from './side-panels'
import type { CommandId } from '../features/shortcuts/keymap'

/** An open piece of work: what was opened plus its store. */
export type Session = SessionInit & Readonly<{ store: EditorStore }>

/** The editor for a session; `onClose` goes back to the start screen. */
export function EditorShell({
  session,
  onClose,
  onHelp,
  onReplace,
}: {
  session: Session
  onClose: () => void
  onHelp: () => void
  onReplace: (init: SessionInit) => void
}) {
  const { t } = useTranslation()
  const [media, setMedia] = useState<OpenedMedia | undefined>(session.media)
  const [projectPath, setProjectPath] = useState(session.projectPath)
  const loaded = useSessionMedia(media, session.mediaFile)
  const [panel, setPanel] = useState<Panel>('speakers')
  const [notice, setNotice] = useState<Notice | undefined>(session.notice)
  // The toolbar's notice arrives with the editor, and a live region that appears with its text is not read out: say it once.
  useAnnounceOnce(session.notice ? noticeText(t, session.notice) : undefined)
  useProjectAutosave({
    store: session.store,
    title: session.title,
    ...(projectPath ? { projectPath } : {}),
    ...(media ? { media } : {}),
    ...(session.dirty ? { dirty: true } : {}),
  })
  const runCommand = useRef<((command: CommandId) => void) | undefined>(undefined)
  const exporter = useExporter(
    session.title,
    projectPath ?? media?.path,
    media?.path.split(/[\\/]/).pop() ?? session.mediaFile?.name,
  )
  const { close, saveAs, commands } = useShellCommands({
    session,
    projectPath,
    onProjectPath: (path) => {
      setProjectPath(path)
      setNotice({ key: 'editorShell.savedAs', values: { file: path } })
    },
    media,
    exporter,
    onFind: () => setPanel('find'),
    onClose,
    runCommand,
  })
  const waveformProblem = loaded.peaksProblem
    ? t(`waveform.reasons.${loaded.peaksProblem}`, { defaultValue: t('waveform.reasons.unknown') })
    : undefined
  const hasMedia = Boolean(media ?? session.mediaFile)
  // The project named a video that was not there at opening: say so instead of "no video".
  const missingFile =
    session.notice?.key === 'open.mediaMissing' ? String(session.notice.values?.file ?? '') : undefined
  return (
    <CheckedEditor
      store={session.store}
      title={session.title}
      mediaUrl={loaded.url}
      durationMs={loaded.durationMs}
      commands={commands}
      commandRunnerRef={runCommand}
      panel={panel}
      onPanel={setPanel}
      toolbar={
        <div className="toolbar">
          {notice ? (
            <p className="toolbar__summary" role="status">
              {noticeText(t, notice)}{' '}
              <button type="button" className="link-button" onClick={() => setNotice(undefined)}>
                {t('common.dismiss')}
              </button>
            </p>
          ) : null}
          <button type="button" onClick={close}>
            {t('editorShell.openAnother')}
          </button>
          {isDesktop() ? (
            <button type="button" onClick={() => void saveAs()}>
              {t('editorShell.saveAs')}
            </button>
          ) : null}
          <UndoButtons />
          <button type="button" className="toolbar__help" aria-haspopup="dialog" onClick={onHelp}>
            {t('shellButtons.help')}
          </button>
          <ExportMenu exporter={exporter} />
          <SaveStatus />
        </div>
      }
      aboveWaveform={
        <>
          {projectPath ? (
            <ConflictAlert
              projectPath={projectPath}
              mine={() => ({
                title: session.title,
                doc: session.store.getState().history.present,
                ...session.store.getState().history.settings,
              })}
              onCopied={(copy) => {
                setProjectPath(copy)
                setNotice({ key: 'conflict.copied', values: { file: copy } })
              }}
              onReloaded={(opened, keptAs) =>
                onReplace({
                  ...sessionFromPayload(opened),
                  ...(media ? { media } : {}),
                  notice: { key: 'conflict.reloaded', values: { file: keptAs ?? '' } },
                })
              }
            />
          ) : null}
          {media && !media.playable ? <ConvertBanner media={media} onConverted={setMedia} /> : null}
          <MediaProblem media={media} {...(missingFile ? { missingFile } : {})} />
          <FixEverywhereOffer />
        </>
      }
      waveform={(problemCueIds) =>
        hasMedia ? (
          <WaveformView
            peaks={loaded.peaks}
            {...(loaded.progress !== undefined ? { progress: loaded.progress } : {})}
            {...(waveformProblem ? { error: waveformProblem } : {})}
            problemCueIds={problemCueIds}
          />
        ) : missingFile ? null : (
          <p className="waveform__status">{t('waveform.noMedia')}</p>
        )
      }
    />
  )
}

type CheckedEditorProps = Omit<Parameters<typeof EditorScreen>[0], 'waveform' | 'sidePanel' | 'problemCueIds'> &
  Readonly<{
    store: EditorStore
    panel: Panel
    onPanel: (panel: Panel) => void
    aboveWaveform: ReactNode
    waveform: (problemCueIds: ReadonlySet<string>) => ReactNode
  }>

/**
 * The editor screen with the quality findings, which are checked a moment after typing pauses. New
 * findings re-render this part only: the toolbar and what sits above the waveform arrive as the
 * elements the shell made, so React leaves them alone.
 */
function CheckedEditor({ store, panel, onPanel, aboveWaveform, waveform, ...screen }: CheckedEditorProps) {
  // The problems panel may check one of the other languages instead of the captions' own.
  const [checkLanguage, setCheckLanguage] = useState<string | undefined>()
  const { findings, problemKinds, problemCueIds, checked } = useDocumentFindings(store, checkLanguage)
  return (
    <EditorScreen
      {...screen}
      problemCueIds={problemKinds}
      waveform={
        <>
          {aboveWaveform}
          {waveform(problemCueIds)}
        </>
      }
      sidePanel={
        <SidePanels
          panel={panel}
          onPanel={onPanel}
          findings={findings}
          checking={!checked}
          {...(checkLanguage ? { checkLanguage } : {})}
          onCheckLanguageChange={setCheckLanguage}
        />
      }
    />
  )
}

/** Announces `text` once, when the editor first shows it. */
function useAnnounceOnce(text: string | undefined): void {
  const announce = useAnnounce()
  const said = useRef(false)
  useEffect(() => {
    if (said.current || !text) return
    said.current = true
    announce(text)
  }, [announce, text])
}
