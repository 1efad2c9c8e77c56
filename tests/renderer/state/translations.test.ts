import { describe, expect, it } from 'vitest'
import { asCueId, asSpeakerId, makeDocument, type CaptionDocument, type Cue } from '../../../shared/model'
import { translationCounts, translationTrack } from '../../../shared/model/translation'
import { currentDocument, initialEditorState, workingLanguageOf } from '../../../renderer/state/editor-state'
import { createEditorStore } from '../../../renderer/state/store'

const cue = (n: number, startMs: number, endMs: number, text: string): Cue => ({
  id: asCueId(`c${n}`),
  startMs,
  endMs,
  text,
})
const doc = makeDocument([
  cue(1, 0, 2000, 'Good morning everyone'),
  cue(2, 2000, 4000, 'welcome to the meeting'),
  cue(3, 5000, 6000, 'Thank you'),
])
const c = (n: number) => asCueId(`c${n}`)

function storeWithWelsh(clock = { now: 0 }) {
  const store = createEditorStore(initialEditorState(doc), () => clock.now)
  store.dispatch({ type: 'languageAdded', language: 'cy', masterLanguage: 'en-GB' })
  return store
}
const welsh = (d: CaptionDocument) =>
  translationTrack(d, 'cy')?.cues.map((e) => [e.sourceIds.join('+'), e.text, e.needsCheck ?? false])

