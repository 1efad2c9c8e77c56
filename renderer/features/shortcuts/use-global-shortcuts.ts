/**
 * One keydown listener on the window (capture phase) that runs keymap commands from any focus.
 * Playback keys work while typing because every binding has a modifier or is a non-typing key.
 */

import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useMedia } from '../../ui/media-context'
import { useStore } from '../../state/store-context'
import { currentDocument } from '../../state/editor-state'
import { seekBy, stepMediaRate, togglePlay } from '../../ui/media-control'
import { commandFor, DEFAULT_KEYMAP, type CommandId, type CommandSpec } from './keymap'
import { useAnnounce } from '../announcer'
import { moreCommand } from './more-commands'

/** Commands the screen handles itself (focus moves, dialogs, saving). */
export type ScreenCommands = Partial<Record<CommandId, () => void>>

/** True on macOS, where Cmd plays the part of Ctrl. */
export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform)

/** True when keys typed now would go into a text field (so `?` types a question mark there). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'file', 'color'].includes(target.type)
  )
}

/**
 * Installs the global shortcuts; `screen` supplies the commands that need the screen (focus, dialogs,
 * save). Returns a function that runs a command by id, for the native menu (`onMenuCommand`).
 */
export function useGlobalShortcuts(
  screen: ScreenCommands,
  keymap: readonly CommandSpec[] = DEFAULT_KEYMAP,
): (command: CommandId) => void {
  const store = useStore()
  const { element } = useMedia()
  const announce = useAnnounce()
  const { t } = useTranslation()
  const builtIn = useCallback(
    (command: CommandId) =>
      editorCommand(command, store, element) ??
      moreCommand(command, { state: store.getState(), dispatch: store.dispatch, announce, t }),
    [store, element, announce, t],
  )
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      // A modal dialog (shortcuts sheet, settings) owns the keyboard: Esc closes it, and a chord being
      // recorded for remapping must not also run its old command.
      if (document.querySelector('dialog[open]')) return
      const command = commandFor(event, keymap, isMac(), isTypingTarget(event.target))
      if (!command) return
      const run = screen[command] ?? builtIn(command)
      if (!run) return
      event.preventDefault()
      event.stopPropagation()
      run()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [screen, builtIn, keymap])
  return useCallback((command: CommandId) => (screen[command] ?? builtIn(command))?.(), [screen, builtIn])
}

type Store = ReturnType<typeof useStore>

/** The built-in meaning of a command, or undefined when it needs the screen. */
function editorCommand(
  command: CommandId,
  store: Store,
  media: HTMLVideoElement | undefined,
): (() => void) | undefined {
  const state = store.getState()
  const doc = currentDocument(state)
  const id = state.currentCueId
  const cueIndex = doc.cues.findIndex((c) => c.id === id)
  const cueCommand = (run: (cueId: NonNullable<typeof id>) => void) => (id ? () => run(id) : undefined)
  const table: Partial<Record<CommandId, (() => void) | undefined>> = {
    'play-pause': () => togglePlay(media),
    'back-5s': () => seekBy(media, -5),
    'forward-5s': () => seekBy(media, 5),
    slower: () => stepMediaRate(media, -1),
    faster: () => stepMediaRate(media, 1),
    'loop-cue': () => store.dispatch({ type: 'playbackChanged', loopCue: !state.playback.loopCue }),
    'play-cue': cueCommand((cueId) => store.dispatch({ type: 'cuePlayRequested', id: cueId })),
    undo: () => store.dispatch({ type: 'undoRequested' }),
    redo: () => store.dispatch({ type: 'redoRequested' }),
    'previous-cue': () =>
      doc.cues[cueIndex - 1] && store.dispatch({ type: 'cueSelected', id: doc.cues[cueIndex - 1]!.id }),
    'next-cue': () => doc.cues[cueIndex + 1] && store.dispatch({ type: 'cueSelected', id: doc.cues[cueIndex + 1]!.id }),
    split: cueCommand((cueId) => {
      const box = document.getElementById('cue-text') as HTMLTextAreaElement | null
      store.dispatch({ type: 'cueSplit', id: cueId, textOffset: box?.selectionStart ?? 0 })
    }),
    'merge-next': cueCommand((cueId) => store.dispatch({ type: 'cueMerged', id: cueId, with: 'next' })),
    'merge-previous': cueCommand((cueId) => store.dispatch({ type: 'cueMerged', id: cueId, with: 'previous' })),
    'delete-cue': cueCommand((cueId) => store.dispatch({ type: 'cuesDeleted', ids: [cueId] })),
    'insert-after': () => {
      const cue = doc.cues[cueIndex]
      const start = cue ? cue.endMs : state.playback.timeMs
      store.dispatch({ type: 'cueInserted', startMs: start, endMs: start + 1500 })
    },
    'set-start': cueCommand((cueId) => store.dispatch({ type: 'cueEdgeSetToPlayhead', id: cueId, edge: 'start' })),
    'set-end': cueCommand((cueId) => store.dispatch({ type: 'cueEdgeSetToPlayhead', id: cueId, edge: 'end' })),
    'nudge-start-earlier': cueCommand((cueId) =>
      store.dispatch({ type: 'cueNudged', id: cueId, edge: 'start', deltaMs: -100 }),
    ),
    'nudge-start-later': cueCommand((cueId) =>
      store.dispatch({ type: 'cueNudged', id: cueId, edge: 'start', deltaMs: 100 }),
    ),
    'nudge-end-earlier': cueCommand((cueId) =>
      store.dispatch({ type: 'cueNudged', id: cueId, edge: 'end', deltaMs: -100 }),
    ),
    'nudge-end-later': cueCommand((cueId) =>
      store.dispatch({ type: 'cueNudged', id: cueId, edge: 'end', deltaMs: 100 }),
    ),
  }
  return table[command]
}
