/**
 * Between the transcript view and the captions: a place in a paragraph's text is a place in one
 * cue's text (through the builder's spans), so typing in the transcript becomes a caption edit, and a
 * caption edit's caret finds its way back into the paragraph. Pure: no DOM, no store.
 */

import type { Cue } from '../../../shared/model/cue'
import type { TextSpan, TranscriptBlock, TranscriptParagraph } from '../../../shared/transcript/transcript'

/** A point in a cue's text; `extra` is text the paragraph shows there that the cue holds differently (a capital added by the clean-up). */
export type SourcePoint = Readonly<{ cueId: string; offset: number; extra: string }>

/** New texts for the cues an edit touched (a blank one is to be removed), and where the caret goes. */
export type SourceEdit = Readonly<{
  texts: ReadonlyMap<string, string>
  caret: Readonly<{ cueId: string; offset: number }>
}>

const spansOf = (p: TranscriptParagraph): readonly TextSpan[] => p.spans ?? []

/** Index of the span holding the caret at `offset` (the last one starting at or before it), or -1 for an empty paragraph. */
export function spanIndexAt(paragraph: TranscriptParagraph, offset: number): number {
  const spans = spansOf(paragraph)
  let lo = 0
  let hi = spans.length - 1
  let found = spans.length > 0 ? 0 : -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.at <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** True when the paragraph shows the span's word exactly as the cue holds it. */
const isExact = (paragraph: TranscriptParagraph, span: TextSpan, cueText: string): boolean =>
  cueText.slice(span.from, span.to) === paragraph.text.slice(span.at, span.at + span.length)

/** The place in a cue's text of the caret at `offset` in the paragraph, as the start or the end of an edit. */
export function sourcePoint(
  paragraph: TranscriptParagraph,
  offset: number,
  side: 'start' | 'end',
  cueText: (id: string) => string,
): SourcePoint | undefined {
  const span = spansOf(paragraph)[spanIndexAt(paragraph, offset)]
  if (!span) return undefined
  const inside = Math.max(0, Math.min(span.length, offset - span.at))
  if (isExact(paragraph, span, cueText(span.cueId))) return { cueId: span.cueId, offset: span.from + inside, extra: '' }
  // A word the clean-up changed is written back whole, as the paragraph shows it.
  const shown = paragraph.text.slice(span.at, span.at + span.length)
  return side === 'start'
    ? { cueId: span.cueId, offset: span.from, extra: shown.slice(0, inside) }
    : { cueId: span.cueId, offset: span.to, extra: shown.slice(inside) }
}

/** Joins two pieces of caption text without leaving two spaces where words were removed. */
function join(left: string, right: string, removing: boolean): string {
  if (removing && /\s$/.test(left) && /^ /.test(right)) right = right.slice(1)
  if (removing && left === '') right = right.replace(/^ +/, '')
  return left + right
}

/**
 * The caption edit for replacing `start`–`end` with `data`. Within one cue it changes that cue; across
 * cues of one paragraph the first keeps its start and the typed text, the last its end, and those
 * between are emptied (the caller removes them).
 */
export function sourceEdit(
  start: SourcePoint,
  end: SourcePoint,
  data: string,
  cueOrder: readonly string[],
  cueText: (id: string) => string,
): SourceEdit {
  const removing = data === ''
  const first = cueText(start.cueId)
  const left = first.slice(0, start.offset) + start.extra + data
  if (start.cueId === end.cueId) {
    const text = join(left, end.extra + first.slice(Math.max(start.offset, end.offset)), removing)
    return {
      texts: new Map([[start.cueId, text]]),
      caret: { cueId: start.cueId, offset: Math.min(left.length, text.length) },
    }
  }
  const texts = new Map<string, string>([[start.cueId, removing ? left.replace(/\s+$/, '') : left]])
  const from = cueOrder.indexOf(start.cueId)
  const to = cueOrder.indexOf(end.cueId)
  for (const id of cueOrder.slice(from + 1, Math.max(from + 1, to))) texts.set(id, '')
  texts.set(end.cueId, (end.extra + cueText(end.cueId).slice(end.offset)).replace(/^\s+/, ''))
  return { texts, caret: { cueId: start.cueId, offset: texts.get(start.cueId)!.length } }
}

/** Where in the paragraph the caret at `offset` in a cue's text shows (the nearest word of that cue, or undefined when the paragraph has none of its words). */
export function displayOffset(
  paragraph: TranscriptParagraph,
  cueId: string,
  offset: number,
  cueText: string,
): number | undefined {
  let best: number | undefined
  for (const span of spansOf(paragraph)) {
    if (span.cueId !== cueId) continue
    if (offset < span.from) return best ?? span.at
    const inside = offset - span.from
    if (inside <= span.to - span.from)
      return span.at + (isExact(paragraph, span, cueText) ? inside : Math.min(inside, span.length))
    best = span.at + span.length
  }
  return best
}

/** Index of the span's word among the words of its cue's text (for the cue's word timings). */
export function wordIndexInCue(span: TextSpan, cueText: string): number {
  return (cueText.slice(0, span.from).match(/\S+/g) ?? []).length
}

/** When playing from this word starts: its own timing when the cue's timings line up with its words, else the cue's start. */
export function wordStartMs(span: TextSpan, cue: Cue): number {
  const words = cue.words
  if (!words || words.length !== (cue.text.match(/\S+/g) ?? []).length) return cue.startMs
  return words[wordIndexInCue(span, cue.text)]?.startMs ?? cue.startMs
}

/** The stretch of the paragraph being spoken at `ms` in `cue`: the word when the cue has word timings, otherwise the cue's words. */
export function spokenRange(
  paragraph: TranscriptParagraph,
  cue: Cue,
  ms: number,
): { start: number; end: number } | undefined {
  const spans = spansOf(paragraph).filter((s) => s.cueId === cue.id)
  if (spans.length === 0) return undefined
  const words = cue.words
  if (words && words.length === (cue.text.match(/\S+/g) ?? []).length) {
    const index = words.findIndex(
      (w, i) => ms >= w.startMs && ms < (words[i + 1]?.startMs ?? Math.max(w.endMs, cue.endMs)),
    )
    const span = index < 0 ? undefined : spans.find((s) => wordIndexInCue(s, cue.text) >= index)
    if (span) return { start: span.at, end: span.at + span.length }
  }
  const last = spans[spans.length - 1]!
  return { start: spans[0]!.at, end: last.at + last.length }
}

/** The block and paragraph that hold a cue's words, looking near block `hint` first (an edit rarely moves a cue far). */
export function paragraphOfCue(
  blocks: readonly TranscriptBlock[],
  cueId: string,
  hint: number,
): { block: number; paragraph: number } | undefined {
  for (const b of [hint, hint + 1, hint - 1, ...blocks.keys()]) {
    const block = blocks[b]
    if (block?.type !== 'turn') continue
    const paragraph = block.paragraphs.findIndex((x) => x.cueIds?.includes(cueId))
    if (paragraph >= 0) return { block: b, paragraph }
  }
  return undefined
}
