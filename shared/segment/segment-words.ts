/**
 * Re-segmentation: a stream of timed words → readable cues within a style profile. Cues end at
 * sentence ends where possible, else at clause punctuation or a pause, never past the profile's
 * characters or duration; each cue keeps its words, and its lines are broken with breakLines.
 */

import type { Cue, Word } from '../model/cue'
import { asCueId, type SpeakerId } from '../model/ids'
import type { StyleProfile } from '../model/style-profile'
import {
  breakLines,
  ENDS_CLAUSE as LINE_ENDS_CLAUSE,
  ENDS_SENTENCE as LINE_ENDS_SENTENCE,
  joinLines,
  lastMark,
  lineBreakTraits,
  lineStarts,
} from '../quality/line-break'
import { cueSpeechEndMs, cueStartMs, type SegmentHints } from './speech-hints'

/** A word with an optional speaker (Zoom/Teams turns, or a YouTube `>>` change). */
export type StreamWord = Word & Readonly<{ speakerId?: SpeakerId }>

/** A pause longer than this between two words is a natural place to end a cue. */
export const PAUSE_MS = 500
/** A pause longer than this always ends a cue (the cue would otherwise sit on screen over silence). */
export const LONG_PAUSE_MS = 2000

const CONJUNCTIONS = new Set([
  'and',
  'but',
  'or',
  'so',
  'because',
  'which',
  'who',
  'that',
  'when',
  'where',
  'while',
  'if',
  'then',
])
/** Words a phrase hardly ever ends on (not prepositions: "go on."): a pause after one is a hesitation, not a place to cut. */
const DANGLING = new Set([
  'a',
  'an',
  'the',
  'of',
  'my',
  'our',
  'your',
  'their',
  'its',
  'and',
  'or',
  'but',
  'um',
  'uh',
  'er',
  'erm',
])

/** Segmentation traits, above the line-break traits (which take the low byte). */
const ENDS_SENTENCE = 1 << 8
const ENDS_CLAUSE = 1 << 9
const IS_CONJUNCTION = 1 << 10
const IS_DANGLING = 1 << 12
/** The word holds whitespace or is empty: its cue's lines come from breakLines on the joined text. */
const NOT_ONE_TOKEN = 1 << 11

/** A word's line-break and segmentation traits, worked out once per distinct word text. */
function wordTraits(text: string): number {
  let traits = lineBreakTraits(text)
  if (traits & LINE_ENDS_SENTENCE) traits |= ENDS_SENTENCE
  else if (traits & LINE_ENDS_CLAUSE && lastMark(text) !== 45) traits |= ENDS_CLAUSE // a hyphen may end a line, not a cue
  if (CONJUNCTIONS.has(text.toLowerCase())) traits |= IS_CONJUNCTION
  if (DANGLING.has(text.toLowerCase())) traits |= IS_DANGLING
  if (text === '' || /\s/.test(text)) traits |= NOT_ONE_TOKEN
  return traits
}

/** Every word's traits; speech repeats its words, so each distinct text is read once. */
function traitsOf(words: readonly StreamWord[]): Uint16Array {
  const traits = new Uint16Array(words.length)
  const seen = new Map<string, number>()
  for (let k = 0; k < words.length; k++) {
    const text = words[k]!.text
    let t = seen.get(text)
    if (t === undefined) seen.set(text, (t = wordTraits(text)))
    traits[k] = t
  }
  return traits
}

/** How good it is to end a cue after `words[k]` (higher is better). */
function endScore(
  words: readonly StreamWord[],
  traits: Uint16Array,
  k: number,
  hints: SegmentHints | undefined,
): number {
  const next = words[k + 1]
  let score = 0
  if (traits[k]! & ENDS_SENTENCE) score += 100
  else if (traits[k]! & ENDS_CLAUSE) score += 40
  if (next) {
    const gap = next.startMs - words[k]!.endMs
    if (hints) {
      // Pauses heard in the speech: even a short one is a better cut than none, a sentence-like one far better.
      const pause = Math.max(gap, hints.pauseAfterMs[k]!)
      if (pause >= 120) score += 25 + Math.min(75, pause / 8)
      if (traits[k]! & IS_DANGLING) score -= 90
      if (next && hints.breakBefore[k + 1]) score += 100
    } else if (gap >= PAUSE_MS) score += 30 + Math.min(40, gap / 50)
    if (traits[k + 1]! & IS_CONJUNCTION) score += 10
  }
  return score
}

/**
 * Splits the words into cues; ids are `c1…` in order. Cues get copies of the words (`startMs`, `endMs`,
 * `text` only) unless `shareWords` says every word already is exactly that and the caller keeps none of them.
 * With `hints` (pauses in the speech, speaker changes), cues end where the speech breaks and their
 * times follow the speech onset and offset.
 */
