/**
 * The editor screen: video with captions, transport, waveform, cue list and the current cue's
 * editor. F6 moves focus between the text box, the list and the waveform; `?`/F1 opens the
 * shortcuts sheet and Ctrl+, the settings. Completed edits are announced through the live region.
 */

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CueList } from '../cue-list/cue-list'
import { CueEditor } from '../cue-editor/cue-editor'
import { TransportBar } from '../transport/transport-bar'
import { VideoPlayer } from '../video/video-player'
import { useAutoPause } from '../transport/use-auto-pause'
import { useLoopCue } from '../transport/use-loop-cue'
import { usePlaybackCues } from '../transport/use-playback-cues'
import { useGlobalShortcuts, type ScreenCommands } from '../shortcuts/use-global-shortcuts'
import { effectiveKeymap } from '../shortcuts/remap'
import type { CommandId } from '../shortcuts/keymap'
import { ariaKeyShortcut } from '../shortcuts/chords'
import { ShortcutsSheet } from '../shortcuts/shortcuts-sheet'
import { SettingsDialog } from '../settings/settings-dialog'
import { useSettings } from '../settings/settings-context'
import { autoPauseOf, toContractAutoPause } from '../settings/settings-model'
import { useEditAnnouncements } from '../announcer/use-edit-announcements'

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
  /** Cues with quality problems, marked in the list. */
  problemCueIds?: ReadonlySet<string>
}>

/** The main editing screen. */
export function EditorScreen({ title, mediaUrl, durationMs, waveform, sidePanel, toolbar, commands, commandRunnerRef, problemCueIds }: EditorScreenProps) {
  const { t } = useTranslation()
  const textRef = useRef<HTMLTextAreaElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const { settings, update } = useSettings()
  const autoPause = autoPauseOf(settings)
  const keymap = useMemo(() => effectiveKeymap(settings.shortcuts), [settings.shortcuts])
  const [dialog, setDialog] = useState<'shortcuts' | 'settings' | undefined>()
  useAutoPause(autoPause)
  useLoopCue()
  usePlaybackCues({ earcons: settings.earcons ?? false, announceCues: settings.announceCues ?? false })
  const announceSaveWhenDone = useEditAnnouncements()

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
  const screenCommands = useMemo<ScreenCommands>(
    () => ({
      'next-region': focusNextRegion,
      shortcuts: () => setDialog('shortcuts'),
      settings: () => setDialog('settings'),
      ...commands,
      // Saving is automatic in browser mode; Ctrl+S still confirms out loud that the work is safe.
      save: () => {
        commands?.save?.()
        announceSaveWhenDone()
      },
    }),
    [commands, announceSaveWhenDone],
  )
  const runCommand = useGlobalShortcuts(screenCommands, keymap)
  useEffect(() => {
    if (!commandRunnerRef) return
    commandRunnerRef.current = runCommand
    return () => {
      commandRunnerRef.current = undefined
    }
  }, [commandRunnerRef, runCommand])
  const keysOf = (id: CommandId) => keymap.find((c) => c.id === id)?.bindings.map(ariaKeyShortcut).join(' ')

  return (
    <div className="editor-screen">
      <header className="editor-screen__header">
        <h1 className="editor-screen__title">{title}</h1>
        {toolbar}
        <span className="editor-screen__app-buttons">
          <button type="button" aria-haspopup="dialog" aria-keyshortcuts={keysOf('shortcuts')} onClick={() => setDialog('shortcuts')}>
            {t('shortcuts.open')}
          </button>
          <button type="button" aria-haspopup="dialog" aria-keyshortcuts={keysOf('settings')} onClick={() => setDialog('settings')}>
            {t('settings.open')}
          </button>
        </span>
      </header>
      <main className="editor-screen__main" aria-label={t('editor.main')}>
        <section className="editor-screen__media" aria-label={t('editor.mediaRegion')}>
          <VideoPlayer src={mediaUrl} title={title} />
          <TransportBar autoPause={autoPause.enabled} onAutoPauseChange={(enabled) => update({ autoPause: toContractAutoPause({ ...autoPause, enabled }) })} durationMs={durationMs} />
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
        {sidePanel ? <aside className="editor-screen__side" aria-label={t('editor.sideRegion')}>{sidePanel}</aside> : null}
      </main>
      {dialog === 'shortcuts' ? <ShortcutsSheet onClose={() => setDialog(undefined)} /> : null}
      {dialog === 'settings' ? <SettingsDialog onClose={() => setDialog(undefined)} onOpenShortcuts={() => setDialog('shortcuts')} /> : null}
    </div>
  )
}
