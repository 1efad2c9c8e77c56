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
import { useStore } from '../../state/store-context'
import { caretPlace, placeCaret, type ParagraphPlace } from './dom-caret'
import { listenForEdits } from './input-events'
import { displayOffset, paragraphOfCue, sourceEdit, sourcePoint, type SourcePoint } from './text-map'

type Caret = Readonly<{ cueId: string; offset: number; blockHint: number }>
/** Where the view put the caret last, in both coordinates: typing there again uses the caption's own (a space just typed is invisible in the paragraph). */
type Placed = Readonly<{ element: HTMLElement; display: number; cueId: string; offset: number }>

/**
 * Wires typing in the editable element `root` to the store. `onRemount` makes the view rebuild its DOM
 * after an input method changed it. Returns the transcript the DOM shows now (for playing from a word).
 */
export function useTranscriptEditing(
  root: RefObject<HTMLElement | null>,
  transcript: Transcript,
  onMessage: (key: string) => void,
  onRemount: () => void,
) {
  const store = useStore()
  const latest = useRef(transcript)
  const pending = useRef<Caret | undefined>(undefined)
  const placed = useRef<Placed | undefined>(undefined)
  const typingTimer = useRef<number | undefined>(undefined)

  const paragraphAt = (place: ParagraphPlace) => {
    const block = latest.current.blocks[place.block]
    return block?.type === 'turn' ? block.paragraphs[place.paragraph] : undefined
  }

  const apply = useCallback(
    (start: ParagraphPlace, end: ParagraphPlace, data: string, direction?: 'backward' | 'forward') => {
      const doc = store.getState().history.present
      const cueText = (id: string) => doc.cues.find((c) => c.id === id)?.text ?? ''
      const paragraph = paragraphAt(start)
      if (!paragraph || start.element !== end.element)
        return onMessage(paragraph ? 'transcriptView.oneParagraph' : 'transcriptView.notHere')
      let from: SourcePoint | undefined = sourcePoint(paragraph, start.offset, 'start', cueText)
      let to: SourcePoint | undefined = sourcePoint(paragraph, end.offset, 'end', cueText)
      const last = placed.current
      const caret = caretPlace()
      if (last && caret && caret.element === last.element && caret.offset === last.display) {
        // The caret has not moved since the last edit: work in the caption's own text.
        const text = cueText(last.cueId)
        const at = { cueId: last.cueId, extra: '' }
        if (direction === 'backward' && last.offset > 0)
          [from, to] = [
            { ...at, offset: last.offset - 1 },
            { ...at, offset: last.offset },
          ]
        else if (direction === 'forward' && last.offset < text.length)
          [from, to] = [
            { ...at, offset: last.offset },
            { ...at, offset: last.offset + 1 },
          ]
        else if (!direction) from = to = { ...at, offset: last.offset }
      }
      if (!from || !to) return
      const edit = sourceEdit(from, to, data, paragraph.cueIds ?? [], cueText)
      const state = store.getState()
      if (state.currentCueId !== edit.caret.cueId)
        store.dispatch({ type: 'cueSelected', id: edit.caret.cueId as CueId, keepPlayhead: true })
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
    const found = caret && paragraphOfCue(latest.current.blocks, caret.cueId, caret.blockHint)
    const block = found && latest.current.blocks[found.block]
    if (!caret || !host || !found || block?.type !== 'turn') return
    const text = store.getState().history.present.cues.find((c) => c.id === caret.cueId)?.text ?? ''
    const display = displayOffset(block.paragraphs[found.paragraph]!, caret.cueId, caret.offset, text) ?? 0
    const element = host.querySelector<HTMLElement>(`p[data-b="${found.block}"][data-p="${found.paragraph}"]`)
    if (!element) return
    placeCaret(element, display)
    placed.current = { element, display, cueId: caret.cueId, offset: caret.offset }
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
    return listenForEdits(host, {
      apply,
      undo: () => store.dispatch({ type: 'undoRequested' }),
      redo: () => store.dispatch({ type: 'redoRequested' }),
      refused: () => onMessage('transcriptView.notHere'),
      remount: onRemount,
    })
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
    else
      patches.set(
        id as CueId,
        textEditPatch(
          doc.cues.find((c) => c.id === id),
          text,
        ),
      )
  }
  return deleteCues(updateCues(doc, patches), blank)
}
