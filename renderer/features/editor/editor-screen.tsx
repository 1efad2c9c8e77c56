/**
 * The editor screen, a workbench that fills the window and never scrolls as a page: a one-row
 * toolbar; the video and the current cue's editor side by side; the transport and waveform; the cue
 * list taking the rest; the side panels at the side. Splitters resize and fold the panes (sizes are
 * remembered). F6 moves focus between the text box, the list and the waveform; `?`/F1 opens the
 * shortcuts sheet and Ctrl+, the settings. Completed edits are announced through the live region.
 */

import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CueList, type CueListProps } from '../cue-list/cue-list'
import { TransportBar, TransportOptions } from '../transport/transport-bar'
import { TranscriptView } from '../transcript-view'
import { useAutoPause } from '../transport/use-auto-pause'
import { useLoopCue } from '../transport/use-loop-cue'
import { useCueChoice } from '../transport/use-cue-choice'
import { usePlaybackCues } from '../transport/use-playback-cues'
import { useGlobalShortcuts, type ScreenCommands } from '../shortcuts/use-global-shortcuts'
import { effectiveKeymap } from '../shortcuts/remap'
import type { CommandId } from '../shortcuts/keymap'
import { ariaKeyShortcut } from '../shortcuts/chords'
import { ShortcutsSheet } from '../shortcuts/shortcuts-sheet'
import { SettingsDialog } from '../settings/settings-dialog'
import { useSettings } from '../settings/settings-context'
import { autoPauseOf, cueLeadInOf, toContractAutoPause } from '../settings/settings-model'
import { useEditAnnouncements } from '../announcer/use-edit-announcements'
import { WorkbenchTop } from './workbench-top'
import { SideArea } from './side-area'
import { usePaneLayout } from './pane-layout'
import { useInsertAfter } from '../cue-editor/use-insert-after'

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
  /** Set to a function that runs a command by id (the native menu's `onMenuCommand` calls it). */
  commandRunnerRef?: { current: ((command: CommandId) => void) | undefined }
  /** Cues with quality problems, marked in the list (with the kind of their first problem when a map). */
  problemCueIds?: CueListProps['problemCueIds']
}>

