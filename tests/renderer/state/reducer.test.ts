import { describe, expect, it } from 'vitest'
import { asCueId, makeDocument, type Cue } from '../../../shared/model'
import { currentDocument, initialEditorState } from '../../../renderer/state/editor-state'
import { createEditorStore } from '../../../renderer/state/store'
import type { EditorAction } from '../../../renderer/state/actions'

const cue = (n: number, startMs: number, endMs: number, text: string): Cue => ({
  id: asCueId(`c${n}`),
  startMs,
  endMs,
  text,
})
const doc = makeDocument([
  cue(1, 0, 2000, 'Hello there everyone'),
  cue(2, 2000, 4000, 'welcome to the talk'),
  cue(3, 5000, 6000, 'Thanks'),
])

function storeAt(clock: { now: number }) {
  return createEditorStore(initialEditorState(doc), () => clock.now)
}
const texts = (s: ReturnType<typeof storeAt>) => currentDocument(s.getState()).cues.map((c) => c.text)

describe('editor reducer and undo history', () => {
  it('typing in one cue coalesces into one undo step while it continues', () => {
    const clock = { now: 0 }
    const store = storeAt(clock)
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      clock.now += 200
      store.dispatch({ type: 'cueTextEdited', id: asCueId('c3'), text })
    }
    expect(texts(store)[2]).toBe('Hello')
    store.dispatch({ type: 'undoRequested' })
    expect(texts(store)[2]).toBe('Thanks')
    store.dispatch({ type: 'redoRequested' })
    expect(texts(store)[2]).toBe('Hello')
  })

  it('a text edit keeps the word timings of the words that survive, and undo brings the old ones back', () => {
    const words = [
      { startMs: 5000, endMs: 5400, text: 'thank' },
      { startMs: 5400, endMs: 5800, text: 'you' },
    ]
    const store = createEditorStore(
      initialEditorState(makeDocument([{ id: asCueId('c1'), startMs: 5000, endMs: 6000, text: 'thank you', words }])),
    )
    store.dispatch({ type: 'cueTextEdited', id: asCueId('c1'), text: 'thank you all' })
    expect(currentDocument(store.getState()).cues[0]!.words?.map((w) => [w.text, w.startMs])).toEqual([
      ['thank', 5000],
      ['you', 5400],
      ['all', 5800],
    ])
    store.dispatch({ type: 'undoRequested' })
    expect(currentDocument(store.getState()).cues[0]!.words).toEqual(words)
  })

  it('a pause in typing starts a new undo step', () => {
    const clock = { now: 0 }
    const store = storeAt(clock)
    store.dispatch({ type: 'cueTextEdited', id: asCueId('c3'), text: 'Thanks all' })
    clock.now += 5000
    store.dispatch({ type: 'cueTextEdited', id: asCueId('c3'), text: 'Thanks all!' })
    store.dispatch({ type: 'undoRequested' })
    expect(texts(store)[2]).toBe('Thanks all')
  })

  it('undo and redo cover every kind of operation, in order, without limit', () => {
    const clock = { now: 0 }
    const store = storeAt(clock)
    const actions: EditorAction[] = [
      { type: 'cueSplit', id: asCueId('c1'), textOffset: 11 },
      { type: 'cueMerged', id: asCueId('c2'), with: 'next' },
      { type: 'cueTimingChanged', patches: [{ id: asCueId('c3'), startMs: 5100, endMs: 6500 }] },
      { type: 'speakerAdded', name: 'Beth', assignTo: [asCueId('c1')] },
      { type: 'cueKindSet', ids: [asCueId('c3')], kind: 'description' },
      { type: 'replaceAllApplied', query: { text: 'talk' }, replacement: 'workshop' },
      { type: 'cuesDeleted', ids: [asCueId('c1')] },
    ]
    const snapshots = [currentDocument(store.getState())]
    for (let i = 0; i < 300; i++) {
      for (const action of actions) {
        clock.now += 10
        store.dispatch(action)
        snapshots.push(currentDocument(store.getState()))
      }
    }
    const distinct = snapshots.filter((s, i) => i === 0 || s !== snapshots[i - 1])
    for (let i = distinct.length - 1; i > 0; i--) {
      expect(currentDocument(store.getState())).toBe(distinct[i])
      store.dispatch({ type: 'undoRequested' })
    }
    expect(currentDocument(store.getState())).toBe(doc)
    store.dispatch({ type: 'undoRequested' })
    expect(currentDocument(store.getState())).toBe(doc)
    for (let i = 1; i < distinct.length; i++) store.dispatch({ type: 'redoRequested' })
    expect(currentDocument(store.getState())).toBe(distinct[distinct.length - 1])
  })

  it('a drag of the shared edge of two touching cues is one undo step', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({
      type: 'cueTimingChanged',
      patches: [
        { id: asCueId('c1'), startMs: 0, endMs: 2300 },
        { id: asCueId('c2'), startMs: 2300, endMs: 4000 },
      ],
    })
    expect(
      currentDocument(store.getState())
        .cues.slice(0, 2)
        .map((c) => [c.startMs, c.endMs]),
    ).toEqual([
      [0, 2300],
      [2300, 4000],
    ])
    store.dispatch({ type: 'undoRequested' })
    expect(currentDocument(store.getState())).toBe(doc)
  })

  it('setting an edge to the playhead uses the playback time', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'playheadMoved', timeMs: 4700.4 })
    store.dispatch({ type: 'cueEdgeSetToPlayhead', id: asCueId('c3'), edge: 'start' })
    expect(currentDocument(store.getState()).cues[2]).toMatchObject({ startMs: 4700, endMs: 6000 })
  })

  it('during playback the current cue follows the playhead unless the editor is typing', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'playbackChanged', playing: true })
    store.dispatch({ type: 'playheadMoved', timeMs: 2500 })
    expect(store.getState().currentCueId).toBe('c2')
    store.dispatch({ type: 'typingChanged', typing: true })
    store.dispatch({ type: 'playheadMoved', timeMs: 5500 })
    expect(store.getState().currentCueId).toBe('c2')
    store.dispatch({ type: 'typingChanged', typing: false })
    store.dispatch({ type: 'playheadMoved', timeMs: 5600 })
    expect(store.getState().currentCueId).toBe('c3')
  })

  it('edits mark the document unsaved and keep the selection valid after delete and undo', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'cueSelected', id: asCueId('c2') })
    store.dispatch({ type: 'cuesDeleted', ids: [asCueId('c2')] })
    expect(store.getState().save.state).toBe('unsaved')
    expect(store.getState().currentCueId).toBe('c3')
    expect(store.getState().selectedIds).toEqual([])
  })

  it("typing and timing edits keep the selection; a delete drops a large selection's gone ids too", () => {
    const many = makeDocument(
      Array.from({ length: 12 }, (_, i) => cue(i + 1, i * 1000, i * 1000 + 900, `line ${i + 1}`)),
    )
    const store = createEditorStore(initialEditorState(many))
    for (let i = 1; i <= 10; i++) store.dispatch({ type: 'cueSelected', id: asCueId(`c${i}`), extend: i > 1 })
    const selected = store.getState().selectedIds
    store.dispatch({ type: 'cueTextEdited', id: asCueId('c10'), text: 'line ten' })
    store.dispatch({ type: 'cueNudged', id: asCueId('c10'), edge: 'start', deltaMs: 50 })
    expect(store.getState().selectedIds).toEqual(selected)
    expect(store.getState().currentCueId).toBe('c10')
    store.dispatch({ type: 'cuesDeleted', ids: [asCueId('c3'), asCueId('c10')] })
    expect(store.getState().selectedIds).toEqual(['c1', 'c2', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'])
    expect(store.getState().currentCueId).toBe('c11')
    store.dispatch({ type: 'cuesDeleted', ids: [asCueId('c1')] })
    expect(store.getState().selectedIds).toEqual(['c2', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'])
  })

  it('an edit with no current caption makes the first one current', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'cueSelected', id: undefined })
    store.dispatch({ type: 'cueTimingChanged', patches: [{ id: asCueId('c3'), startMs: 5100, endMs: 6000 }] })
    expect(store.getState().currentCueId).toBe('c1')
  })

  it('time updates never enter the undo history', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'playheadMoved', timeMs: 1000 })
    store.dispatch({ type: 'playbackChanged', rate: 1.5 })
    expect(store.getState().history.past).toHaveLength(0)
  })
})

