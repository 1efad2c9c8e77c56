/**
 * The one media element of the editor. The video feature owns the `<video>`; the waveform, the
 * transport keys and the caption overlay reach it here, so there is a single clock for everything.
 */

import { createContext, useContext, useState, type ReactNode } from 'react'

/** The media element (undefined until the video has mounted) and its setter for the video feature. */
export type MediaHandle = Readonly<{
  element: HTMLVideoElement | undefined
  setElement: (element: HTMLVideoElement | undefined) => void
}>

const MediaContext = createContext<MediaHandle | undefined>(undefined)

/** Holds the media element for the editor screen. */
export function MediaProvider({ children }: { children: ReactNode }) {
  const [element, setElement] = useState<HTMLVideoElement | undefined>(undefined)
  return <MediaContext.Provider value={{ element, setElement }}>{children}</MediaContext.Provider>
}

/** The media handle; throws outside MediaProvider (a programming error). */
export function useMedia(): MediaHandle {
  const handle = useContext(MediaContext)
  if (!handle) throw new Error('useMedia must be used inside MediaProvider')
  return handle
}
