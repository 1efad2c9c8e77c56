/**
 * Generates long automated-caption files with known truth: a word stream with exact times, and the
 * YouTube "rolling" WebVTT that YouTube would write for it (each line shown twice, word stamps,
 * 10 ms bridge cues). Deterministic for a given seed. Used by tests and `bench/`.
 */
import type { Word } from '../../shared/model'
import { rollingLineEnd, writeRollingVtt } from '../../scripts/rolling-vtt'

const VOCABULARY = (
  'we mean three things the relationship between citizens and the state which might be about public services ' +
  'it might be about involvement in different government structures co-production network people research ' +
  'together community housing association university health wales manchester workshop evaluation change'
).split(' ')

/** A small deterministic random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A word stream of about `durationMs`: words 150–600 ms, sentence ends, occasional pauses. */
export function generateWords(durationMs: number, seed = 1): Word[] {
  const random = seededRandom(seed)
  const words: Word[] = []
  let t = 500
  let sinceSentence = 0
  while (t < durationMs) {
    let text = VOCABULARY[Math.floor(random() * VOCABULARY.length)]!
    sinceSentence++
    if (sinceSentence > 6 && random() < 0.12) {
      text += '.'
      sinceSentence = 0
    } else if (random() < 0.06) text += ','
    if (sinceSentence === 1) text = text[0]!.toUpperCase() + text.slice(1)
    const length = 150 + Math.floor(random() * 450)
    words.push({ startMs: t, endMs: t + length, text })
    t += length + (random() < 0.05 ? 600 + Math.floor(random() * 1500) : 0)
  }
  return words
}

/** Groups words into YouTube's lines (about 5–9 words each). */
function toLines(words: readonly Word[], seed: number): Word[][] {
  const random = seededRandom(seed + 7)
  const lines: Word[][] = []
  for (let i = 0; i < words.length;) {
    const n = 5 + Math.floor(random() * 5)
    lines.push(words.slice(i, i + n))
    i += n
  }
  return lines
}

/**
 * Writes the rolling WebVTT for `words`, and returns the words as a perfect clean-up must give them
 * back: a word ends where the next word on its line starts; the last word of a line ends with the line.
 */
export function rollingYouTubeVtt(words: readonly Word[], seed = 1): { vtt: string; truth: Word[] } {
  const lines = toLines(words, seed)
  const truth: Word[] = []
  lines.forEach((line, k) => {
    const end = rollingLineEnd(lines, k)
    line.forEach((w, i) => truth.push({ startMs: w.startMs, endMs: line[i + 1]?.startMs ?? end - 10, text: w.text }))
  })
  return { vtt: writeRollingVtt(lines), truth }
}
