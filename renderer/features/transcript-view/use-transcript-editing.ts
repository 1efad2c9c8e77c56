/**
 * Typing in the transcript view. The browser never changes the view's DOM itself: every `beforeinput`
 * is cancelled and turned into the same store actions the caption editor sends (`cueTextEdited`, one
 * coalesced undo step per caption; an edit across captions is one `documentReplaced` step), then the
 * caret is put back where the edit left it.
 */

import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import type { CaptionDocument } from '../../../shared/model/document'
import { deleteCues, updateCues, type CuePatch } from '../../../shared/model/edits'
import type { CueId } from '../../../shared/model/ids'
import { textEditPatch } from '../../../shared/edit/word-timings'
import type { Transcript } from '../../../shared/transcript/transcript'
import { useStore } from '../../app/store-context'
import { caretPlace, placeCaret, placeOf, type ParagraphPlace } from './dom-caret'
import { displayOffset, sourceEdit, sourcePoint, type SourcePoint } from './text-map'

type Caret = Readonly<{ cueId: string; offset: number; blockHint: number }>
/** Where the view put the caret last, in both coordinates: typing there again uses the caption's own (a space just typed is invisible in the paragraph). */
type Placed = Readonly<{ element: HTMLElement; display: number; cueId: string; offset: number }>

/**
 * Wires typing in the editable element `root` to the store. `onRemount` makes the view rebuild its DOM
 * after an input method changed it. Returns the transcript the DOM shows now (for playing from a word).
 */
