/** Speakers: names and roles shown in transcripts and voice labels. */

import type { SpeakerId } from './ids'

/** A person who speaks in the recording. */
export type Speaker = Readonly<{
  /** Stable id referenced by cues. */
  id: SpeakerId
  /** The name as it should appear ("Beth Perry"). */
  name: string
  /** Role or affiliation ("University of Sheffield | Realising Just Cities"). */
  role?: string
}>

/** Finds a speaker by id. */
export function findSpeaker(speakers: readonly Speaker[], id: SpeakerId | undefined): Speaker | undefined {
  return id === undefined ? undefined : speakers.find((s) => s.id === id)
}
