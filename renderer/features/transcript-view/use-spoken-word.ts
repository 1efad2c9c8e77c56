/**
 * Marks the word being spoken in the transcript view (the whole caption's words when it has no word
 * timings) with the CSS Custom Highlight API, so the paragraphs' text is never split into spans. While
 * the media plays the marked paragraph is kept in view, unless the editor is typing.
 */

import { useEffect, type RefObject } from 'react'
import { cueIndexAt } from '../../../shared/model/document'
import type { Transcript } from '../../../shared/transcript/transcript'
import { useMedia } from '../../ui/media-context'
import { useStore } from '../../state/store-context'
import { rangeIn } from './dom-caret'
import { spokenRange } from './text-map'

/** The name of the highlight the view's style sheet colours (`::highlight(transcript-spoken)`). */
export const SPOKEN_HIGHLIGHT = 'transcript-spoken'

type Highlights = Map<string, unknown>
const highlights = (): Highlights | undefined =>
  (globalThis.CSS as unknown as { highlights?: Highlights } | undefined)?.highlights
const HighlightClass = (): (new (...ranges: Range[]) => unknown) | undefined =>
  (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight

/** Keeps the spoken word marked while `transcript` is shown in `root`. */
export function useSpokenWord(root: RefObject<HTMLElement | null>, transcript: Transcript): void {
  const store = useStore()
  const { element: media } = useMedia()
  useEffect(() => {
    const registry = highlights()
    const Highlight = HighlightClass()
    if (!media || !registry || !Highlight) return
    let index: Map<string, readonly [number, number]> | undefined
    // Built the first time a word is marked after the transcript changed, not on every keystroke.
    const placeOf = (cueId: string) => {
      if (!index) {
        index = new Map()
        transcript.blocks.forEach((block, b) => {
          if (block.type === 'turn')
            block.paragraphs.forEach((p, i) => p.cueIds?.forEach((id) => index!.set(id, [b, i])))
        })
      }
      return index.get(cueId)
    }
    let frame = 0
    let shown = ''
    let shownParagraph = ''
    const clear = () => {
      if (shown) registry.delete(SPOKEN_HIGHLIGHT)
      shown = ''
    }
    const mark = () => {
      const ms = media.currentTime * 1000
      const cues = store.getState().history.present.cues
      const cue = cues[cueIndexAt(cues, ms)]
      const place = cue && ms < cue.endMs ? placeOf(cue.id) : undefined
      const block = place && transcript.blocks[place[0]]
      const paragraph = block?.type === 'turn' ? block.paragraphs[place![1]] : undefined
      const range = paragraph && cue ? spokenRange(paragraph, cue, ms) : undefined
      if (!range || !place) return clear()
      const key = `${place[0]}:${place[1]}:${range.start}:${range.end}`
      if (key === shown) return
      const element = root.current?.querySelector<HTMLElement>(`p[data-b="${place[0]}"][data-p="${place[1]}"]`)
      const domRange = element && rangeIn(element, range.start, range.end)
      if (!element || !domRange) return clear()
      registry.set(SPOKEN_HIGHLIGHT, new Highlight(domRange))
      shown = key
      const paragraphKey = `${place[0]}:${place[1]}`
      if (paragraphKey !== shownParagraph && !media.paused && !store.getState().typing)
        keepInView(element, root.current)
      shownParagraph = paragraphKey
    }
    const loop = () => {
      mark()
      if (!media.paused) frame = requestAnimationFrame(loop)
    }
    const start = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(loop)
    }
    media.addEventListener('play', start)
    media.addEventListener('seeked', mark)
    if (!media.paused) start()
    return () => {
      cancelAnimationFrame(frame)
      media.removeEventListener('play', start)
      media.removeEventListener('seeked', mark)
    }
  }, [media, store, root, transcript])
  useEffect(() => () => void highlights()?.delete(SPOKEN_HIGHLIGHT), [])
}

/** Scrolls the view so the paragraph being spoken is visible, when it is not. */
function keepInView(element: HTMLElement, container: HTMLElement | null): void {
  if (!container) return
  const box = element.getBoundingClientRect()
  const view = container.getBoundingClientRect()
  if (box.top < view.top || box.bottom > view.bottom) element.scrollIntoView({ block: 'center' })
}
