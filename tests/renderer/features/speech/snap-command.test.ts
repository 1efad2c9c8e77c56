// Snap to speech as a command: one undo step for the chosen captions, said politely, and a clear
// word when the video's pauses are not known yet.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { clearSessionPauses, loadSessionPauses } from '../../../../renderer/features/speech/session-pauses'
import { snapSelectedToSpeech } from '../../../../renderer/features/speech/snap-command'
import { createEditorStore } from '../../../../renderer/state/store'
import { currentDocument, initialEditorState } from '../../../../renderer/state/editor-state'
import { asCueId, makeDocument } from '../../../../shared/model'
import type { CaptionBridge } from '../../../../shared/ipc/contract'

const root = path.resolve(import.meta.dirname, '../../../..')
const locale = (lang: string) =>
  JSON.parse(readFileSync(path.join(root, `assets/locales/${lang}/translation.json`), 'utf8')) as Record<
    string,
    unknown
  >

beforeAll(async () => {
  await i18next.init({
    resources: { en: { translation: locale('en') }, cy: { translation: locale('cy') } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  })
})

const doc = makeDocument([
  { id: asCueId('c1'), startMs: 1_200, endMs: 3_400, text: 'welcome everyone' },
  { id: asCueId('c2'), startMs: 3_500, endMs: 6_000, text: 'to the event' },
])
const bridge = {
  getSpeechPauses: async () => ({
    ok: true,
    cached: true,
    pauses: [
      { startMs: 0, endMs: 1_040, depth: 30 },
      { startMs: 3_120, endMs: 3_700, depth: 25 },
      { startMs: 6_300, endMs: 9_000, depth: 30 },
    ],
  }),
} as unknown as Pick<CaptionBridge, 'getSpeechPauses'>

describe('snap to speech command', () => {
  it('says so when the pauses are not known yet, and changes nothing', () => {
    clearSessionPauses()
    const store = createEditorStore(initialEditorState(doc))
    const said: string[] = []
    snapSelectedToSpeech(
      { ...store.getState(), currentCueId: asCueId('c1') },
      store.dispatch,
      (s) => said.push(s),
      i18next.getFixedT('en'),
    )
    expect(said).toEqual([
      'The pauses in the speech are not known yet: the video’s sound is still being read, or there is none.',
    ])
    expect(currentDocument(store.getState())).toBe(doc)
  })

  it('moves the selected captions in one undo step and announces how many', async () => {
    await loadSessionPauses(bridge, '/v/talk.mp4')
    const store = createEditorStore(initialEditorState(doc))
    const said: string[] = []
    snapSelectedToSpeech(
      { ...store.getState(), selectedIds: [asCueId('c1'), asCueId('c2')] },
      store.dispatch,
      (s) => said.push(s),
      i18next.getFixedT('cy'),
    )
    expect(currentDocument(store.getState()).cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [1_040, 3_320],
      [3_700, 6_000],
    ])
    expect(said).toEqual(['2 gapsiwn bellach yn dechrau ac yn gorffen gyda’r lleferydd'])
    store.dispatch({ type: 'undoRequested' })
    expect(currentDocument(store.getState())).toBe(doc)
  })
})
