/**
 * Re-segmentation: a stream of timed words → readable cues within a style profile. Cues end at
 * sentence ends where possible, else at clause punctuation or a pause, never past the profile's
 * characters or duration; each cue keeps its words, and its lines are broken with breakLines.
 */

import type { Cue, Word } from '../model/cue'
import { asCueId, type SpeakerId } from '../model/ids'
import type { StyleProfile } from '../model/style-profile'
import { breakLines } from '../quality/line-break'

/** A word with an optional speaker (Zoom/Teams turns, or a YouTube `>>` change). */
export type StreamWord = Word & Readonly<{ speakerId?: SpeakerId }>

/** A pause longer than this between two words is a natural place to end a cue. */
export const PAUSE_MS = 500
/** A pause longer than this always ends a cue (the cue would otherwise sit on screen over silence). */
export const LONG_PAUSE_MS = 2000

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'because', 'which', 'who', 'that', 'when', 'where', 'while', 'if', 'then'])

/** How good it is to end a cue after `words[k]` (higher is better). */
function endScore(words: readonly StreamWord[], k: number): number {
  const word = words[k]!.text
  const next = words[k + 1]
  let score = 0
  if (/[.!?]["')\]]*$/.test(word)) score += 100
  else if (/[,;:–—]["')\]]*$/.test(word)) score += 40
  if (next) {
    const gap = next.startMs - words[k]!.endMs
    if (gap >= PAUSE_MS) score += 30 + Math.min(40, gap / 50)
    if (CONJUNCTIONS.has(next.text.toLowerCase())) score += 10
  }
  return score
}

/**
 * True when words[i..k] can be set in the profile's lines. Filling each line greedily uses the fewest
 * lines possible, so this O(n) test answers exactly whether breakLines can fit them.
 */
function fits(words: readonly StreamWord[], i: number, k: number, chars: number, profile: StyleProfile): boolean {
  if (chars <= profile.maxCharsPerLine) return true
  let lines = 1
  let length = -1
  for (let j = i; j <= k; j++) {
    const w = words[j]!.text.length
    if (length + 1 + w <= profile.maxCharsPerLine) length += 1 + w
    else {
      lines++
      length = w
      if (lines > profile.maxLines) return false
    }
  }
  return true
}

/** Splits the words into cues; ids are `c1…` in order. */
export function segmentWords(words: readonly StreamWord[], profile: StyleProfile): Cue[] {
  const capacity = profile.maxCharsPerLine * profile.maxLines
  const groups: StreamWord[][] = []
  let i = 0
  while (i < words.length) {
    let best = i
    let bestScore = -Infinity
    let chars = -1
    for (let k = i; k < words.length; k++) {
      const w = words[k]!
      chars += w.text.length + 1
      const tooLong = k > i && (chars > capacity || w.endMs - words[i]!.startMs > profile.maxDurationMs || !fits(words, i, k, chars, profile))
      const speakerChange = k > i && w.speakerId !== words[k - 1]!.speakerId
      const longPause = k > i && w.startMs - words[k - 1]!.endMs >= LONG_PAUSE_MS
      if (tooLong || speakerChange || longPause) break
      // Prefer fuller cues: a small bonus per character keeps cues from being cut needlessly short.
      const fill = chars / capacity
      const score = endScore(words, k) + fill * 25 - (fill < 0.3 && k + 1 < words.length ? 30 : 0)
      if (score >= bestScore) {
        bestScore = score
        best = k
      }
      if (!words[k + 1]) best = k
    }
    groups.push(words.slice(i, best + 1))
    i = best + 1
  }
  return groups.map((group, index) => toCue(group, index, groups[index + 1]?.[0], profile))
}

function toCue(group: readonly StreamWord[], index: number, nextWord: StreamWord | undefined, profile: StyleProfile): Cue {
  const startMs = group[0]!.startMs
  const lastEnd = group[group.length - 1]!.endMs
  const text = breakLines(group.map((w) => w.text).join(' '), profile)
  // Give the reader enough time: extend toward the minimum duration and reading speed, into free time only.
  const needed = Math.max(profile.minDurationMs, Math.ceil((text.replace(/\n/g, '').length / profile.maxCharsPerSecond) * 1000))
  const limit = nextWord ? Math.max(lastEnd, nextWord.startMs - profile.minGapMs) : Number.MAX_SAFE_INTEGER
  const endMs = Math.max(lastEnd, Math.min(startMs + needed, limit, startMs + profile.maxDurationMs))
  const speakerId = group[0]!.speakerId
  return {
    id: asCueId(`c${index + 1}`),
    startMs,
    endMs,
    text,
    ...(speakerId ? { speakerId } : {}),
    words: group.map(({ startMs: s, endMs: e, text: t }) => ({ startMs: s, endMs: e, text: t })),
  }
}
