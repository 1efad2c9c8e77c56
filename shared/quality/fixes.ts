/**
 * One-key fixes for quality findings. Each is pure, keeps cue ids, never reorders words and never
 * creates overlaps. Only `remove-doubled-word`, `remove-tags` and `delete-empty` remove anything, and
 * only what their finding names.
 */

import type { Cue, Word } from '../model/cue'
import type { CaptionDocument } from '../model/document'
import type { CueId } from '../model/ids'
import { deleteCues, mergeWithNext, splitCue, updateCue, updateCues, type CuePatch } from '../model/edits'
import type { StyleProfile } from '../model/style-profile'
import type { Finding, FixId } from './finding'
import { applyGlossary, type GlossaryEntry } from './glossary'
import { breakLines } from './line-break'
import { freeTimeAfter, SILENCE_MS } from './rules'
import { timedNeighbours } from './neighbours'
import { charsPerSecond, DOUBLED_WORD, LEFTOVER_TAGS, MID_CUE_SPEAKER, readableLength, wordsOf } from './text-metrics'

/** What a fix may need besides the document. */
export type FixContext = Readonly<{ profile: StyleProfile; glossary?: readonly GlossaryEntry[] }>

/** Fixes safe to apply without looking (used by `eglur convert --fix`): they change timing or layout, never words. */
export const SAFE_FIXES: readonly FixId[] = ['reflow', 'extend-into-gap', 'close-gap', 'trim-overlap', 'remove-tags']

type Neighbours = { index: number; cue: Cue; previous?: Cue; next?: Cue }

function locate(doc: CaptionDocument, id: CueId): Neighbours | undefined {
  const index = doc.cues.findIndex((c) => c.id === id)
  // The same neighbours the checks used: a fix never trims or extends against a section heading.
  return index < 0 ? undefined : { index, cue: doc.cues[index]!, ...timedNeighbours(doc.cues, index) }
}

/** Character offset where a cue should be split: at a long silence, a speaker marker, or the most balanced phrase end. */
export function splitOffset(cue: Cue): number | undefined {
  const words = cue.words
  if (words && words.length === wordsOf(cue.text).length) {
    for (let i = 1; i < words.length; i++)
      if (words[i]!.startMs - words[i - 1]!.endMs >= SILENCE_MS) return offsetOfWord(cue.text, i)
  }
  const lines = cue.text.split('\n')
  const marked = lines.findIndex((l, i) => i > 0 && MID_CUE_SPEAKER.test(l))
  if (marked > 0) return lines.slice(0, marked).join('\n').length + 1
  const tokens = wordsOf(cue.text)
  if (tokens.length < 2) return undefined
  let best = 1
  let bestScore = -Infinity
  for (let i = 1; i < tokens.length; i++) {
    const balance = -Math.abs(tokens.slice(0, i).join(' ').length - tokens.slice(i).join(' ').length)
    const score = balance + (/[.!?]$/.test(tokens[i - 1]!) ? 30 : /[,;:]$/.test(tokens[i - 1]!) ? 15 : 0)
    if (score > bestScore) [best, bestScore] = [i, score]
  }
  return offsetOfWord(cue.text, best)
}

function offsetOfWord(text: string, wordIndex: number): number {
  const re = /\S+/g
  let m: RegExpExecArray | null
  for (let i = 0; (m = re.exec(text)); i++) if (i === wordIndex) return m.index
  return text.length
}

/** Longest the cue should stay, and the latest it may end without crowding the next cue. */
function extendedEnd(cue: Cue, next: Cue | undefined, profile: StyleProfile): number {
  const byChars = (readableLength(cue.text) / profile.maxCharsPerSecond) * 1000
  const byWords = (wordsOf(cue.text).length / profile.maxWordsPerMinute) * 60_000
  const needed = Math.max(profile.minDurationMs, Math.ceil(Math.max(byChars, byWords)))
  const target = cue.startMs + Math.min(needed, profile.maxDurationMs)
  return Math.max(cue.endMs, Math.min(target, cue.endMs + freeTimeAfter(cue, next, profile)))
}

