import { describe, expect, it } from 'vitest'
import { asCueId, makeDocument, type Cue } from '../../../shared/model'
import {
  currentDocument,
  currentGlossary,
  currentProfile,
  initialEditorState,
} from '../../../renderer/state/editor-state'
import { createEditorStore } from '../../../renderer/state/store'
import { redoLabel, undoLabel } from '../../../renderer/state/history'
import { diffProjects } from '../../../shared/project/project-changes'
import type { Project } from '../../../shared/project/project-file'
import { applyCorrection } from '../../../shared/edit/fix-everywhere'

const cue = (n: number, text: string): Cue => ({
  id: asCueId(`c${n}`),
  startMs: n * 2000,
  endMs: n * 2000 + 1500,
  text,
})
const doc = makeDocument([cue(1, 'the researchers met'), cue(2, 'two researchers spoke'), cue(3, 'Thanks')])
const entry = { from: 'researchers', to: 'academics' }

function storeAt(clock = { now: 0 }) {
  return createEditorStore(initialEditorState(doc, { glossary: [entry] }), () => (clock.now += 5000))
}
const froms = (store: ReturnType<typeof storeAt>) => currentGlossary(store.getState()).map((g) => g.from)

describe('glossary and profile in the undo history', () => {
  it('opens with the project’s glossary and profile, with nothing to undo or save', () => {
    const store = createEditorStore(initialEditorState(doc, { glossary: [entry], profileId: 'bbc' }))
    expect(currentProfile(store.getState()).id).toBe('bbc')
    expect(froms(store)).toEqual(['researchers'])
    expect(undoLabel(store.getState().history)).toBeUndefined()
    expect(store.getState().save.state).toBe('saved')
  })

  it('Ctrl+Z takes back an added entry and Ctrl+Y puts it back, each named in the Undo menu', () => {
    const store = storeAt()
    store.dispatch({ type: 'glossaryEntryAdded', entry: { from: ' co production ', to: 'co-production' } })
    expect(currentGlossary(store.getState())).toEqual([entry, { from: 'co production', to: 'co-production' }])
    expect(undoLabel(store.getState().history)).toBe('glossary-add')
    expect(store.getState().save.state).toBe('unsaved')
    store.dispatch({ type: 'undoRequested' })
    expect(froms(store)).toEqual(['researchers'])
    expect(redoLabel(store.getState().history)).toBe('glossary-add')
    store.dispatch({ type: 'redoRequested' })
    expect(froms(store)).toEqual(['researchers', 'co production'])
  })

  it('an entry without both words is not added (no empty undo step)', () => {
    const store = storeAt()
    store.dispatch({ type: 'glossaryEntryAdded', entry: { from: '  ', to: 'x' } })
    store.dispatch({ type: 'glossaryEntryAdded', entry: { from: 'x', to: '' } })
    expect(store.getState().history.past).toHaveLength(0)
  })

  it('undoes removing an entry, and removing one that is not there changes nothing', () => {
    const store = storeAt()
    store.dispatch({ type: 'glossaryEntryRemoved', index: 3 })
    expect(store.getState().history.past).toHaveLength(0)
    store.dispatch({ type: 'glossaryEntryRemoved', index: 0 })
    expect(froms(store)).toEqual([])
    expect(undoLabel(store.getState().history)).toBe('glossary-remove')
    store.dispatch({ type: 'undoRequested' })
    expect(currentGlossary(store.getState())).toEqual([entry])
  })

  it('undoes rewording an entry (its other choices kept); a change that changes nothing, or no entry, is no step', () => {
    const store = createEditorStore(initialEditorState(doc, { glossary: [{ ...entry, caseSensitive: true }] }))
    store.dispatch({
      type: 'glossaryEntryEdited',
      index: 0,
      entry: { from: 'researchers', to: 'academics', caseSensitive: true },
    })
    store.dispatch({ type: 'glossaryEntryEdited', index: 0, entry: { from: 'researchers', to: ' ' } })
    store.dispatch({ type: 'glossaryEntryEdited', index: 1, entry: { from: 'a', to: 'b' } })
    expect(store.getState().history.past).toHaveLength(0)
    store.dispatch({
      type: 'glossaryEntryEdited',
      index: 0,
      entry: { from: 'researcher s', to: 'scholars ', caseSensitive: true },
    })
    expect(currentGlossary(store.getState())).toEqual([{ from: 'researcher s', to: 'scholars', caseSensitive: true }])
    expect(undoLabel(store.getState().history)).toBe('glossary-edit')
    store.dispatch({ type: 'undoRequested' })
    expect(currentGlossary(store.getState())).toEqual([{ ...entry, caseSensitive: true }])
  })

  it('undoes a change of profile; an unknown or unchanged profile is no step', () => {
    const store = storeAt()
    store.dispatch({ type: 'profileChosen', profileId: 'accessible-default' })
    store.dispatch({ type: 'profileChosen', profileId: 'no-such-profile' })
    expect(store.getState().history.past).toHaveLength(0)
    store.dispatch({ type: 'profileChosen', profileId: 'bbc' })
    expect(currentProfile(store.getState()).id).toBe('bbc')
    expect(undoLabel(store.getState().history)).toBe('profile')
    store.dispatch({ type: 'undoRequested' })
    expect(currentProfile(store.getState()).id).toBe('accessible-default')
    expect(store.getState().save.state).toBe('unsaved')
    store.dispatch({ type: 'redoRequested' })
    expect(currentProfile(store.getState()).id).toBe('bbc')
  })

  it('caption edits and settings changes undo in the order they were made, each keeping the other', () => {
    const store = storeAt()
    store.dispatch({ type: 'cueTextEdited', id: asCueId('c3'), text: 'Thank you' })
    store.dispatch({ type: 'glossaryEntryAdded', entry: { from: 'met', to: 'gathered' } })
    store.dispatch({ type: 'cueTextEdited', id: asCueId('c3'), text: 'Thank you all' })
    store.dispatch({ type: 'undoRequested' })
    expect(currentDocument(store.getState()).cues[2]!.text).toBe('Thank you')
    expect(froms(store)).toEqual(['researchers', 'met'])
    store.dispatch({ type: 'undoRequested' })
    expect(currentDocument(store.getState()).cues[2]!.text).toBe('Thank you')
    expect(froms(store)).toEqual(['researchers'])
    store.dispatch({ type: 'undoRequested' })
    expect(currentDocument(store.getState()).cues[2]!.text).toBe('Thanks')
    store.dispatch({ type: 'redoRequested' })
    store.dispatch({ type: 'redoRequested' })
    expect(froms(store)).toEqual(['researchers', 'met'])
    expect(currentDocument(store.getState()).cues[2]!.text).toBe('Thank you')
  })

  it('"fix everywhere" changes the other captions and adds the correction to the glossary as one undo step', () => {
    const store = createEditorStore(initialEditorState(doc), () => 0)
    const correction = { from: 'researchers', to: 'scientists' }
    const result = applyCorrection(doc, correction, asCueId('c1'))
    store.dispatch({ type: 'correctionApplied', doc: result.doc, entry: correction })
    expect(currentDocument(store.getState()).cues[1]!.text).toBe('two scientists spoke')
    expect(currentGlossary(store.getState())).toEqual([correction])
    store.dispatch({ type: 'undoRequested' })
    expect(currentDocument(store.getState()).cues[1]!.text).toBe('two researchers spoke')
    expect(currentGlossary(store.getState())).toEqual([])
    expect(store.getState().history.past).toHaveLength(0)
  })

  it('a correction already in the glossary (any case) is not added twice; with no other place left, only the glossary changes', () => {
    const store = storeAt()
    store.dispatch({ type: 'correctionApplied', doc, entry: { from: 'Researchers', to: 'scholars' } })
    expect(store.getState().history.past).toHaveLength(0)
    store.dispatch({ type: 'correctionApplied', doc, entry: { from: 'met', to: 'gathered' } })
    expect(froms(store)).toEqual(['researchers', 'met'])
    expect(currentDocument(store.getState())).toBe(doc)
    expect(undoLabel(store.getState().history)).toBe('glossary-add')
  })

  it('a glossary or profile change, and its undo, is a change the autosave sends (the project changes carry both)', () => {
    const store = storeAt()
    const project = (): Project => {
      const { present, settings } = store.getState().history
      return { title: 'T', doc: present, ...settings }
    }
    const opened = project()
    store.dispatch({ type: 'glossaryEntryAdded', entry: { from: 'met', to: 'gathered' } })
    store.dispatch({ type: 'profileChosen', profileId: 'dcmp' })
    const edited = project()
    expect(diffProjects(opened, edited)).toMatchObject({
      glossary: [entry, { from: 'met', to: 'gathered' }],
      profileId: 'dcmp',
    })
    store.dispatch({ type: 'undoRequested' })
    store.dispatch({ type: 'undoRequested' })
    const undone = project()
    expect(diffProjects(edited, undone)).toMatchObject({ glossary: [entry], profileId: null })
    // Undo gives back the very settings the file was opened with: nothing left to send against it.
    expect(diffProjects(opened, undone)).toBeUndefined()
  })
})
