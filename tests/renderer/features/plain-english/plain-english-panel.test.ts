import { describe, expect, it } from 'vitest'
import { asCueId, makeDocument, type Cue } from '../../../../shared/model'
import { applyPlainerWord } from '../../../../shared/transcript/plainer-words'
import { documentReport } from '../../../../shared/transcript/readability'
import { findingsInTimeOrder } from '../../../../renderer/features/plain-english/plain-english-panel'
import { initialEditorState } from '../../../../renderer/state/editor-state'
import { createEditorStore } from '../../../../renderer/state/store'

const makeCue = (n: number, text: string): Cue => ({
  id: asCueId(`c${n}`),
  startMs: n * 1000,
  endMs: n * 1000 + 900,
  text,
})

const doc = makeDocument([
  makeCue(1, 'We will commence with tea.'),
  makeCue(2, 'The hall was booked in order to'),
  makeCue(3, 'meet. We utilise it often.'),
])

describe('Plain English panel', () => {
  it('lists every finding in time order, passive before wordy words of the same caption', () => {
    const items = findingsInTimeOrder(documentReport(doc))
    expect(items.map((i) => [i.startMs, i.kind, i.word])).toEqual([
      [1000, 'word', 'commence'],
      [2000, 'passive', 'was booked'],
      [2000, 'word', 'in order to'],
      [3000, 'word', 'utilise'],
    ])
  })

  it('a plainer word applied through the store is one step that undo takes back', () => {
    const store = createEditorStore(initialEditorState(doc))
    store.dispatch({
      type: 'documentReplaced',
      doc: applyPlainerWord(store.getState().history.present, asCueId('c3'), 'utilise'),
      label: 'plain-word',
    })
    expect(store.getState().history.present.cues[2]!.text).toBe('meet. We use it often.')
    expect(findingsInTimeOrder(documentReport(store.getState().history.present)).map((i) => i.word)).not.toContain(
      'utilise',
    )
    store.dispatch({ type: 'undoRequested' })
    expect(store.getState().history.present.cues[2]!.text).toBe('meet. We utilise it often.')
  })
})
