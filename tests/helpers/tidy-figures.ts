/**
 * The figures issue-style goals are stated in, for a tidied document against a generated event's
 * truth: speaker changes that start a caption, captions holding two speakers, sentence ends at a
 * caption boundary, "I" in capitals, every word kept once with its time, captions within the profile.
 */

import type { CaptionDocument, StyleProfile } from '../../shared/model'
import type { TrueWord } from './speech-event'

/** The figures for one tidy-up. */
export type TidyFigures = Readonly<{
  speakerChanges: number
  changesStartingCaption: number
  captionsWithTwoSpeakers: number
  sentenceEnds: number
  sentenceEndsAtBoundary: number
  pronouns: number
  pronounsCapitalised: number
  wordsKeptOnce: boolean
  captionsOutsideProfile: number
}>

const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}'’]/gu, '')

/** Measures `doc` against the truth words it was made from. */
export function tidyFigures(doc: CaptionDocument, truth: readonly TrueWord[], profile: StyleProfile): TidyFigures {
  const words = doc.cues.flatMap((c) => c.words ?? [])
  const firsts = new Set<number>()
  const lasts = new Set<number>()
  let index = 0
  let captionsWithTwoSpeakers = 0
  let captionsOutsideProfile = 0
  for (const cue of doc.cues) {
    const n = cue.words?.length ?? 0
    firsts.add(index)
    lasts.add(index + n - 1)
    if (new Set(truth.slice(index, index + n).map((w) => w.speaker)).size > 1) captionsWithTwoSpeakers++
    const lines = cue.text.split('\n')
    if (lines.length > profile.maxLines || lines.some((l) => l.length > profile.maxCharsPerLine))
      captionsOutsideProfile++
    index += n
  }
  let speakerChanges = 0
  let changesStartingCaption = 0
  let sentenceEnds = 0
  let sentenceEndsAtBoundary = 0
  let pronouns = 0
  let pronounsCapitalised = 0
  truth.forEach((w, i) => {
    if (i > 0 && w.speaker !== truth[i - 1]!.speaker) {
      speakerChanges++
      if (firsts.has(i)) changesStartingCaption++
    }
    if (w.endsSentence && i < truth.length - 1) {
      sentenceEnds++
      if (lasts.has(i)) sentenceEndsAtBoundary++
    }
    if (/^i(['’](m|ve|ll|d))?$/.test(w.text)) {
      pronouns++
      if (words[i] && /^I/.test(words[i]!.text)) pronounsCapitalised++
    }
  })
  const wordsKeptOnce =
    words.length === truth.length &&
    words.every((w, i) => bare(w.text) === bare(truth[i]!.text)) &&
    words.every((w, i) => i === 0 || w.startMs >= words[i - 1]!.startMs)
  return {
    speakerChanges,
    changesStartingCaption,
    captionsWithTwoSpeakers,
    sentenceEnds,
    sentenceEndsAtBoundary,
    pronouns,
    pronounsCapitalised,
    wordsKeptOnce,
    captionsOutsideProfile,
  }
}
