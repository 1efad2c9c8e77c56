/**
 * "Insert caption after": one owner for the button and the keyboard command. The new caption goes
 * into the free time after the current one (never over the next caption); when there is no room,
 * the editor hears and sees why, in plain words, and nothing is inserted.
 */

import { useCallback, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { slotAfter, slotFrom, type InsertRoom } from '../../../shared/edit/insert-after'
import type { StyleProfile } from '../../../shared/model/style-profile'
import type { CaptionDocument } from '../../../shared/model/document'
import { useEditor, useStore } from '../../state/store-context'
import { useStyleProfile } from '../../ui/style-profile-context'
import { currentDocument } from '../../state/editor-state'
import { useAnnounce } from '../announcer'

/** A message about the last insert attempt, shown under the caption it is about until the document changes. */
export type InsertNotice = Readonly<{ cueId: string; text: string; doc: CaptionDocument }>

// The notice is shared by the button in the caption editor and the shortcut handled by the screen.
let notice: InsertNotice | undefined
const listeners = new Set<() => void>()
const setNotice = (next: InsertNotice | undefined) => {
  notice = next
  for (const listener of listeners) listener()
}
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** The room rules for a profile: its gap, and at least its shortest caption. */
export const roomFor = (profile: StyleProfile): InsertRoom => ({
  minGapMs: profile.minGapMs,
  minLengthMs: profile.minDurationMs,
})

/** Seconds to one decimal, as messages show them. */
const seconds = (ms: number): number => Math.round(ms / 100) / 10

/** The "no room" message for the current caption, if the last insert attempt found none. */
export function useInsertNotice(cueId: string | undefined): string | undefined {
  const current = useSyncExternalStore(subscribe, () => notice)
  const doc = useEditor((s) => s.history.present)
  return current && current.cueId === cueId && current.doc === doc ? current.text : undefined
}

/** A function that inserts a caption after the current one (or at the playhead when there is none). */
export function useInsertAfter(): () => void {
  const store = useStore()
  const profile = useStyleProfile()
  const announce = useAnnounce()
  const { t } = useTranslation()
  return useCallback(() => {
    const state = store.getState()
    const cues = currentDocument(state).cues
    const index = cues.findIndex((c) => c.id === state.currentCueId)
    const room = roomFor(profile)
    const slot = (index >= 0 ? slotAfter(cues, index, room) : undefined) ?? slotFrom(cues, state.playback.timeMs, room)
    if (slot.ok) {
      setNotice(undefined)
      store.dispatch({ type: 'cueInserted', startMs: slot.startMs, endMs: slot.endMs })
      return
    }
    // Said as the time between the two captions, and what a caption needs there with its gaps.
    const gapMs = index >= 0 ? slot.next.startMs - cues[index]!.endMs : slot.freeMs
    const needed = room.minLengthMs + 2 * room.minGapMs
    const values = {
      number: index + 1,
      next: cues.indexOf(slot.next) + 1,
      seconds: seconds(gapMs),
      min: seconds(needed),
    }
    const text = t(
      index < 0 ? 'cueTools.noRoomHere' : gapMs <= 0 ? 'cueTools.noRoomTouching' : 'cueTools.noRoom',
      values,
    )
    setNotice({ cueId: state.currentCueId ?? '', text, doc: currentDocument(state) })
    announce(text)
  }, [store, profile, announce, t])
}
