/**
 * Fix once, fixed everywhere: the correction an editor made in one caption ("more when a" →
 * "Morwenna", "fella" → "fellow"), found by comparing the caption's words before and after, and the
 * same correction applied to the other places it occurs — whole words only, any case, keeping a
 * capital where the place had one (at a sentence start).
 */

import type { CaptionDocument } from '../model/document'
import type { CueId } from '../model/ids'
import { updateCues } from '../model/edits'
import { compileQuery } from './find-replace'

/** A correction: the words as they were, and as the editor wrote them. */
export type Correction = Readonly<{ from: string; to: string }>

/** The longest phrase (in words) offered as a correction to repeat. */
const MAX_WORDS = 4
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/** The correction that turns `before` into `after`, when it is a change of a few words (else undefined). */
export function correctionOf(before: string, after: string): Correction | undefined {
  const a = before.split(/\s+/).filter(Boolean)
  const b = after.split(/\s+/).filter(Boolean)
  // Words compare without the punctuation at their edges: a full stop added after "late" changes no word.
  const same = (x: string, y: string) => x.replace(EDGE, '') === y.replace(EDGE, '')
  let head = 0
  while (head < a.length && head < b.length && same(a[head]!, b[head]!)) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!))
    tail++
  const from = a.slice(head, a.length - tail)
  const to = b.slice(head, b.length - tail)
  if (from.length === 0 || to.length === 0 || from.length > MAX_WORDS) return undefined
  // Punctuation typed at the edges ("whales" → "Wales.") is not part of the correction.
  const fromText = from.join(' ').replace(EDGE, '')
  const toText = to.join(' ').replace(EDGE, '')
  if (fromText === '' || toText === '' || fromText === toText) return undefined
  return { from: fromText, to: toText }
}

/** `to` written as the place `found` was: a capital first letter where the place had one. */
function matchCase(found: string, to: string): string {
  const first = found.search(/\p{L}/u)
  const wasCapital = first >= 0 && found[first] !== found[first]!.toLowerCase()
  return wasCapital ? to.replace(/\p{L}/u, (c) => c.toUpperCase()) : to
}

/** The captions other than `except` where `correction.from` occurs as whole words, with how many times. */
export function placesToFix(
  doc: CaptionDocument,
  correction: Correction,
  except?: CueId,
): { cueId: CueId; count: number }[] {
  const compiled = compileQuery({ text: correction.from, wholeWord: true })
  if (!compiled.ok) return []
  const places: { cueId: CueId; count: number }[] = []
  for (const cue of doc.cues) {
    if (cue.id === except) continue
    const count = [...cue.text.matchAll(compiled.pattern)].length
    if (count > 0) places.push({ cueId: cue.id, count })
  }
  return places
}

/** Applies the correction in every caption but `except`; returns the new document and how many places changed. */
export function applyCorrection(
  doc: CaptionDocument,
  correction: Correction,
  except?: CueId,
): { doc: CaptionDocument; count: number } {
  const compiled = compileQuery({ text: correction.from, wholeWord: true })
  if (!compiled.ok) return { doc, count: 0 }
  const patches = new Map<CueId, { text: string }>()
  let count = 0
  for (const cue of doc.cues) {
    if (cue.id === except) continue
    const text = cue.text.replace(compiled.pattern, (found) => {
      count++
      return matchCase(found, correction.to)
    })
    if (text !== cue.text) patches.set(cue.id, { text })
  }
  return count === 0 ? { doc, count } : { doc: updateCues(doc, patches), count }
}
