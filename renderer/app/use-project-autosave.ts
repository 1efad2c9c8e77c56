/**
 * Saving while the editor works. A project on disk: 300 ms after an edit, at the page's next idle
 * moment (at most 200 ms later, so never between a keystroke and its frame), what changed (not the
 * whole project) goes to main, which has it on disk within its own 600 ms, so about a second in all;
 * main's `save-status` events drive the indicator. Finding what changed costs a pass over the caption
 * list comparing references (the model is readonly), never a serialisation of the whole project, so
 * typing stays light with 10,000 captions. The glossary and the style profile live in the store's
 * history beside the document, so adding an entry, changing the profile or undoing either is saved
 * the same way (the project changes carry both). One send is in flight at a time, so main applies
 * changes in the order they were made. Work held only by the page (or when browser mode's server has stopped)
 * goes to the page's local storage instead, and the start screen offers it back; that copy is written
 * when typing pauses (at least every few seconds during a long burst), as writing it blocks the page.
 * Closing, hiding or leaving the page saves what is waiting at once.
 */

import { useEffect, useRef } from 'react'
import { diffProjects } from '../../shared/project/project-changes'
import { projectToJson, type Project } from '../../shared/project/project-file'
import type { OpenedMedia } from '../../shared/ipc/contract'
import type { EditorStore } from '../state/store'
import { getBridge } from '../platform/bridge'
import { clearAutosave, writeAutosave } from '../platform/autosave'
import { WRITER_ID } from '../platform/writer'
import { registerBulkChangeGate } from '../features/versions/version-keeper'
import { createSaveTimer } from './save-timer'

/** How long an edit waits before it is sent to main (a throttle: fast typing still saves). */
export const SEND_DELAY_MS = 300
/** Work held by the page is written to local storage once typing pauses this long… */
export const PAGE_DELAY_MS = 800
/** …or this long after the first unsaved edit, whichever comes first. */
export const PAGE_MAX_WAIT_MS = 3000

/** What the autosave needs to know about the open work. */
export type AutosaveTarget = Readonly<{
  store: EditorStore
  title: string
  projectPath?: string
  media?: OpenedMedia
  /** The work opened differs from the file (recovered): save it straight away. */ dirty?: boolean
}>

/** The project as the store holds it now: the document with its glossary and profile. */
function projectOf(store: EditorStore, title: string, media: OpenedMedia | undefined): Project {
  const { present: doc, settings } = store.getState().history
  return {
    title,
    doc,
    glossary: settings.glossary,
    ...(settings.profileId ? { profileId: settings.profileId } : {}),
    ...(media ? { media: { absolutePath: media.path } } : {}),
  }
}