/** Moves the last words of a cue to the start of the next while it reads too fast (needs word timings). */
function moveWordsToNext(doc: CaptionDocument, at: Neighbours, profile: StyleProfile): CaptionDocument {
  const { cue, next } = at
  if (!next || !cue.words || cue.words.length !== wordsOf(cue.text).length) return doc
  let kept: readonly Word[] = cue.words
  let moved: Word[] = []
  const build = (ws: readonly Word[]) => ws.map((w) => w.text).join(' ')
  while (kept.length > 1) {
    const candidate: Cue = { ...cue, text: build(kept), endMs: Math.max(kept[kept.length - 1]!.endMs, cue.startMs + 1) }
    if (charsPerSecond(candidate) <= profile.maxCharsPerSecond) break
    moved = [kept[kept.length - 1]!, ...moved]
    kept = kept.slice(0, -1)
  }
  if (moved.length === 0) return doc
  // At least 1 ms long, but never past the next caption's start (two zero-length cues at one time stay apart).
  const newEnd = Math.min(
    Math.max(cue.startMs + 1, Math.min(moved[0]!.startMs, cue.endMs)),
    Math.max(next.startMs, cue.startMs),
  )
  const nextWords =
    next.words && next.words.length === wordsOf(next.text).length ? [...moved, ...next.words] : undefined
  const patches = new Map<CueId, CuePatch>([
    [cue.id, { text: breakLines(build(kept), profile), words: kept, endMs: newEnd }],
    [
      next.id,
      {
        text: breakLines(`${build(moved)} ${next.text}`, profile),
        startMs: Math.min(next.startMs, newEnd),
        words: nextWords,
      },
    ],
  ])
  return updateCues(doc, patches)
}

type FixFunction = (doc: CaptionDocument, at: Neighbours, ctx: FixContext) => CaptionDocument

const FIXES: Readonly<Record<FixId, FixFunction>> = {
  reflow: (doc, { cue }, { profile }) => updateCue(doc, cue.id, { text: breakLines(cue.text, profile) }),
  'extend-into-gap': (doc, { cue, next }, { profile }) =>
    updateCue(doc, cue.id, { endMs: extendedEnd(cue, next, profile) }),
  'move-words-to-next': (doc, at, { profile }) => moveWordsToNext(doc, at, profile),
  split: (doc, { cue }) => {
    const offset = splitOffset(cue)
    return offset === undefined ? doc : splitCue(doc, cue.id, { textOffset: offset })
  },
  'merge-with-next': (doc, { cue, index, next }, { profile }) => {
    // Merging across a section heading would swallow the heading: the editor moves it first.
    if (!next || doc.cues[index + 1] !== next) return doc
    const merged = mergeWithNext(doc, cue.id)
    const after = merged.cues.find((c) => c.id === cue.id)!
    return updateCue(merged, cue.id, { text: breakLines(after.text, profile) })
  },
  'close-gap': (doc, { previous, cue }) => (previous ? updateCue(doc, previous.id, { endMs: cue.startMs }) : doc),
  'trim-overlap': (doc, { previous, cue }) =>
    previous
      ? updateCue(doc, previous.id, { endMs: Math.max(previous.startMs, Math.min(previous.endMs, cue.startMs)) })
      : doc,
  'remove-tags': (doc, { cue }) =>
    updateCue(doc, cue.id, {
      text: cue.text
        .replace(LEFTOVER_TAGS, '')
        .replace(/[ \t]{2,}/g, ' ')
        .trim(),
    }),
  'remove-doubled-word': (doc, { cue }) =>
    updateCue(doc, cue.id, { text: cue.text.replace(DOUBLED_WORD, '$1'), words: undefined }),
  'add-brackets': (doc, { cue }) => updateCue(doc, cue.id, { text: `[${cue.text.trim().replace(/^\[|\]$/g, '')}]` }),
  'apply-glossary': (doc, { cue }, { glossary }) => applyGlossary(doc, glossary ?? [], new Set([cue.id])).doc,
  'delete-empty': (doc, { cue }) => deleteCues(doc, [cue.id]),
}

/** Applies one fix to the cue a finding is about. */
export function applyFix(doc: CaptionDocument, cueId: CueId, fix: FixId, ctx: FixContext): CaptionDocument {
  const at = locate(doc, cueId)
  return at ? FIXES[fix](doc, at, ctx) : doc
}

/** One cue before and after a fix-all, for the preview. */
export type FixPreview = Readonly<{ cueId: CueId; before: Cue; after: Cue | undefined }>

/**
 * "Fix all of this kind": applies `fix` to every finding that offers it, in order, as one new
 * document (one undo step in the editor) plus a preview of what changed.
 */
export function fixAll(
  doc: CaptionDocument,
  findings: readonly Finding[],
  fix: FixId,
  ctx: FixContext,
): { doc: CaptionDocument; preview: FixPreview[] } {
  let current = doc
  const preview: FixPreview[] = []
  // One fix per caption: a caption with two findings that offer "split" is split once, not twice.
  const fixed = new Set<CueId>()
  for (const f of findings) {
    if (!f.fixes.includes(fix) || fixed.has(f.cueId)) continue
    fixed.add(f.cueId)
    const before = current.cues.find((c) => c.id === f.cueId)
    if (!before) continue
    const next = applyFix(current, f.cueId, fix, ctx)
    if (next !== current) preview.push({ cueId: f.cueId, before, after: next.cues.find((c) => c.id === f.cueId) })
    current = next
  }
  return { doc: current, preview }
}
