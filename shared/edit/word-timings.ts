/**
 * Word timings through a text edit. A cue's `words` line up one to one with the words of its text;
 * after the editor changes the text, words that survive keep their times, a changed word keeps the
 * time of the word it replaced, and words typed in place of others share those words' time (new
 * words between two old ones get the moment between them). Only the changed stretch is touched.
 */

import type { Cue, Word } from '../model/cue'
import type { CuePatch } from '../model/edits'

const wordsOfText = (text: string): string[] => text.match(/\S+/g) ?? []

/** Word timings for `text`, carried over from `cue` (undefined when the cue has none or they no longer line up). */
export function carryWordTimings(cue: Cue, text: string): readonly Word[] | undefined {
  const words = cue.words
  const before = wordsOfText(cue.text)
  if (!words || words.length !== before.length) return undefined
  const after = wordsOfText(text)
  let head = 0
  while (head < before.length && head < after.length && before[head] === after[head]) head++
  let tail = 0
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++
  const oldMiddle = words.slice(head, words.length - tail)
  const newMiddle = after.slice(head, after.length - tail)
  let middle: Word[]
  if (oldMiddle.length === newMiddle.length) {
    middle = newMiddle.map((word, i) => ({ ...oldMiddle[i]!, text: word }))
  } else {
    // The stretch the new words share: the old words' time, or the gap between their neighbours.
    const startMs = oldMiddle[0]?.startMs ?? words[head - 1]?.endMs ?? cue.startMs
    const endMs = Math.max(startMs, oldMiddle[oldMiddle.length - 1]?.endMs ?? words[head]?.startMs ?? cue.endMs)
    const share = (i: number) => startMs + Math.round(((endMs - startMs) * i) / newMiddle.length)
    middle = newMiddle.map((word, i) => ({ startMs: share(i), endMs: share(i + 1), text: word }))
  }
  const kept = (w: Word, i: number): Word => (w.text === after[i] ? w : { ...w, text: after[i]! })
  return [
    ...words.slice(0, head).map((w, i) => kept(w, i)),
    ...middle,
    ...words.slice(words.length - tail).map((w, i) => kept(w, after.length - tail + i)),
  ]
}

/** The patch for a text edit of `cue`: the new text and, when the cue had them, its word timings carried over. */
export function textEditPatch(cue: Cue | undefined, text: string): CuePatch {
  if (!cue?.words) return { text }
  const words = carryWordTimings(cue, text)
  return words ? { text, words } : { text }
}
