/** Enter on a word, or a click on it, plays from that word (its own timing when the caption has word timings, else the caption's start). */

import type { KeyboardEvent, MouseEvent, RefObject } from 'react'
import type { Transcript } from '../../../shared/transcript/transcript'
import { useMedia } from '../../ui/media-context'
import { seekTo } from '../../ui/media-control'
import { useStore } from '../../state/store-context'
import { caretPlace, type ParagraphPlace } from './dom-caret'
import { spanIndexAt, wordStartMs } from './text-map'

/** Key and click handlers for the editable element; `shown` is the transcript its DOM shows. */
export function usePlayFromWord(shown: RefObject<Transcript>) {
  const store = useStore()
  const { element: media } = useMedia()
  const playFrom = (place: ParagraphPlace | undefined) => {
    const block = place && shown.current.blocks[place.block]
    const paragraph = block?.type === 'turn' ? block.paragraphs[place!.paragraph] : undefined
    const span = paragraph?.spans?.[spanIndexAt(paragraph, place!.offset)]
    const cue = span && store.getState().history.present.cues.find((c) => c.id === span.cueId)
    if (!cue || !span) return
    // The caption becomes current (the caption view shows it) without the usual lead-in seek.
    store.dispatch({ type: 'cueSelected', id: cue.id, keepPlayhead: true })
    seekTo(media, wordStartMs(span, cue))
    void media?.play().catch(() => undefined)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey) return
    // Enter never breaks a paragraph here (paragraphs come from the captions): it plays.
    event.preventDefault()
    if (!event.shiftKey) playFrom(caretPlace())
  }
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.shiftKey) return
    playFrom(caretPlace())
  }
  return { onKeyDown, onClick }
}
