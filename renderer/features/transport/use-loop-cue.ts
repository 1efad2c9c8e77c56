/** Loops the current cue during playback when "Loop cue" is on (for checking timing by ear). */

import { useEffect } from 'react'
import { useMedia } from '../../ui/media-context'
import { useEditor } from '../../state/store-context'
import { seekTo } from '../../ui/media-control'

/** Seeks back to the current cue's start whenever playback passes its end. */
export function useLoopCue(): void {
  const { element } = useMedia()
  const loop = useEditor((s) => s.playback.loopCue)
  const timeMs = useEditor((s) => s.playback.timeMs)
  const cue = useEditor((s) => s.history.present.cues.find((c) => c.id === s.currentCueId))
  useEffect(() => {
    if (!loop || !element || !cue || element.paused) return
    if (timeMs >= cue.endMs || timeMs < cue.startMs - 250) seekTo(element, cue.startMs)
  }, [loop, element, cue, timeMs])
}
