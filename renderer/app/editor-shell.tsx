/** The editor around the open work: media and waveform, side panels, toolbar, saving. */

import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EditorScreen } from '../features/editor/editor-screen'
import { WaveformView } from '../features/waveform/waveform-view'
import { FindReplacePanel } from '../features/find-replace/find-replace-panel'
import { SpeakersPanel } from '../features/speakers/speakers-panel'
import { SaveStatus } from '../features/toolbar/save-status'
import { UndoButtons } from '../features/toolbar/undo-buttons'
import { ExportMenu } from '../features/export/export-menu'
import { ProblemsPanel } from '../features/problems/problems-panel'
import { GlossaryPanel } from '../features/glossary/glossary-panel'
import { ConvertBanner } from '../features/media/convert-banner'
import type { GlossaryEntry } from '../../shared/quality/glossary'
import type { OpenedMedia } from '../../shared/ipc/contract'
import { checkDocument } from '../../shared/quality/checks'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../../shared/model/style-profile'
import { builtInProfile } from '../../shared/quality/profiles'
import type { EditorStore } from '../state/store'
import { useEditor } from './store-context'
import { useSessionMedia } from './use-session-media'
import { useProjectAutosave } from './use-project-autosave'
import type { Notice, SessionInit } from './open-flow'

/** An open piece of work: what was opened plus its store. */
export type Session = SessionInit & Readonly<{ store: EditorStore }>

type Panel = 'find' | 'speakers' | 'problems' | 'glossary'

/** The editor for a session. */
export function EditorShell({ session }: { session: Session }) {
  const { t } = useTranslation()
  const [media, setMedia] = useState<OpenedMedia | undefined>(session.media)
  const loaded = useSessionMedia(media, session.mediaFile)
  const [panel, setPanel] = useState<Panel>('speakers')
  const [profile, setProfile] = useState(() => (session.profileId ? builtInProfile(session.profileId) : undefined) ?? ACCESSIBLE_DEFAULT_PROFILE)
  const [glossary, setGlossary] = useState<readonly GlossaryEntry[]>(session.glossary)
  const [notice, setNotice] = useState<Notice | undefined>(session.notice)
  useProjectAutosave({ store: session.store, title: session.title, ...(session.projectPath ? { projectPath: session.projectPath } : {}), ...(media ? { media } : {}), glossary, profileId: profile.id })
  // Checks run on a deferred copy of the document so typing never waits for them.
  const doc = useDeferredValue(useEditor((s) => s.history.present))
  const findings = useMemo(() => checkDocument(doc, profile, { glossary }), [doc, profile, glossary])
  const problemCueIds = useMemo(() => new Set<string>(findings.map((f) => f.cueId)), [findings])
  const commands = useMemo(() => ({ find: () => setPanel('find') }), [])
  const waveformProblem = loaded.peaksProblem ? t(`waveform.reasons.${loaded.peaksProblem}`, { defaultValue: t('waveform.reasons.unknown') }) : undefined
  const hasMedia = Boolean(media ?? session.mediaFile)
  return (
    <EditorScreen
      title={session.title}
      mediaUrl={loaded.url}
      durationMs={loaded.durationMs}
      commands={commands}
      problemCueIds={problemCueIds}
      toolbar={
        <div className="toolbar">
          {notice ? (
            <p className="toolbar__summary" role="status">
              {t(notice.key, notice.values)}{' '}
              <button type="button" className="link-button" onClick={() => setNotice(undefined)}>
                {t('common.dismiss')}
              </button>
            </p>
          ) : null}
          <UndoButtons />
          <ExportMenu title={session.title} {...(session.projectPath ?? media?.path ? { nearPath: session.projectPath ?? media?.path } : {})} />
          <SaveStatus />
        </div>
      }
      waveform={
        <>
          {media && !media.playable ? <ConvertBanner media={media} onConverted={setMedia} /> : null}
          {hasMedia ? <WaveformView peaks={loaded.peaks} {...(loaded.progress !== undefined ? { progress: loaded.progress } : {})} {...(waveformProblem ? { error: waveformProblem } : {})} problemCueIds={problemCueIds} /> : <p className="waveform__status">{t('waveform.noMedia')}</p>}
        </>
      }
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
