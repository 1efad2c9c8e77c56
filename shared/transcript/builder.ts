/**
 * Builds a written transcript from captions: headings from heading cues, speaker turns joined into
 * sentences and paragraphs (a new paragraph at a long pause or every few sentences, always at the end
 * of a sentence), the speaker's name and role on first appearance and a short name after,
 * descriptions and on-screen text as their own bracketed paragraphs. Never one line per cue.
 *
 * Caption text is joined as typed: a paragraph never starts inside a sentence (unless nobody has
 * punctuated the text yet, see RUN_ON_WORDS) and no capital is added at a caption start. Each paragraph says which cue every word came from (`spans`), so the editor's
 * transcript view can play from a word and send typing back to the captions.
 */

import type { Cue } from '../model/cue'
import type { CaptionDocument } from '../model/document'
import { findSpeaker, type Speaker } from '../model/speaker'
import { cleanTokens, tokensOf, type SourceToken } from './clean-verbatim'
import type { TextSpan, Transcript, TranscriptBlock, TranscriptParagraph, TranscriptSpeaker } from './transcript'

/** How to build the transcript. */
export type TranscriptOptions = Readonly<{
  title?: string
  introduction?: string
  language?: string
  /** Clean verbatim (default true): fillers, stutters and repeats removed. */
  cleanVerbatim?: boolean
  /** Show `[00:12:31]` before each paragraph. */
  timestamps?: boolean
  videoUrl?: string
  /** A pause longer than this starts a new paragraph at the next sentence end (default 2 s). */
  paragraphPauseMs?: number
  /** Sentences per paragraph before a new one starts at the next sentence end (default 4). */
  sentencesPerParagraph?: number
}>

/**
 * Paragraphs already built, keyed by their first cue. A caller that builds again after a small edit
 * (the transcript view, on every keystroke) passes the same cache and only the paragraphs whose cues
 * changed are rebuilt; the export passes none.
 */
export type TranscriptCache = Map<
  string,
  Readonly<{ cues: readonly Cue[]; nextStartMs: number | undefined; clean: boolean; paragraph?: TranscriptParagraph }>
>

/** Short names: first names, unless two speakers share one (then the full name). */
export function shortNames(speakers: readonly Speaker[]): Map<string, string> {
  const first = (s: Speaker) => s.name.trim().split(/\s+/)[0] ?? s.name
  const counts = new Map<string, number>()
  for (const s of speakers) counts.set(first(s).toLowerCase(), (counts.get(first(s).toLowerCase()) ?? 0) + 1)
  return new Map(speakers.map((s) => [s.id as string, counts.get(first(s).toLowerCase())! > 1 ? s.name : first(s)]))
}

/** Caption text on one line (a heading or description spans one line in a transcript). */
export const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim()
/** A description in square brackets, whether or not it was typed with them. */
export const bracketed = (text: string): string =>
  /^\[[\s\S]*\]$/.test(text) ? text : `[${text.replace(/^\[|\]$/g, '')}]`