/** Keeps the open work saved; returns nothing, reports through the store's save status. */
export function useProjectAutosave(target: AutosaveTarget): void {
  const savedMediaPath = useRef(target.media?.path)
  const dirtyAtOpen = useRef(target.dirty ?? false)
  const pending = useRef<Promise<unknown>>(Promise.resolve())
  const { store, title, projectPath, media } = target
  useEffect(() => {
    const bridge = getBridge()
    const project = () => projectOf(store, title, media)
    let lastDoc = store.getState().history.present
    let lastSettings = store.getState().history.settings
    // A playable copy replaced the video: the project must point at it, or reopening shows the old one.
    const mediaChanged = media?.path !== savedMediaPath.current
    savedMediaPath.current = media?.path
    // What main holds: changes are worked out against it. Undefined: main needs the whole project
    // (also when the video changed, which the caption changes do not carry).
    let sent: Project | undefined = dirtyAtOpen.current || mediaChanged ? undefined : project()
    // Sends run one after another, so main applies changes in the order they were made.
    let chain: Promise<void> = Promise.resolve()
    // A copy in the page's storage exists (written now, or recovered from): drop it once the file holds the work.
    let pageCopy = dirtyAtOpen.current
    const toPage = () => {
      pageCopy = true
      return writeAutosave(window.localStorage, title, store.getState().history.present, Date.now(), projectPath)
    }
    const sendNow = async (path: string, now: Project = project()): Promise<void> => {
      const changes = sent ? diffProjects(sent, now) : undefined
      if (sent && !changes) return settleUnchanged(path, now)
      const result = await bridge.projectEdited({
        path,
        writer: WRITER_ID,
        ...(changes ? { changes } : { project: projectToJson(now, new Date()) }),
      })
      if (result.ok) {
        sent = now
        if (pageCopy)
          void bridge
            .flushProject({ path, writer: WRITER_ID })
            .then((f) => f.ok && f.status.state === 'saved' && ((pageCopy = false), clearAutosave(window.localStorage)))
        return
      }
      if (result.code === 'not-open') {
        // Main lost track of this writer (its server restarted): it gets the whole project now.
        sent = undefined
        return sendNow(path, now)
      }
      // The server is gone (browser mode) or refused: keep the work in the page so nothing is lost.
      toPage()
      store.dispatch({ type: 'saveStatusChanged', status: { state: 'error', code: result.code } })
    }
    // Back to what main holds (an undo and its redo before a send): nothing to send, but the
    // indicator the edits turned "unsaved" must hear main's status, unless the work changed meanwhile.
    const settleUnchanged = async (path: string, now: Project): Promise<void> => {
      const flushed = await bridge.flushProject({ path, writer: WRITER_ID })
      if (flushed.ok && store.getState().save.state === 'unsaved' && !diffProjects(now, project()))
        store.dispatch({ type: 'saveStatusChanged', status: flushed.status })
    }
    const send = () => {
      if (!projectPath) {
        const result = toPage()
        store.dispatch({
          type: 'saveStatusChanged',
          status: result.ok ? { state: 'saved', savedAt: Date.now() } : { state: 'error', code: result.code },
        })
        return
      }
      chain = chain.then(() => sendNow(projectPath)).catch(() => undefined)
    }
    const timer = createSaveTimer(
      send,
      projectPath ? { delayMs: SEND_DELAY_MS } : { delayMs: PAGE_DELAY_MS, maxWaitMs: PAGE_MAX_WAIT_MS },
    )
    const changed = () => {
      const { present: doc, settings } = store.getState().history
      if (doc === lastDoc && settings === lastSettings) return
      lastDoc = doc
      lastSettings = settings
      // Said once per burst of typing, not per keystroke: every dispatch re-runs the store's selectors.
      const state = store.getState().save.state
      if (state !== 'error' && state !== 'unsaved' && state !== 'conflict')
        store.dispatch({ type: 'saveStatusChanged', status: { state: 'unsaved' } })
      timer.schedule()
    }
    // Before a bulk change: the work as it is now goes to main, then a version is kept, then later sends.
    const offGate = projectPath
      ? registerBulkChangeGate(bridge, projectPath, (keep) => {
          timer.cancel()
          const before = project()
          chain = chain
            .then(() => sendNow(projectPath, before))
            .then(keep, keep)
            .catch(() => undefined)
        })
      : () => undefined
    if (mediaChanged) timer.schedule()
    const unsubscribe = store.subscribe(changed)
    // The tab or window is closing, or hidden (it may never come back): what is waiting goes now.
    const sendBeforeLeaving = () => timer.flush()
    const sendWhenHidden = () => document.visibilityState === 'hidden' && timer.flush()
    window.addEventListener('pagehide', sendBeforeLeaving)
    document.addEventListener('visibilitychange', sendWhenHidden)
    if (dirtyAtOpen.current) {
      dirtyAtOpen.current = false
      timer.schedule(0)
    }
    const offStatus = projectPath
      ? bridge.on('app:save-status', ({ path, status }) => {
          if (path === projectPath) store.dispatch({ type: 'saveStatusChanged', status })
        })
      : () => undefined
    return () => {
      unsubscribe()
      offStatus()
      offGate()
      window.removeEventListener('pagehide', sendBeforeLeaving)
      document.removeEventListener('visibilitychange', sendWhenHidden)
      // Leaving the editor (or the video changed): send what is pending now.
      timer.flush()
      pending.current = chain
    }
  }, [store, title, projectPath, media])
  useEffect(() => {
    if (!projectPath) return undefined
    const close = () =>
      void pending.current.then(() => getBridge().closeProject({ path: projectPath, writer: WRITER_ID }))
    // Closing the tab or window lets the project go too, so opening it again elsewhere is not warned about.
    const onPageHide = (event: PageTransitionEvent) => {
      if (!event.persisted) close()
    }
    window.addEventListener('pagehide', onPageHide)
    // Leaving this project (closing it, or "save as" elsewhere): once the last edit is sent, let it go.
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      close()
    }
  }, [projectPath])
}
