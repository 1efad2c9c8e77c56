/**
 * The editor screen: video with captions, transport, waveform, cue list and the current cue's
 * editor. F6 moves focus between the text box, the list and the waveform.
 */

import { useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CueList } from '../cue-list/cue-list'
import { CueEditor } from '../cue-editor/cue-editor'
import { TransportBar } from '../transport/transport-bar'
import { VideoPlayer } from '../video/video-player'
import { useAutoPause } from '../transport/use-auto-pause'
import { useLoopCue } from '../transport/use-loop-cue'
import { DEFAULT_AUTO_PAUSE } from '../transport/playback-settings'
import { useGlobalShortcuts, type ScreenCommands } from '../shortcuts/use-global-shortcuts'

/** What the screen needs from the app: the media to show and slots for panels owned by other features. */
export type EditorScreenProps = Readonly<{
  title: string
  mediaUrl: string | undefined
  durationMs: number
  /** The waveform panel (renderer/features/waveform); its focusable element carries `data-focus-region="waveform"`. */
  waveform?: ReactNode
  /** Side panels (find and replace, speakers, problems, transcript preview). */
  sidePanel?: ReactNode
  /** The header toolbar (save status, export, undo). */
  toolbar?: ReactNode
  /** Commands the app handles (save, find, shortcuts sheet). */
  commands?: ScreenCommands
  /** Cues with quality problems, marked in the list. */
  problemCueIds?: ReadonlySet<string>
}>

/** The main editing screen. */
export function EditorScreen({ title, mediaUrl, durationMs, waveform, sidePanel, toolbar, commands, problemCueIds }: EditorScreenProps) {
  const { t } = useTranslation()
  const textRef = useRef<HTMLTextAreaElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const [autoPause, setAutoPause] = useState(DEFAULT_AUTO_PAUSE.enabled)
  useAutoPause({ ...DEFAULT_AUTO_PAUSE, enabled: autoPause })
  useLoopCue()

  const focusNextRegion = () => {
    const regions = [
      textRef.current,
      listRef.current?.querySelector<HTMLElement>('[role="grid"]'),
      document.querySelector<HTMLElement>('[data-focus-region="waveform"]'),
    ].filter(
      (el): el is HTMLElement => !!el,
    )
    const index = regions.findIndex((el) => el.contains(document.activeElement))
    regions[(index + 1) % regions.length]?.focus()
  }
  const screenCommands = useMemo<ScreenCommands>(() => ({ 'next-region': focusNextRegion, ...commands }), [commands])
  useGlobalShortcuts(screenCommands)

  return (
    <div className="editor-screen">
      <header className="editor-screen__header">
        <h1 className="editor-screen__title">{title}</h1>
        {toolbar}
      </header>
      <main className="editor-screen__main" aria-label={t('editor.main')}>
        <section className="editor-screen__media" aria-label={t('editor.mediaRegion')}>
          <VideoPlayer src={mediaUrl} title={title} />
          <TransportBar autoPause={autoPause} onAutoPauseChange={setAutoPause} durationMs={durationMs} />
        </section>
        <div className="editor-screen__cue-editor">
          <CueEditor ref={textRef} />
        </div>
        <section className="editor-screen__waveform" aria-label={t('editor.waveformRegion')}>
          {waveform}
        </section>
        <section ref={listRef} className="editor-screen__list" aria-label={t('editor.listRegion')}>
          <CueList onActivate={() => textRef.current?.focus()} problemCueIds={problemCueIds} />
        </section>
        {sidePanel ? <aside className="editor-screen__side">{sidePanel}</aside> : null}
      </main>
    </div>
  )
}