const SENTENCE_END = /[.!?]["')\]]?$/

/** A paragraph from its words: the text joined by single spaces, and where each word sits in it. */
function paragraphOf(
  tokens: readonly SourceToken[],
  startMs: number,
  cueIds: readonly string[],
): TranscriptParagraph | undefined {
  if (tokens.length === 0) return undefined
  const spans: TextSpan[] = []
  let at = 0
  for (const token of tokens) {
    spans.push({ cueId: token.cueId ?? '', from: token.from, to: token.to, at, length: token.text.length })
    at += token.text.length + 1
  }
  return { text: tokens.map((t) => t.text).join(' '), startMs, spans, cueIds }
}

/**
 * Words without a sentence end after which a paragraph may break at a pause anyway (and, at four times
 * as many, at any caption): only text nobody has punctuated yet (raw automated captions) runs so long,
 * and it still reads, and edits, in paragraphs of a sensible size.
 */
export const RUN_ON_WORDS = 150

/** The paragraph that starts at `cues[from]`: how many cues it takes (it ends where a sentence ends, at a pause or after a few sentences). */
function nextParagraph(
  cues: readonly Cue[],
  from: number,
  options: TranscriptOptions,
): { paragraph?: TranscriptParagraph; count: number } {
  const pause = options.paragraphPauseMs ?? 2000
  const perParagraph = options.sentencesPerParagraph ?? 4
  const tokens: SourceToken[] = []
  const cueIds: string[] = []
  let sentences = 0
  let runOn = 0
  let i = from
  for (; i < cues.length; i++) {
    const cue = cues[i]!
    if (i > from) {
      const gap = cue.startMs - cues[i - 1]!.endMs
      const endsSentence = tokens.length > 0 && SENTENCE_END.test(tokens[tokens.length - 1]!.text)
      if (endsSentence && (gap > pause || sentences >= perParagraph)) break
      if ((runOn >= RUN_ON_WORDS && gap > pause) || runOn >= RUN_ON_WORDS * 4) break
    }
    const words = tokensOf(cue.text, cue.id)
    tokens.push(...words)
    cueIds.push(cue.id)
    for (const w of words) {
      if (SENTENCE_END.test(w.text)) {
        sentences++
        runOn = 0
      } else runOn++
    }
  }
  const paragraph = paragraphOf(
    options.cleanVerbatim === false ? tokens : cleanTokens(tokens),
    cues[from]!.startMs,
    cueIds,
  )
  return { ...(paragraph ? { paragraph } : {}), count: i - from }
}

/**
 * Splits the speech cues of one turn into paragraphs. With a cache, a paragraph whose cues are the very
 * same objects as last time, with the next cue starting at the same time (the pause decides where it ends), is reused.
 */
function paragraphsOf(
  cues: readonly Cue[],
  options: TranscriptOptions,
  cache: TranscriptCache | undefined,
  used: Set<string> | undefined,
): TranscriptParagraph[] {
  const clean = options.cleanVerbatim !== false
  const paragraphs: TranscriptParagraph[] = []
  for (let i = 0; i < cues.length;) {
    const key = cues[i]!.id as string
    used?.add(key)
    const hit = cache?.get(key)
    const n = hit?.cues.length ?? 0
    if (
      hit &&
      hit.clean === clean &&
      hit.nextStartMs === cues[i + n]?.startMs &&
      hit.cues.every((c, k) => c === cues[i + k])
    ) {
      if (hit.paragraph) paragraphs.push(hit.paragraph)
      i += n
      continue
    }
    const { paragraph, count } = nextParagraph(cues, i, options)
    cache?.set(key, {
      cues: cues.slice(i, i + count),
      nextStartMs: cues[i + count]?.startMs,
      clean,
      ...(paragraph ? { paragraph } : {}),
    })
    if (paragraph) paragraphs.push(paragraph)
    i += count
  }
  return paragraphs
}

/** Builds the transcript of a document; `cache` lets a caller that builds again and again reuse unchanged turns. */
export function buildTranscript(
  doc: CaptionDocument,
  options: TranscriptOptions = {},
  cache?: TranscriptCache,
): Transcript {
  const names = shortNames(doc.speakers)
  const seen = new Set<string>()
  const blocks: TranscriptBlock[] = []
  const used = cache ? new Set<string>() : undefined
  let turn: Cue[] = []
  const endTurn = () => {
    if (turn.length === 0) return
    const speaker = findSpeaker(doc.speakers, turn[0]!.speakerId)
    const paragraphs = paragraphsOf(turn, options, cache, used)
    turn = []
    if (paragraphs.length === 0) return
    const firstAppearance = speaker ? !seen.has(speaker.id) : false
    if (speaker) seen.add(speaker.id)
    const person: TranscriptSpeaker | undefined = speaker
      ? {
          name: speaker.name,
          ...(speaker.role ? { role: speaker.role } : {}),
          shortName: names.get(speaker.id) ?? speaker.name,
        }
      : undefined
    blocks.push({ type: 'turn', ...(person ? { speaker: person } : {}), firstAppearance, paragraphs })
  }
  for (const cue of doc.cues) {
    const kind = cue.kind ?? 'speech'
    if (kind === 'speech') {
      if (turn.length && turn[0]!.speakerId !== cue.speakerId) endTurn()
      if (cue.text.trim()) turn.push(cue)
      continue
    }
    endTurn()
    const text = oneLine(cue.text)
    if (!text) continue
    if (kind === 'heading')
      blocks.push({ type: 'heading', text: text.replace(/^\[|\]$/g, ''), startMs: cue.startMs, cueId: cue.id })
    else if (kind === 'description')
      blocks.push({ type: 'description', text: bracketed(text), startMs: cue.startMs, cueId: cue.id })
    else blocks.push({ type: 'caption', text, startMs: cue.startMs, cueId: cue.id })
  }
  endTurn()
  if (cache && used) for (const key of cache.keys()) if (!used.has(key)) cache.delete(key)
  return {
    title: options.title?.trim() || 'Transcript',
    ...(options.introduction ? { introduction: options.introduction } : {}),
    language: options.language ?? doc.meta?.language ?? 'en-GB',
    blocks,
    timestamps: options.timestamps ?? false,
    ...(options.videoUrl ? { videoUrl: options.videoUrl } : {}),
  }
}
