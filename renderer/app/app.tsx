/** The app: the start screen, then the editor for what was opened (browser mode wiring). */

import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EditorStoreProvider } from './store-context'
import { MediaProvider } from './media-context'
import { createEditorStore, type EditorStore } from '../state/store'
import { initialEditorState } from '../state/editor-state'
import { StartScreen, type OpenRequest } from '../features/start/start-screen'
import { EditorScreen } from '../features/editor/editor-screen'
import { WaveformView } from '../features/waveform/waveform-view'
import type { WaveformPeaks } from '../features/waveform/wavesurfer-adapter'
import { FindReplacePanel } from '../features/find-replace/find-replace-panel'
import { SpeakersPanel } from '../features/speakers/speakers-panel'
import { SaveStatus } from '../features/toolbar/save-status'
import { UndoButtons } from '../features/toolbar/undo-buttons'
import { ExportMenu } from '../features/export/export-menu'
import { clearAutosave, readAutosave, writeAutosave } from '../platform/autosave'
import { peaksFromFile } from '../platform/browser-peaks'
import { ProblemsPanel } from '../features/problems/problems-panel'
import { GlossaryPanel } from '../features/glossary/glossary-panel'
import type { GlossaryEntry } from '../../shared/quality/glossary'
import { checkDocument } from '../../shared/quality/checks'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../../shared/model/style-profile'
import { useEditor } from './store-context'

type Session = Readonly<{ title: string; store: EditorStore; mediaUrl?: string; media?: File; summary?: string }>

const AUTOSAVE_DELAY_MS = 800

/** The whole app. */
export function App() {
  const [session, setSession] = useState<Session | undefined>()
  const [recoverable, setRecoverable] = useState(() => readAutosave(window.localStorage))
  const open = (request: OpenRequest) => {
    const store = createEditorStore(initialEditorState(request.doc))
    setSession({ title: request.title, store, media: request.media, summary: request.summary, mediaUrl: request.media ? URL.createObjectURL(request.media) : undefined })
  }
  if (!session) {
    return (
      <StartScreen
        recoverable={recoverable}
        onOpen={open}
        onDiscardRecovery={() => {
          clearAutosave(window.localStorage)
          setRecoverable(undefined)
        }}
      />
    )
  }
  return (
    <EditorStoreProvider store={session.store}>
      <MediaProvider>
        <Editor session={session} />
      </MediaProvider>
    </EditorStoreProvider>
  )
}

function Editor({ session }: { session: Session }) {
  const { t } = useTranslation()
  const [peaks, setPeaks] = useState<WaveformPeaks | undefined>()
  const [peaksError, setPeaksError] = useState<string | undefined>()
  const [durationMs, setDurationMs] = useState(0)
  const [panel, setPanel] = useState<'find' | 'speakers' | 'problems' | 'glossary'>('speakers')
  const [profile, setProfile] = useState(ACCESSIBLE_DEFAULT_PROFILE)
  const [glossary, setGlossary] = useGlossary()
  // Checks run on a deferred copy of the document so typing never waits for them.
  const doc = useDeferredValue(useEditor((s) => s.history.present))
  const findings = useMemo(() => checkDocument(doc, profile, { glossary }), [doc, profile, glossary])
  const problemCueIds = useMemo(() => new Set<string>(findings.map((f) => f.cueId)), [findings])
  useAutosave(session)

  useEffect(() => {
    if (!session.mediaUrl || !session.media) return
    const media = session.media
    const probe = document.createElement('video')
    probe.preload = 'metadata'
    probe.src = session.mediaUrl
    probe.onloadedmetadata = () => {
      const ms = Math.round(probe.duration * 1000)
      setDurationMs(ms)
      void peaksFromFile(media, ms).then((r) => (r.ok ? setPeaks(r.peaks) : setPeaksError(t(`waveform.reasons.${r.reason}`))))
    }
  }, [session.mediaUrl, session.media, t])

  const commands = useMemo(() => ({ find: () => setPanel('find') }), [])
  return (
    <EditorScreen
      title={session.title}
      mediaUrl={session.mediaUrl}
      durationMs={durationMs}
      commands={commands}
      problemCueIds={problemCueIds}
      toolbar={
        <div className="toolbar">
          {session.summary ? <p className="toolbar__summary">{session.summary}</p> : null}
          <UndoButtons />
          <ExportMenu title={session.title} />
          <SaveStatus />
        </div>
      }
      waveform={session.mediaUrl ? <WaveformView peaks={peaks} error={peaksError} problemCueIds={problemCueIds} /> : <p className="waveform__status">{t('waveform.noMedia')}</p>}
      sidePanel={
        <div className="side-panel">
          <div role="group" aria-label={t('panels.choose')} className="side-panel__tabs">
            <button type="button" aria-pressed={panel === 'speakers'} onClick={() => setPanel('speakers')}>{t('speakers.heading')}</button>
            <button type="button" aria-pressed={panel === 'find'} onClick={() => setPanel('find')}>{t('find.heading')}</button>
            <button type="button" aria-pressed={panel === 'glossary'} onClick={() => setPanel('glossary')}>{t('glossary.heading')}</button>
            <button type="button" aria-pressed={panel === 'problems'} onClick={() => setPanel('problems')}>
              {t('problems.count', { count: findings.length })}
            </button>
          </div>
          {
            {
              speakers: <SpeakersPanel />,
              find: <FindReplacePanel />,
              glossary: <GlossaryPanel glossary={glossary} onChange={setGlossary} />,
              problems: <ProblemsPanel findings={findings} profile={profile} onProfileChange={setProfile} />,
            }[panel]
          }
        </div>
      }
    />
  )
}

const GLOSSARY_KEY = 'eglur:glossary:v1'

/** The glossary, kept in the browser between sessions. */
function useGlossary(): [readonly GlossaryEntry[], (g: readonly GlossaryEntry[]) => void] {
  const [glossary, setGlossary] = useState<readonly GlossaryEntry[]>(() => {
    try {
      const raw = JSON.parse(window.localStorage.getItem(GLOSSARY_KEY) ?? '[]') as unknown
      return Array.isArray(raw) ? raw.filter((e): e is GlossaryEntry => typeof e?.from === 'string' && typeof e?.to === 'string') : []
    } catch {
      return []
    }
  })
  const update = (next: readonly GlossaryEntry[]) => {
    setGlossary(next)
    try {
      window.localStorage.setItem(GLOSSARY_KEY, JSON.stringify(next))
    } catch {
      // Storage full: the glossary still works for this session.
    }
  }
  return [glossary, update]
}

/** Writes the document to local storage shortly after each edit and reports the save status. */
function useAutosave(session: Session): void {
  useEffect(() => {
    const { store } = session
    let timer: number | undefined
    let last = store.getState().history.present
    const unsubscribe = store.subscribe(() => {
      const doc = store.getState().history.present
      if (doc === last) return
      last = doc
      window.clearTimeout(timer)
      timer = window.setTimeout(() => {
        const result = writeAutosave(window.localStorage, session.title, doc)
        store.dispatch({ type: 'saveStatusChanged', status: result.ok ? { state: 'saved', savedAt: Date.now() } : { state: 'error', code: result.code } })
      }, AUTOSAVE_DELAY_MS)
    })
    return () => {
      window.clearTimeout(timer)
      unsubscribe()
    }
  }, [session])
}
