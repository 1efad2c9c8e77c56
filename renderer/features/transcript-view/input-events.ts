/**
 * The editable element's input events, as edits of paragraph ranges. Every `beforeinput` is cancelled
 * (the view's DOM is React's alone); an input method's composition cannot be, so its result is applied
 * at compositionend after the view rebuilds its DOM.
 */

import { placeOf, type ParagraphPlace } from './dom-caret'

/** What the listener reports. */
export type EditHandlers = Readonly<{
  /** Replace `start`–`end` with `data`; `direction` for a single-character delete. */
  apply: (start: ParagraphPlace, end: ParagraphPlace, data: string, direction?: 'backward' | 'forward') => void
  undo: () => void
  redo: () => void
  /** An edit where the view cannot take one (a heading, a speaker's name). */
  refused: () => void
  /** The DOM was changed by an input method: rebuild it. */
  remount: () => void
}>

const placesOf = (range: StaticRange | Range | undefined) => {
  const start = range && placeOf(range.startContainer, range.startOffset)
  const end = range && placeOf(range.endContainer, range.endOffset)
  return start && end ? { start, end } : undefined
}

/** Listens on `host`; returns the function that stops listening. */
export function listenForEdits(host: HTMLElement, handlers: EditHandlers): () => void {
  let composing: { start: ParagraphPlace; end: ParagraphPlace } | undefined
  const onBeforeInput = (event: InputEvent) => {
    const kind = event.inputType
    if (kind === 'insertCompositionText') return // cannot be cancelled: handled at compositionend
    event.preventDefault()
    if (kind === 'historyUndo') return handlers.undo()
    if (kind === 'historyRedo') return handlers.redo()
    const deleting = kind.startsWith('delete')
    const data = deleting ? '' : (event.data ?? event.dataTransfer?.getData('text/plain') ?? '').replace(/\s+/g, ' ')
    // Enter and Shift+Enter (paragraphs come from the captions) and formatting do nothing.
    if (!deleting && (!data || !kind.startsWith('insert'))) return
    const places = placesOf(event.getTargetRanges()[0])
    if (!places) return handlers.refused()
    handlers.apply(
      places.start,
      places.end,
      data,
      kind === 'deleteContentBackward' ? 'backward' : kind === 'deleteContentForward' ? 'forward' : undefined,
    )
  }
  const onCompositionStart = () => {
    const selection = window.getSelection()
    composing = placesOf(selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined)
  }
  const onCompositionEnd = (event: CompositionEvent) => {
    const at = composing
    composing = undefined
    handlers.remount()
    if (at && event.data) handlers.apply(at.start, at.end, event.data)
  }
  host.addEventListener('beforeinput', onBeforeInput)
  host.addEventListener('compositionstart', onCompositionStart)
  host.addEventListener('compositionend', onCompositionEnd)
  return () => {
    host.removeEventListener('beforeinput', onBeforeInput)
    host.removeEventListener('compositionstart', onCompositionStart)
    host.removeEventListener('compositionend', onCompositionEnd)
  }
}
