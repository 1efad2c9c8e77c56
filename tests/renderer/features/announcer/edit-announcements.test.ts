import { describe, expect, it } from 'vitest'
import { asCueId, makeDocument, type Cue } from '../../../../shared/model'
import { describeChange } from '../../../../renderer/features/announcer/edit-announcements'
import { initialEditorState, type EditorState } from '../../../../renderer/state/editor-state'
import { createEditorStore } from '../../../../renderer/state/store'
import type { EditorAction } from '../../../../renderer/state/actions'

const cue = (n: number, startMs: number, endMs: number, text: string): Cue => ({
  id: asCueId(`c${n}`),
  startMs,
  endMs,
  text,
})
const doc = makeDocument([
  cue(1, 0, 2000, 'hello there everyone'),
  cue(2, 2000, 4000, 'welcome to the co production'),
  cue(3, 5000, 6000, 'co production thanks'),
])

/** Dispatches `actions` and returns what each would announce. */
function said(...actions: EditorAction[]) {
  let now = 0
  const store = createEditorStore(initialEditorState(doc), () => (now += 5000))
  return actions.map((action) => {
    const prev: EditorState = store.getState()
    store.dispatch(action)
    return describeChange(prev, store.getState())
  })
}

describe('live-region announcements', () => {
  it('says nothing for typing (the editor hears their own keys) or moving the playhead', () => {
    expect(
      said(
        { type: 'cueTextEdited', id: asCueId('c1'), text: 'Hello there everyone' },
        { type: 'playheadMoved', timeMs: 3000 },
      ),
    ).toEqual([undefined, undefined])
  })

  it('announces a split, a merge and a delete with the caption they leave you on', () => {
    const [split, merge, del] = said(
      { type: 'cueSplit', id: asCueId('c1'), textOffset: 5 },
      { type: 'cueMerged', id: asCueId('c1'), with: 'next' },
      { type: 'cuesDeleted', ids: [asCueId('c3')] },
    )
    expect(split?.key).toBe('announce.split')
    expect(merge).toEqual({ key: 'announce.merged', values: { number: 1 } })
    expect(del).toEqual({ key: 'announce.deleted', values: { count: 1 } })
  })

  it('names the step undone and redone', () => {
    const [, undo, redo] = said(
      { type: 'cueSplit', id: asCueId('c1'), textOffset: 5 },
      { type: 'undoRequested' },
      { type: 'redoRequested' },
    )
    expect(undo).toEqual({ key: 'announce.undid', step: 'split' })
    expect(redo).toEqual({ key: 'announce.redid', step: 'split' })
  })

  it('counts the captions replace-all changed', () => {
    const [replaced] = said({
      type: 'replaceAllApplied',
      query: { text: 'co production' },
      replacement: 'co-production',
    })
    expect(replaced).toEqual({ key: 'announce.replaced', values: { count: 2 } })
  })

  it('says which caption became which kind, how many captions the glossary changed, and leaves a restore to the Versions panel', () => {
    const glossed = makeDocument(doc.cues.map((c) => ({ ...c, text: c.text.replace('co production', 'coproduction') })))
    const [kind, glossary, restore] = said(
      { type: 'cueKindSet', ids: [asCueId('c1')], kind: 'heading' },
      { type: 'documentReplaced', doc: glossed, label: 'glossary' },
      { type: 'documentRestored', doc },
    )
    expect(kind).toEqual({ key: 'announce.kindSet', values: { number: 1, kind: 'heading' } })
    expect(glossary).toEqual({ key: 'announce.glossaryApplied', values: { count: 2 } })
    expect(restore).toBeUndefined()
  })

  it('names the speaker assigned to the current caption', () => {
    const [added] = said({ type: 'speakerAdded', name: 'Morwenna', assignTo: [asCueId('c1')] })
    expect(added).toEqual({ key: 'announce.speakerAssigned', values: { name: 'Morwenna' } })
  })

  it('reads out the new times after a nudge', () => {
    const [nudged] = said({ type: 'cueNudged', id: asCueId('c1'), edge: 'end', deltaMs: -100 })
    expect(nudged).toEqual({
      key: 'announce.timing',
      values: { number: 1, start: '00:00:00.000', end: '00:00:01.900' },
    })
  })

  it('announces a save failure and the recovery, but not every routine save', () => {
    const results = said(
      { type: 'saveStatusChanged', status: { state: 'saved', savedAt: 1 } },
      { type: 'saveStatusChanged', status: { state: 'error', code: 'ENOSPC' } },
      { type: 'saveStatusChanged', status: { state: 'saved', savedAt: 2 } },
    )
    expect(results).toEqual([
      undefined,
      { key: 'announce.saveFailed', values: { code: 'ENOSPC' } },
      { key: 'announce.saveRecovered' },
    ])
  })
})
