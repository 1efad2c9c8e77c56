import { describe, expect, it } from 'vitest'
import { asCueId, makeDocument, type Cue } from '../../../shared/model'
import { currentDocument, initialEditorState } from '../../../renderer/state/editor-state'
import { createEditorStore } from '../../../renderer/state/store'
import { undoLabel } from '../../../renderer/state/history'

const cue = (n: number, text: string): Cue => ({ id: asCueId(`c${n}`), startMs: n * 1000, endMs: n * 1000 + 900, text })

describe('restoring a version', () => {
  it('replaces the whole document in one undoable step, and undo brings back the work as it was', () => {
    const clock = { now: 0 }
    const store = createEditorStore(
      initialEditorState(makeDocument([cue(1, 'teh start'), cue(2, 'middle')])),
      () => clock.now,
    )
    clock.now += 5000
    store.dispatch({ type: 'cueTextEdited', id: asCueId('c1'), text: 'the start' })
    clock.now += 5000
    store.dispatch({ type: 'cueInserted', startMs: 5000, endMs: 6000, text: 'an end' })
    const before = currentDocument(store.getState())
    const version = makeDocument([cue(1, 'teh start'), cue(2, 'middle')])
    clock.now += 100
    store.dispatch({ type: 'documentRestored', doc: version })
    expect(currentDocument(store.getState())).toBe(version)
    expect(undoLabel(store.getState().history)).toBe('restore')
    expect(store.getState().save.state).toBe('unsaved')
    store.dispatch({ type: 'undoRequested' })
    expect(currentDocument(store.getState())).toBe(before)
    store.dispatch({ type: 'redoRequested' })
    expect(currentDocument(store.getState())).toBe(version)
  })
})
