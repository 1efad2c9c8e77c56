/**
 * Watches the editor's typing for a correction worth repeating: when one caption's words change and
 * the editor pauses or moves on, the change from the caption as it was before this round of typing
 * is read as a correction, and the other places it occurs are counted.
 */

import { useEffect, useState } from 'react'
import { correctionOf, placesToFix, type Correction } from '../../../shared/edit/fix-everywhere'
import type { CaptionDocument } from '../../../shared/model/document'
import type { CueId } from '../../../shared/model/ids'
import type { EditorStore } from '../../state/store'

/** A correction made in `cueId` that also fits `places` other captions. */
export type CorrectionOffer = Readonly<{
  cueId: CueId
  correction: Correction
  places: readonly { cueId: CueId; count: number }[]
}>

/** How long typing rests before the correction is read. */
export const SETTLE_MS = 1200

/** The one cue whose text differs between two documents with the same cues, if exactly one does. */
function editedCue(before: CaptionDocument, after: CaptionDocument): CueId | undefined {
  if (before.cues.length !== after.cues.length) return undefined
  let found: CueId | undefined
  for (let i = 0; i < after.cues.length; i++) {
    const a = before.cues[i]!
    const b = after.cues[i]!
    if (a.id !== b.id) return undefined
    if (a.text !== b.text) {
      if (found) return undefined
      found = b.id
    }
  }
  return found
}

/** The current offer (undefined when there is none) and a way to drop it. */
export function useCorrectionWatch(store: EditorStore): { offer: CorrectionOffer | undefined; dismiss: () => void } {
  const [offer, setOffer] = useState<CorrectionOffer | undefined>()
  useEffect(() => {
    let lastDoc = store.getState().history.present
    let round: { cueId: CueId; before: string } | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const settle = () => {
      if (!round) return
      const doc = store.getState().history.present
      const now = doc.cues.find((c) => c.id === round!.cueId)
      const correction = now ? correctionOf(round.before, now.text) : undefined
      const places = correction ? placesToFix(doc, correction, round.cueId) : []
      setOffer(correction && places.length > 0 ? { cueId: round.cueId, correction, places } : undefined)
    }
    const unsubscribe = store.subscribe(() => {
      const state = store.getState()
      const doc = state.history.present
      if (doc !== lastDoc) {
        const cueId = editedCue(lastDoc, doc)
        if (cueId && round?.cueId !== cueId) {
          round = { cueId, before: lastDoc.cues.find((c) => c.id === cueId)!.text }
        } else if (!cueId) round = undefined
        lastDoc = doc
        clearTimeout(timer)
        if (round) timer = setTimeout(settle, SETTLE_MS)
        else setOffer(undefined)
      } else if (round && state.currentCueId !== round.cueId) {
        // Moving to another caption ends the round at once.
        clearTimeout(timer)
        settle()
        round = undefined
      }
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [store])
  return { offer, dismiss: () => setOffer(undefined) }
}