/** The main editing screen. */
export function EditorScreen({
  title,
  mediaUrl,
  durationMs,
  waveform,
  sidePanel,
  toolbar,
  commands,
  commandRunnerRef,
  problemCueIds,
}: EditorScreenProps) {
  const { t } = useTranslation()
  const textRef = useRef<HTMLTextAreaElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  // The start screen's button that opened the work is gone: focus the title, so the keyboard and a screen reader start there, not on the page body.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) titleRef.current?.focus()
  }, [])
  const { settings, update } = useSettings()
  const autoPause = autoPauseOf(settings)
  const keymap = useMemo(() => effectiveKeymap(settings.shortcuts), [settings.shortcuts])
  const [dialog, setDialog] = useState<'shortcuts' | 'settings' | undefined>()
  // The caption list or the transcript view (the same captions as the published document), F4 between them.
  const [view, setView] = useState<'captions' | 'transcript'>('captions')
  const switchView = () => {
    setView((v) => (v === 'captions' ? 'transcript' : 'captions'))
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>('[role="grid"], [role="textbox"]')?.focus())
  }
  useAutoPause(autoPause)
  useLoopCue()
  useCueChoice(cueLeadInOf(settings))
  const [layout, updateLayout] = usePaneLayout()
  // First time: the side panels sit open beside a wide workbench and start closed on a narrow one.
  const sideOpen = layout.sideOpen ?? window.innerWidth >= 1200
  usePlaybackCues({ earcons: settings.earcons ?? false, announceCues: settings.announceCues ?? false })
  const announceSaveWhenDone = useEditAnnouncements()
  // The caption editor's button and the shortcut share one owner: it fits the gap or says there is none.
  const insertAfter = useInsertAfter()

  const focusNextRegion = () => {
    const regions = [
      textRef.current,
      listRef.current?.querySelector<HTMLElement>('[role="grid"], [role="textbox"]'),
      document.querySelector<HTMLElement>('[data-focus-region="waveform"]'),
    ].filter(
      // A folded pane is skipped.
      (el): el is HTMLElement => !!el && el.getClientRects().length > 0,
    )
    const index = regions.findIndex((el) => el.contains(document.activeElement))
    regions[(index + 1) % regions.length]?.focus()
  }
  const screenCommands = useMemo<ScreenCommands>(
    () => ({
      'next-region': focusNextRegion,
      'switch-view': switchView,
      shortcuts: () => setDialog('shortcuts'),
      settings: () => setDialog('settings'),
      'insert-after': insertAfter,
      ...commands,
      // Find lives in the side panels: open them first if they were folded away.
      ...(commands?.find
        ? {
            find: () => {
              updateLayout({ sideOpen: true })
              commands.find?.()
              requestAnimationFrame(() => document.getElementById('find-text')?.focus())
            },
          }
        : {}),
      // Saving is automatic in browser mode; Ctrl+S still confirms out loud that the work is safe.
      save: () => {
        commands?.save?.()
        announceSaveWhenDone()
      },
    }),
    [commands, announceSaveWhenDone, updateLayout, insertAfter],
  )
  const runCommand = useGlobalShortcuts(screenCommands, keymap)
  useEffect(() => {
    if (!commandRunnerRef) return
    commandRunnerRef.current = runCommand
    return () => {
      commandRunnerRef.current = undefined
    }
  }, [commandRunnerRef, runCommand])
  const keysOf = (id: CommandId) =>
    keymap
      .find((c) => c.id === id)
      ?.bindings.map(ariaKeyShortcut)
      .join(' ')

  const shares = { '--top-share': `${layout.topPercent}%`, '--video-share': `${layout.videoPercent}%` } as CSSProperties
  return (
    <div className="editor-screen" style={shares}>
      <header className="editor-screen__header">
        <h1 className="editor-screen__title" title={title} tabIndex={-1} ref={titleRef}>
          {title}
        </h1>
        {toolbar}
        <span className="editor-screen__app-buttons">
          <button
            type="button"
            className="transcript-view-toggle"
            aria-pressed={view === 'transcript'}
            aria-keyshortcuts={keysOf('switch-view')}
            onClick={switchView}
          >
            {t('transcriptView.toggle')}
          </button>
          <button
            type="button"
            aria-haspopup="dialog"
            aria-keyshortcuts={keysOf('shortcuts')}
            onClick={() => setDialog('shortcuts')}
          >
            {t('shortcuts.open')}
          </button>
          <button
            type="button"
            aria-haspopup="dialog"
            aria-keyshortcuts={keysOf('settings')}
            onClick={() => setDialog('settings')}
          >
            {t('settings.open')}
          </button>
        </span>
      </header>
      <main
        className={`editor-screen__main${sideOpen ? ' editor-screen__main--side-open' : ''}`}
        aria-label={t('editor.main')}
      >
        <div className="workbench">
          <WorkbenchTop
            layout={layout}
            onLayoutChange={updateLayout}
            mediaUrl={mediaUrl}
            title={title}
            textRef={textRef}
          />
          <section className="editor-screen__waveform" aria-label={t('editor.waveformRegion')}>
            <TransportBar
              durationMs={durationMs}
              playCueKeys={keysOf('play-cue')}
              snapKeys={keysOf('snap-to-speech')}
            />
            <TransportOptions
              autoPause={autoPause.enabled}
              onAutoPauseChange={(enabled) => update({ autoPause: toContractAutoPause({ ...autoPause, enabled }) })}
            />
            {waveform}
          </section>
          <section
            ref={listRef}
            className="editor-screen__list"
            aria-label={t(view === 'transcript' ? 'transcriptView.region' : 'editor.listRegion')}
          >
            {view === 'transcript' ? (
              <TranscriptView title={title} />
            ) : (
              <CueList onActivate={() => textRef.current?.focus()} problemCueIds={problemCueIds} />
            )}
          </section>
        </div>
        {sidePanel ? (
          <SideArea open={sideOpen} onOpenChange={(open) => updateLayout({ sideOpen: open })}>
            {sidePanel}
          </SideArea>
        ) : null}
      </main>
      {dialog === 'shortcuts' ? <ShortcutsSheet onClose={() => setDialog(undefined)} /> : null}
      {dialog === 'settings' ? (
        <SettingsDialog onClose={() => setDialog(undefined)} onOpenShortcuts={() => setDialog('shortcuts')} />
      ) : null}
    </div>
  )
}
