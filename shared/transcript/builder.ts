/**
 * Builds a written transcript from captions: headings from heading cues, speaker turns joined into
 * sentences and paragraphs (a new paragraph at a long pause or every few sentences), the speaker's
 * name and role on first appearance and a short name after, descriptions and on-screen text as their
 * own bracketed paragraphs. Never one line per cue.
 */

import type { Cue } from '../model/cue'
import type { CaptionDocument } from '../model/document'
import { findSpeaker, type Speaker } from '../model/speaker'
import { cleanVerbatim } from './clean-verbatim'
import type { Transcript, TranscriptBlock, TranscriptParagraph, TranscriptSpeaker } from './transcript'

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
  /** A pause longer than this starts a new paragraph (default 2 s). */
  paragraphPauseMs?: number
  /** Sentences per paragraph before a new one starts at the next sentence end (default 4). */
  sentencesPerParagraph?: number
}>

/** Short names: first names, unless two speakers share one (then the full name). */
export function shortNames(speakers: readonly Speaker[]): Map<string, string> {
  const first = (s: Speaker) => s.name.trim().split(/\s+/)[0] ?? s.name
  const counts = new Map<string, number>()
  for (const s of speakers) counts.set(first(s).toLowerCase(), (counts.get(first(s).toLowerCase()) ?? 0) + 1)
  return new Map(speakers.map((s) => [s.id as string, counts.get(first(s).toLowerCase())! > 1 ? s.name : first(s)]))
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim()
const bracketed = (text: string): string => (/^\[[\s\S]*\]$/.test(text) ? text : `[${text.replace(/^\[|\]$/g, '')}]`)

/** Splits speech cues of one turn into paragraphs. */
function paragraphsOf(cues: readonly Cue[], options: TranscriptOptions): TranscriptParagraph[] {
  const pause = options.paragraphPauseMs ?? 2000
  const perParagraph = options.sentencesPerParagraph ?? 4
  const paragraphs: TranscriptParagraph[] = []
  let text = ''
  let startMs = cues[0]?.startMs ?? 0
  let sentences = 0
  const flush = () => {
    const finished = options.cleanVerbatim === false ? text.trim() : cleanVerbatim(text)
    if (finished) paragraphs.push({ text: finished, startMs })
    text = ''
    sentences = 0
  }
  cues.forEach((cue, i) => {
    const previous = cues[i - 1]
    const endsSentence = /[.!?]["')\]]?$/.test(text.trim())
    if (previous && text && ((cue.startMs - previous.endMs > pause && endsSentence) || (sentences >= perParagraph && endsSentence) || cue.startMs - previous.endMs > pause * 3)) flush()
    if (!text) startMs = cue.startMs
    const line = oneLine(cue.text)
    text = text ? `${text} ${line}` : line
    sentences += (line.match(/[.!?]["')\]]?(\s|$)/g) ?? []).length
  })
  flush()
  return paragraphs
}

/** Builds the transcript of a document. */
export function buildTranscript(doc: CaptionDocument, options: TranscriptOptions = {}): Transcript {
  const names = shortNames(doc.speakers)
  const seen = new Set<string>()
  const blocks: TranscriptBlock[] = []
  let turn: Cue[] = []
  const endTurn = () => {
    if (turn.length === 0) return
    const speaker = findSpeaker(doc.speakers, turn[0]!.speakerId)
    const paragraphs = paragraphsOf(turn, options)
    turn = []
    if (paragraphs.length === 0) return
    const firstAppearance = speaker ? !seen.has(speaker.id) : false
    if (speaker) seen.add(speaker.id)
    const person: TranscriptSpeaker | undefined = speaker ? { name: speaker.name, ...(speaker.role ? { role: speaker.role } : {}), shortName: names.get(speaker.id) ?? speaker.name } : undefined
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
    if (kind === 'heading') blocks.push({ type: 'heading', text: text.replace(/^\[|\]$/g, ''), startMs: cue.startMs })
    else if (kind === 'description') blocks.push({ type: 'description', text: bracketed(text), startMs: cue.startMs })
    else blocks.push({ type: 'caption', text, startMs: cue.startMs })
  }
  endTurn()
  return {
    title: options.title?.trim() || 'Transcript',
    ...(options.introduction ? { introduction: options.introduction } : {}),
    language: options.language ?? doc.meta?.language ?? 'en-GB',
    blocks,
    timestamps: options.timestamps ?? false,
    ...(options.videoUrl ? { videoUrl: options.videoUrl } : {}),
  }
}
