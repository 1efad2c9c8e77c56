/**
 * The one place where the editor's choice of a caption moves the media. Every way of choosing (a row
 * in the list, Ctrl+Alt+↓/↑, a "Caption N" link in Problems, Find's Next, a region on the waveform)
 * dispatches `cueSelected`; the reducer records it as `cueChoice`, and this hook seeks the video to
 * just before the caption. "Play this caption" is a choice with an end: it plays and stops there.
 */

import { useEffect } from 'react'
import { useMedia } from '../../ui/media-context'
import { useStore } from '../../state/store-context'
import { seekTo } from '../../ui/media-control'

/** Seeks on every new choice and stops "play this caption" at its end; `leadInMs` is the editor's setting. */
export function useCueChoice(leadInMs: number): void {
  const store = useStore()
  const { element } = useMedia()
  useEffect(() => {
    // The reducer works out where a choice plays from, so it keeps the setting in the playback state.
    if (store.getState().playback.leadInMs !== leadInMs) store.dispatch({ type: 'playbackChanged', leadInMs })
  }, [store, leadInMs])
  useEffect(() => {
    if (!element) return
    let seen = store.getState().cueChoice
    let stopAtMs: number | undefined
    // The playhead as last seen; undefined from a seek until the store shows the new position (until
    // then it still holds the old one, which may lie past the caption's end).
    let lastMs: number | undefined = store.getState().playback.timeMs
    const unsubscribe = store.subscribe(() => {
      const state = store.getState()
      const choice = state.cueChoice
      const nowMs = state.playback.timeMs
      if (choice !== seen) {
        seen = choice
        if (!choice) return
        stopAtMs = choice.untilMs
        lastMs = undefined
        seekTo(element, choice.fromMs)
        if (stopAtMs !== undefined && element.paused) void element.play().catch(() => undefined)
        return
      }
      const fromMs = lastMs ?? (seen && Math.abs(nowMs - seen.fromMs) < 250 ? nowMs : undefined)
      lastMs = fromMs === undefined ? undefined : nowMs
      // Stop when playback passes the end; a jump past it (Alt+→) is the editor moving on, not the end.
      if (
        fromMs !== undefined &&
        stopAtMs !== undefined &&
        state.playback.playing &&
        fromMs < stopAtMs &&
        nowMs >= stopAtMs &&
        nowMs - fromMs < 1000
      ) {
        stopAtMs = undefined
        element.pause()
      }
    })
    // Pausing by hand ends "play this caption": the next play carries on normally.
    const onPause = () => {
      stopAtMs = undefined
    }
    element.addEventListener('pause', onPause)
    return () => {
      unsubscribe()
      element.removeEventListener('pause', onPause)
    }
  }, [store, element])
}
