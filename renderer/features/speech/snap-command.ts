/** The snap-to-speech command: the chosen captions' edges to the nearest speech onset and offset, as one undo step. */

import type { TFunction } from 'i18next'
import { snapToSpeech } from '../../../shared/edit/snap-to-speech'
import type { CueId } from '../../../shared/model/ids'
import type { EditorAction } from '../../state/actions'
import { currentDocument, type EditorState } from '../../state/editor-state'
import { sessionPauses } from './session-pauses'

/** How far an edge may move to meet the speech, ms. */
export const SNAP_WINDOW_MS = 400

/** Snaps the selected captions (or the current one) and says what happened. */
export function snapSelectedToSpeech(
  state: EditorState,
  dispatch: (action: EditorAction) => void,
  announce: (text: string) => void,
  t: TFunction,
): void {
  const pauses = sessionPauses()
  if (!pauses) return announce(t('snap.noPauses'))
  const ids: readonly CueId[] =
    state.selectedIds.length > 0 ? state.selectedIds : state.currentCueId ? [state.currentCueId] : []
  if (ids.length === 0) return announce(t('announce.noCaptionChosen'))
  const doc = currentDocument(state)
  const patches = snapToSpeech(doc.cues, new Set(ids), pauses, {
    windowMs: SNAP_WINDOW_MS,
    leadOutMs: 200,
    minGapMs: 80,
  })
  if (patches.length === 0) return announce(t('snap.nothing'))
  dispatch({ type: 'cueTimingChanged', patches })
  announce(t('snap.done', { count: patches.length }))
}