describe('choosing a caption', () => {
  // Bug: choosing a caption only changed the editor; nothing recorded where playback should go, so the video stayed at 0:00.
  it('records a choice played from 0.3 s before the caption, again each time it is chosen', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'cueSelected', id: asCueId('c3') })
    const first = store.getState().cueChoice
    expect(first).toMatchObject({ cueId: 'c3', fromMs: 4700 })
    expect(first?.untilMs).toBeUndefined()
    store.dispatch({ type: 'cueSelected', id: asCueId('c3') })
    expect(store.getState().cueChoice?.seq).toBeGreaterThan(first!.seq)
    store.dispatch({ type: 'cueSelected', id: asCueId('c1') })
    expect(store.getState().cueChoice).toMatchObject({ cueId: 'c1', fromMs: 0 })
  })

  it('uses the lead-in from the settings, and adding to a selection is not a choice', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'playbackChanged', leadInMs: 1000 })
    store.dispatch({ type: 'cueSelected', id: asCueId('c3') })
    const choice = store.getState().cueChoice
    expect(choice?.fromMs).toBe(4000)
    store.dispatch({ type: 'cueSelected', id: asCueId('c1'), extend: true })
    expect(store.getState().cueChoice).toBe(choice)
    expect(store.getState().selectedIds).toEqual(['c3', 'c1'])
  })

  // Bug: "play this caption" did not exist; the loop was the only way to hear one caption.
  it('"play this caption" plays the current caption from its lead-in to its end', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'cueSelected', id: asCueId('c2') })
    store.dispatch({ type: 'cuePlayRequested' })
    expect(store.getState().cueChoice).toMatchObject({ cueId: 'c2', fromMs: 1700, untilMs: 4000 })
    expect(store.getState().currentCueId).toBe('c2')
  })

  // Bug: after choosing a caption, playing from just before it moved the current caption back to the one before.
  it('keeps the chosen caption current through its lead-in, then follows the playhead as before', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'cueSelected', id: asCueId('c2') })
    store.dispatch({ type: 'playbackChanged', playing: true })
    store.dispatch({ type: 'playheadMoved', timeMs: 1700 })
    expect(store.getState().currentCueId).toBe('c2')
    store.dispatch({ type: 'playheadMoved', timeMs: 5100 })
    expect(store.getState().currentCueId).toBe('c3')
    // Going back well before the lead-in (Alt+←) follows the playhead again.
    store.dispatch({ type: 'cueSelected', id: asCueId('c2') })
    store.dispatch({ type: 'playheadMoved', timeMs: 500 })
    expect(store.getState().currentCueId).toBe('c1')
  })

  // Bug: the media stops a frame after the caption's end, inside the touching next caption, which then
  // became current, so the next Ctrl+Alt+↓ skipped a caption.
  it('"play this caption" keeps its caption current as the media stops just past the end', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'cueSelected', id: asCueId('c1') })
    store.dispatch({ type: 'cuePlayRequested' })
    store.dispatch({ type: 'playbackChanged', playing: true })
    store.dispatch({ type: 'playheadMoved', timeMs: 1990 })
    store.dispatch({ type: 'playheadMoved', timeMs: 2030 })
    expect(store.getState().currentCueId).toBe('c1')
    // Playing on well past the end follows the playhead again.
    store.dispatch({ type: 'cueSelected', id: asCueId('c1') })
    store.dispatch({ type: 'cuePlayRequested' })
    store.dispatch({ type: 'playheadMoved', timeMs: 2600 })
    expect(store.getState().currentCueId).toBe('c2')
  })

  it('while paused the chosen caption stays current wherever the playhead is', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'cueSelected', id: asCueId('c3') })
    store.dispatch({ type: 'playheadMoved', timeMs: 4700 })
    expect(store.getState().currentCueId).toBe('c3')
  })
})

describe('picking the caption at the playhead', () => {
  it('selects it without moving the playhead (Enter on the waveform)', () => {
    const store = storeAt({ now: 0 })
    store.dispatch({ type: 'cueSelected', id: asCueId('c2'), keepPlayhead: true })
    expect(store.getState().currentCueId).toBe('c2')
    expect(store.getState().selectedIds).toEqual(['c2'])
    expect(store.getState().cueChoice).toBeUndefined()
  })
})
