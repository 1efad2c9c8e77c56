/** Small builders for tests: cues and documents with readable defaults. */
import { asCueId, asSpeakerId, makeDocument, type CaptionDocument, type Cue, type Speaker } from '../../shared/model'

/** A cue; `n` sets id `c<n>` and a 1 s slot starting at n seconds unless times are given. */
export function makeCue(n: number, text: string, extra: Partial<Cue> = {}): Cue {
  return { id: asCueId(`c${n}`), startMs: n * 1000, endMs: n * 1000 + 900, text, ...extra }
}

/** A speaker with id `s<n>`. */
export function makeSpeaker(n: number, name: string, role?: string): Speaker {
  return { id: asSpeakerId(`s${n}`), name, ...(role ? { role } : {}) }
}

/** A document from cues and speakers. */
export function makeDoc(cues: readonly Cue[], speakers: readonly Speaker[] = []): CaptionDocument {
  return makeDocument(cues, speakers)
}
