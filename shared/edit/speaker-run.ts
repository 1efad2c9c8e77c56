/** "This speaker from here until the next change": which captions a run of one speaker covers. */

import type { Cue } from '../model/cue'
import type { CueId } from '../model/ids'

/** Only spoken captions have a speaker; descriptions, on-screen text and headings are passed over. */
const spoken = (cue: Cue): boolean => cue.kind === undefined || cue.kind === 'speech'

/**
 * The spoken captions from `fromId` on that share its present speaker (or its lack of one), up to
 * the first spoken caption whose speaker differs. Empty when `fromId` is not a caption.
 */
export function speakerRunFrom(cues: readonly Cue[], fromId: CueId): CueId[] {
  const start = cues.findIndex((c) => c.id === fromId)
  if (start < 0) return []
  const speaker = cues[start]!.speakerId
  const ids: CueId[] = []
  for (let i = start; i < cues.length; i++) {
    const cue = cues[i]!
    if (!spoken(cue)) continue
    if (cue.speakerId !== speaker) break
    ids.push(cue.id)
  }
  // A description chosen as the starting point is still given the speaker: the editor asked for it.
  if (!spoken(cues[start]!)) ids.unshift(fromId)
  return ids
}