export function segmentWords(
  words: readonly StreamWord[],
  profile: StyleProfile,
  shareWords = false,
  hints?: SegmentHints,
): Cue[] {
  const capacity = profile.maxCharsPerLine * profile.maxLines
  // A word's end score does not depend on where its cue starts, and the search looks at most words twice.
  const scores = new Float64Array(words.length)
  const scored = new Uint8Array(words.length)
  const traits = traitsOf(words)
  const lengths = new Int32Array(words.length)
  for (let k = 0; k < words.length; k++) lengths[k] = words[k]!.text.length
  const lineInputs: LineInputs = { lengths, traits, profile, hints }
  const longPauseMs = hints?.longPauseMs ?? LONG_PAUSE_MS
  const cues: Cue[] = []
  let i = 0
  while (i < words.length) {
    let best = i
    let bestScore = -Infinity
    let chars = -1
    // Whether words[i..k] can be set in the profile's lines: filling each line greedily uses the fewest
    // lines possible, so this answers exactly whether breakLines can fit them, and adding a word only
    // extends the fill, so it is kept up to date as k grows (O(1) per word instead of O(k - i)).
    let lines = 1
    let lineLength = -1
    for (let k = i; k < words.length; k++) {
      const w = words[k]!
      const length = lengths[k]!
      chars += length + 1
      if (lineLength + 1 + length <= profile.maxCharsPerLine) lineLength += 1 + length
      else {
        lines++
        lineLength = length
      }
      const fits = chars <= profile.maxCharsPerLine || lines <= profile.maxLines
      const tooLong = k > i && (chars > capacity || w.endMs - words[i]!.startMs > profile.maxDurationMs || !fits)
      const speakerChange =
        k > i && (w.speakerId !== words[k - 1]!.speakerId || (hints !== undefined && hints.breakBefore[k] === 1))
      // A hesitation after "the" or "of" is no place to cut, unless the pause is very long.
      const pauseBefore = k > i ? Math.max(w.startMs - words[k - 1]!.endMs, hints ? hints.pauseAfterMs[k - 1]! : 0) : 0
      const longPause = pauseBefore >= (hints && traits[k - 1]! & IS_DANGLING ? LONG_PAUSE_MS : longPauseMs)
      if (tooLong || speakerChange || longPause) break
      if (scored[k] === 0) {
        scores[k] = endScore(words, traits, k, hints)
        scored[k] = 1
      }
      // Prefer fuller cues: a small bonus per character keeps cues from being cut needlessly short.
      const filled = chars / capacity
      const score = scores[k]! + filled * 25 - (filled < 0.3 && k + 1 < words.length ? 30 : 0)
      if (score >= bestScore) {
        bestScore = score
        best = k
      }
      if (!words[k + 1]) best = k
    }
    cues.push(toCue(words, i, best + 1, cues.length, lineInputs, shareWords))
    i = best + 1
  }
  return cues
}

const textOf = (word: StreamWord): string => word.text

/** What toCue needs to break a cue's lines: every word's length and traits, and the profile. */
type LineInputs = Readonly<{
  lengths: Int32Array
  traits: Uint16Array
  profile: StyleProfile
  hints: SegmentHints | undefined
}>

/** Does any of words[from..to) hold whitespace, or none at all (so that only breakLines can set its lines)? */
function hasOddWords(from: number, to: number, traits: Uint16Array): boolean {
  for (let j = from; j < to; j++) if (traits[j]! & NOT_ONE_TOKEN) return true
  return false
}

/** The cue for words[from..to); the word after it (if any) starts the next cue. */
function toCue(
  words: readonly StreamWord[],
  from: number,
  to: number,
  index: number,
  lines: LineInputs,
  shareWords: boolean,
): Cue {
  const profile = lines.profile
  const first = words[from]!
  const nextWord = words[to]
  const startMs = lines.hints
    ? Math.max(cueStartMs(words, from, lines.hints), index === 0 ? 0 : words[from - 1]!.startMs + 1)
    : first.startMs
  const speechEnd = lines.hints ? cueSpeechEndMs(words, to, lines.hints) : undefined
  // With the speech's offset known, the cue ends there (plus the lead-out), not at the next stamp.
  const lastEnd =
    speechEnd !== undefined
      ? Math.max(
          startMs + 1,
          nextWord
            ? Math.min(speechEnd, Math.max(words[to - 1]!.startMs + 1, nextWord.startMs - profile.minGapMs))
            : speechEnd,
        )
      : words[to - 1]!.endMs
  const cueWords: Word[] = shareWords ? words.slice(from, to) : []
  if (!shareWords)
    for (let j = from; j < to; j++)
      cueWords.push({ startMs: words[j]!.startMs, endMs: words[j]!.endMs, text: words[j]!.text })
  let text: string
  let breaks = 0
  if (hasOddWords(from, to, lines.traits)) {
    text = breakLines(joinLines(words, from, to, textOf, []), profile)
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks++
  } else {
    const starts = lineStarts(lines.lengths, lines.traits, from, to, profile)
    text = joinLines(words, from, to, textOf, starts)
    breaks = starts.length
  }
  // Give the reader enough time: extend toward the minimum duration and reading speed, into free time only.
  const needed = Math.max(profile.minDurationMs, Math.ceil(((text.length - breaks) / profile.maxCharsPerSecond) * 1000))
  const nextStart = nextWord ? (lines.hints ? cueStartMs(words, to, lines.hints) : nextWord.startMs) : 0
  const limit = nextWord ? Math.max(lastEnd, nextStart - profile.minGapMs) : Number.MAX_SAFE_INTEGER
  const endMs = Math.max(lastEnd, Math.min(startMs + needed, limit, startMs + profile.maxDurationMs))
  const id = asCueId(`c${index + 1}`)
  const speakerId = first.speakerId
  return speakerId
    ? { id, startMs, endMs, text, speakerId, words: cueWords }
    : { id, startMs, endMs, text, words: cueWords }
}
