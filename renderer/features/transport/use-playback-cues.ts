/** During playback: earcons at caption starts and ends, and (optionally) each caption's text announced as it starts. */

import { useEffect, useRef } from 'react'
import { useStore } from '../../state/store-context'
import { useAnnounce } from '../announcer/announcer'
import { createEarcons, crossings, type Earcons } from './earcons'

/** Options, both off by default (settings `earcons` and `announceCues`). */
export type PlaybackCueOptions = Readonly<{ earcons: boolean; announceCues: boolean }>

/** Watches the playhead in the store (not React state, so the list does not re-render per frame). */
export function usePlaybackCues({ earcons, announceCues }: PlaybackCueOptions): void {
  const store = useStore()
  const announce = useAnnounce()
  const player = useRef<Earcons | undefined>(undefined)
  useEffect(() => {
    if (!earcons && !announceCues) return
    let last = store.getState().playback.timeMs
    const unsubscribe = store.subscribe(() => {
      const state = store.getState()
      const now = state.playback.timeMs
      if (now === last) return
      const passed = state.playback.playing ? crossings(state.history.present.cues, last, now) : []
      last = now
      for (const crossing of passed) {
        if (earcons) (player.current ??= createEarcons()).play(crossing.kind)
        const text = state.history.present.cues[crossing.cueIndex]?.text
        if (announceCues && crossing.kind === 'start' && text) announce(text.replace(/\n/g, ' '))
      }
    })
    return () => {
      unsubscribe()
      player.current?.dispose()
      player.current = undefined
    }
  }, [store, announce, earcons, announceCues])
}