export function useTranscriptEditing(root: RefObject<HTMLElement | null>, transcript: Transcript, onMessage: (key: string) => void, onRemount: () => void) {
  const store = useStore()
  const latest = useRef(transcript)
  const pending = useRef<Caret | undefined>(undefined)
  const placed = useRef<Placed | undefined>(undefined)
  const typingTimer = useRef<number | undefined>(undefined)
  const composing = useRef<{ start: ParagraphPlace; end: ParagraphPlace } | undefined>(undefined)

  const paragraphAt = (place: ParagraphPlace) => {
    const block = latest.current.blocks[place.block]
    return block?.type === 'turn' ? block.paragraphs[place.paragraph] : undefined
  }

  const apply = useCallback(
    (start: ParagraphPlace, end: ParagraphPlace, data: string, direction?: 'backward' | 'forward') => {
      const doc = store.getState().history.present
      const cueText = (id: string) => doc.cues.find((c) => c.id === id)?.text ?? ''
      const paragraph = paragraphAt(start)
      if (!paragraph || start.element !== end.element) return onMessage(paragraph ? 'transcriptView.oneParagraph' : 'transcriptView.notHere')
      let from: SourcePoint | undefined = sourcePoint(paragraph, start.offset, 'start', cueText)
      let to: SourcePoint | undefined = sourcePoint(paragraph, end.offset, 'end', cueText)
      const last = placed.current
      const caret = caretPlace()
      if (last && caret && caret.element === last.element && caret.offset === last.display) {
        // The caret has not moved since the last edit: work in the caption's own text.
        const text = cueText(last.cueId)
        const at = { cueId: last.cueId, extra: '' }
        if (direction === 'backward' && last.offset > 0) [from, to] = [{ ...at, offset: last.offset - 1 }, { ...at, offset: last.offset }]
        else if (direction === 'forward' && last.offset < text.length) [from, to] = [{ ...at, offset: last.offset }, { ...at, offset: last.offset + 1 }]
        else if (!direction) from = to = { ...at, offset: last.offset }
      }
      if (!from || !to) return
      const edit = sourceEdit(from, to, data, paragraph.cueIds ?? [], cueText)
      const state = store.getState()
      if (state.currentCueId !== edit.caret.cueId) store.dispatch({ type: 'cueSelected', id: edit.caret.cueId as CueId, keepPlayhead: true })
      store.dispatch({ type: 'typingChanged', typing: true })
      window.clearTimeout(typingTimer.current)
      typingTimer.current = window.setTimeout(() => store.dispatch({ type: 'typingChanged', typing: false }), 1500)
      pending.current = { ...edit.caret, blockHint: start.block }
      if (edit.texts.size === 1) {
        const [id, text] = [...edit.texts][0]!
        if (text !== cueText(id)) store.dispatch({ type: 'cueTextEdited', id: id as CueId, text })
      } else store.dispatch({ type: 'documentReplaced', doc: editedDocument(doc, edit.texts), label: 'edit-text' })
      // Nothing changed (the view does not re-render): no caret to put back later.
      if (store.getState().history.present === doc) pending.current = undefined
    },
    [store, onMessage],
  )

  const restoreCaret = () => {
    const caret = pending.current
    const host = root.current
    if (!caret || !host) return
    const blocks = latest.current.blocks
    const order = [caret.blockHint, caret.blockHint + 1, caret.blockHint - 1, ...blocks.keys()]
    const doc = store.getState().history.present
    const text = doc.cues.find((c) => c.id === caret.cueId)?.text ?? ''
    for (const b of order) {
      const block = blocks[b]
      if (block?.type !== 'turn') continue
      const p = block.paragraphs.findIndex((x) => x.cueIds?.includes(caret.cueId))
      if (p < 0) continue
      const display = displayOffset(block.paragraphs[p]!, caret.cueId, caret.offset, text) ?? 0
      const element = host.querySelector<HTMLElement>(`p[data-b="${b}"][data-p="${p}"]`)
      if (!element) return
      placeCaret(element, display)
      placed.current = { element, display, cueId: caret.cueId, offset: caret.offset }
      return
    }
  }

  // After the edited paragraph re-rendered (even when it shows the same text: a space typed at a word's end).
  useLayoutEffect(() => {
    latest.current = transcript
    // A change that was not this view's typing (undo, the caption list): the remembered caret is stale.
    if (!pending.current) placed.current = undefined
    restoreCaret()
    pending.current = undefined
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [transcript])

  useEffect(() => {
    const host = root.current
    if (!host) return
    const onBeforeInput = (event: InputEvent) => {
      const kind = event.inputType
      if (kind === 'insertCompositionText') return // cannot be cancelled: handled at compositionend
      event.preventDefault()
      if (kind === 'historyUndo') return store.dispatch({ type: 'undoRequested' })
      if (kind === 'historyRedo') return store.dispatch({ type: 'redoRequested' })
      const deleting = kind.startsWith('delete')
      const data = deleting ? '' : (event.data ?? event.dataTransfer?.getData('text/plain') ?? '').replace(/\s+/g, ' ')
      if (!deleting && (!data || !kind.startsWith('insert'))) return
      const range = event.getTargetRanges()[0]
      const start = range && placeOf(range.startContainer, range.startOffset)
      const end = range && placeOf(range.endContainer, range.endOffset)
      if (!start || !end) return onMessage('transcriptView.notHere')
      const direction = kind === 'deleteContentBackward' ? 'backward' : kind === 'deleteContentForward' ? 'forward' : undefined
      apply(start, end, data, direction)
    }
    const onCompositionStart = () => {
      const selection = window.getSelection()
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined
      const start = range && placeOf(range.startContainer, range.startOffset)
      const end = range && placeOf(range.endContainer, range.endOffset)
      composing.current = start && end ? { start, end } : undefined
    }
    const onCompositionEnd = (event: CompositionEvent) => {
      const at = composing.current
      composing.current = undefined
      // The input method changed the DOM under React: rebuild it, then apply what was composed.
      onRemount()
      if (at && event.data) apply(at.start, at.end, event.data)
    }
    host.addEventListener('beforeinput', onBeforeInput)
    host.addEventListener('compositionstart', onCompositionStart)
    host.addEventListener('compositionend', onCompositionEnd)
    return () => {
      host.removeEventListener('beforeinput', onBeforeInput)
      host.removeEventListener('compositionstart', onCompositionStart)
      host.removeEventListener('compositionend', onCompositionEnd)
    }
  }, [root, store, apply, onMessage, onRemount])

  useEffect(() => () => window.clearTimeout(typingTimer.current), [])

  return latest
}

/** One step that changes several captions: new texts (word timings carried over) and blank captions removed. */
function editedDocument(doc: CaptionDocument, texts: ReadonlyMap<string, string>): CaptionDocument {
  const patches = new Map<CueId, CuePatch>()
  const blank: CueId[] = []
  for (const [id, text] of texts) {
    if (text.trim() === '') blank.push(id as CueId)
    else patches.set(id as CueId, textEditPatch(doc.cues.find((c) => c.id === id), text))
  }
  return deleteCues(updateCues(doc, patches), blank)
}