describe('language tracks in the editor store', () => {
  it('adding a language names the captions’ own, makes the new one the working language, and undo takes both back', () => {
    const store = storeWithWelsh()
    expect(currentDocument(store.getState()).meta?.language).toBe('en-GB')
    expect(workingLanguageOf(store.getState())).toBe('cy')
    store.dispatch({ type: 'undoRequested' })
    expect(currentDocument(store.getState()).translations).toBeUndefined()
    expect(currentDocument(store.getState()).meta?.language).toBeUndefined()
    expect(workingLanguageOf(store.getState())).toBeUndefined()
  })

  it('typing a translation coalesces per caption into one undo step', () => {
    const clock = { now: 0 }
    const store = storeWithWelsh(clock)
    for (const text of ['B', 'Bo', 'Bore', 'Bore da']) {
      clock.now += 200
      store.dispatch({ type: 'translationEdited', language: 'cy', id: c(1), text })
    }
    clock.now += 200
    store.dispatch({ type: 'translationEdited', language: 'cy', id: c(2), text: 'croeso' })
    expect(welsh(currentDocument(store.getState()))).toEqual([
      ['c1', 'Bore da', false],
      ['c2', 'croeso', false],
    ])
    store.dispatch({ type: 'undoRequested' })
    expect(welsh(currentDocument(store.getState()))).toEqual([['c1', 'Bore da', false]])
    store.dispatch({ type: 'undoRequested' })
    expect(welsh(currentDocument(store.getState()))).toEqual([])
  })

  it('rewording a master caption marks its translation for checking; marking it checked is its own step', () => {
    const store = storeWithWelsh()
    store.dispatch({ type: 'translationEdited', language: 'cy', id: c(3), text: 'Diolch' })
    store.dispatch({ type: 'cueTextEdited', id: c(3), text: 'Thank you all' })
    expect(welsh(currentDocument(store.getState()))).toEqual([['c3', 'Diolch', true]])
    expect(translationCounts(currentDocument(store.getState()), 'cy')).toEqual({ missing: 2, needsCheck: 1, done: 0 })
    store.dispatch({ type: 'translationChecked', language: 'cy', id: c(3), checked: true })
    expect(welsh(currentDocument(store.getState()))).toEqual([['c3', 'Diolch', false]])
    store.dispatch({ type: 'undoRequested' })
    expect(welsh(currentDocument(store.getState()))).toEqual([['c3', 'Diolch', true]])
  })

  it('new spacing or a new line break in a master caption leaves its translation as checked', () => {
    const store = storeWithWelsh()
    store.dispatch({ type: 'translationEdited', language: 'cy', id: c(3), text: 'Diolch' })
    const thanks = currentDocument(store.getState()).cues.find((x) => x.id === c(3))!.text
    store.dispatch({ type: 'cueTextEdited', id: c(3), text: `${thanks.replace(' ', '\n')}  ` })
    expect(welsh(currentDocument(store.getState()))).toEqual([['c3', 'Diolch', false]])
    store.dispatch({ type: 'cueTextEdited', id: c(3), text: `${thanks}!` })
    expect(welsh(currentDocument(store.getState()))).toEqual([['c3', 'Diolch', true]])
  })

  it('a split carries the translation to both parts, needing a check', () => {
    const store = storeWithWelsh()
    store.dispatch({ type: 'translationEdited', language: 'cy', id: c(2), text: 'croeso i’r cyfarfod' })
    store.dispatch({ type: 'cueSplit', id: c(2), textOffset: 8 })
    const after = currentDocument(store.getState())
    expect(after.cues).toHaveLength(4)
    expect(translationTrack(after, 'cy')?.cues).toEqual([
      { sourceIds: [c(2), after.cues[2]!.id], text: 'croeso i’r cyfarfod', needsCheck: true },
    ])
  })

  it('a replaced document without tracks keeps the translations (a tidy-up); a line-break fix marks nothing', () => {
    const store = storeWithWelsh()
    store.dispatch({ type: 'translationEdited', language: 'cy', id: c(1), text: 'Bore da bawb' })
    const tidied = makeDocument([
      cue(7, 0, 4000, 'Good morning everyone, welcome to the meeting'),
      cue(8, 5000, 6000, 'Thank you'),
    ])
    store.dispatch({ type: 'documentReplaced', doc: tidied, label: 'fix' })
    expect(welsh(currentDocument(store.getState()))).toEqual([['c7', 'Bore da bawb', true]])
    store.dispatch({ type: 'undoRequested' })
    const broken = {
      ...currentDocument(store.getState()),
      cues: currentDocument(store.getState()).cues.map((x) =>
        x.id === c(1) ? { ...x, text: 'Good morning\neveryone' } : x,
      ),
    }
    store.dispatch({ type: 'documentReplaced', doc: broken, label: 'fix' })
    expect(welsh(currentDocument(store.getState()))).toEqual([['c1', 'Bore da bawb', false]])
  })

  it('a replace all that rewords a translated caption marks it for checking', () => {
    const store = storeWithWelsh()
    store.dispatch({ type: 'translationEdited', language: 'cy', id: c(2), text: 'croeso i’r cyfarfod' })
    store.dispatch({ type: 'replaceAllApplied', query: { text: 'meeting', wholeWord: true }, replacement: 'gathering' })
    expect(welsh(currentDocument(store.getState()))).toEqual([['c2', 'croeso i’r cyfarfod', true]])
  })

  it('restoring a version from before the languages keeps today’s translations', () => {
    const store = storeWithWelsh()
    store.dispatch({ type: 'translationEdited', language: 'cy', id: c(3), text: 'Diolch' })
    store.dispatch({ type: 'documentRestored', doc })
    expect(welsh(currentDocument(store.getState()))).toEqual([['c3', 'Diolch', false]])
  })

  it('removing the working language clears it; roles are translated per language', () => {
    const withSpeaker = makeDocument(doc.cues, [{ id: asSpeakerId('s1'), name: 'Ann Jones', role: 'Chair' }])
    const store = createEditorStore(initialEditorState(withSpeaker))
    store.dispatch({ type: 'languageAdded', language: 'cy' })
    store.dispatch({ type: 'roleTranslated', language: 'cy', speakerId: asSpeakerId('s1'), role: 'Cadeirydd' })
    expect(translationTrack(currentDocument(store.getState()), 'cy')?.roles).toEqual({ s1: 'Cadeirydd' })
    store.dispatch({ type: 'languageRemoved', language: 'cy' })
    expect(currentDocument(store.getState()).translations).toBeUndefined()
    expect(store.getState().workingLanguage).toBeUndefined()
  })

  it('a project opened with translations shows its first language; choosing none is not an undo step', () => {
    const store = storeWithWelsh()
    const reopened = createEditorStore(initialEditorState(currentDocument(store.getState())))
    expect(workingLanguageOf(reopened.getState())).toBe('cy')
    reopened.dispatch({ type: 'workingLanguageChosen', language: undefined })
    expect(workingLanguageOf(reopened.getState())).toBeUndefined()
    expect(reopened.getState().history.past).toHaveLength(0)
  })
})
