/**
 * One polite live region for the whole app. Features call `useAnnounce()(text)` after something a
 * screen reader user cannot see happened (a split, a save error, "12 replaced"). The region is
 * always in the DOM, as screen readers only watch regions that existed before the change.
 */

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'

/** Speaks `text` politely (after what the screen reader is saying now). */
export type Announce = (text: string) => void

const AnnouncerContext = createContext<Announce | undefined>(undefined)

/** Clears the region this long after an announcement, so reading the page later does not meet stale text. */
const CLEAR_AFTER_MS = 7000

/** Provides `useAnnounce()` and renders the live region. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', serial: 0 })
  const clearTimer = useRef<number | undefined>(undefined)
  const announce = useCallback<Announce>((text) => {
    window.clearTimeout(clearTimer.current)
    // The same words twice in a row ("Undid: split" again) must still be spoken: the serial changes the node.
    setMessage((previous) => ({ text, serial: previous.serial + 1 }))
    clearTimer.current = window.setTimeout(() => setMessage((m) => ({ ...m, text: '' })), CLEAR_AFTER_MS)
  }, [])
  const value = useMemo(() => announce, [announce])
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        <span key={message.serial}>{message.text}</span>
      </div>
    </AnnouncerContext.Provider>
  )
}

/** The announce function; outside the provider it does nothing (components stay usable in isolation). */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext) ?? noop
}

const noop: Announce = () => undefined
