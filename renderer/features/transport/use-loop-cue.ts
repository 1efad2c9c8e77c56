/** Loops the current cue during playback when "Loop cue" is on (for checking timing by ear). */

import { useEffect } from 'react'
import type { Cue } from '../../../shared/model/cue'
import { useMedia } from '../../ui/media-context'
import { useStore } from '../../state/store-context'
import { seekTo } from '../../ui/media-control'
import { cueById } from '../cue-editor/cue-index'

/**
 * Seeks back to the current cue's start whenever playback passes its end. It watches the store
 * outside React: read through a selector, the current cue changed on every keystroke and re-rendered
 * the whole editor screen that calls this hook.
 */
export function useLoopCue(): void {
  const store = useStore()
  const { element } = useMedia()
  useEffect(() => {
    if (!element) return undefined
    // The current cue is looked up again only when the captions or the choice changed.
    let cues: readonly Cue[] | undefined
    let currentId: string | undefined
    let cue: Cue | undefined
    // What the check last saw: it runs when one of these changed, as it did when they were its inputs.
    let seen: { loop: boolean; timeMs: number; cue: Cue | undefined } | undefined
    const check = () => {
      const state = store.getState()
      const loop = state.playback.loopCue
      if (!loop && !seen?.loop) return
      if (state.history.present.cues !== cues || state.currentCueId !== currentId) {
        cues = state.history.present.cues
        currentId = state.currentCueId
        cue = cueById(cues, currentId)
      }
      const timeMs = state.playback.timeMs
      if (seen && seen.loop === loop && seen.timeMs === timeMs && seen.cue === cue) return
      seen = { loop, timeMs, cue }
      if (!loop || !cue || element.paused) return
      if (timeMs >= cue.endMs || timeMs < cue.startMs - 250) seekTo(element, cue.startMs)
    }
    check()
    return store.subscribe(check)
  }, [store, element])
}
