/** Pauses playback while the editor types and resumes a little earlier once typing stops. */

import { useEffect, useRef } from 'react'
import { useMedia } from '../../ui/media-context'
import { useEditor } from '../../state/store-context'
import type { AutoPauseSettings } from '../../state/playback-settings'
import { seekBy, togglePlay } from '../../ui/media-control'

/** Wires auto-pause to the `typing` flag of the store (set by the cue text box). */
export function useAutoPause(settings: AutoPauseSettings): void {
  const { element } = useMedia()
  const typing = useEditor((s) => s.typing)
  const pausedByTyping = useRef(false)
  const resumeTimer = useRef<number | undefined>(undefined)

  useEffect(() => {
    if (!element || !settings.enabled) return
    window.clearTimeout(resumeTimer.current)
    if (typing && !element.paused) {
      pausedByTyping.current = true
      element.pause()
    } else if (!typing && pausedByTyping.current) {
      // `typing` turns false after the text box's own idle delay; wait the rest of the configured time.
      resumeTimer.current = window.setTimeout(
        () => {
          pausedByTyping.current = false
          seekBy(element, -settings.rewindMs / 1000)
          if (element.paused) togglePlay(element)
        },
        Math.max(0, settings.resumeAfterMs - 1500),
      )
    }
    return () => window.clearTimeout(resumeTimer.current)
  }, [typing, element, settings.enabled, settings.resumeAfterMs, settings.rewindMs])
}
