/**
 * Cue text: from WebVTT markup to the model's literal text, and back.
 *
 * Reading follows the W3C cue-text tokenizer: tags are dropped (their text kept), the six character
 * references current browsers decode are decoded (`&amp; &lt; &gt; &lrm; &rlm; &nbsp;`), a `<v>` voice
 * names the speaker, and inline timestamps (`<00:00:01.234>`) give word timings.
 */

import type { Word } from '../../model/cue'
import { parseVttTimestamp } from './timestamp'

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', lrm: '\u200e', rlm: '\u200f', nbsp: '\u00a0' }

/** One piece of cue text: literal text, or an inline timestamp. */
type Piece = { text: string } | { timestampMs: number }

/** What a cue payload says once interpreted. */
export type CueText = Readonly<{
  /** Literal text (tags removed, references decoded). */
  text: string
  /** The first voice (`<v Name>`) annotation, whitespace collapsed. */
  voice?: string
  /** Word timings from inline timestamps, when there were any. */
  words?: readonly Word[]
  /** Tags that are not WebVTT tags (e.g. `<font>`), kept out of the text. */
  unknownTags: number
}>

const KNOWN_TAGS = new Set(['c', 'i', 'b', 'u', 'ruby', 'rt', 'v', 'lang'])

/** Decodes the character references WebVTT defines; anything else stays literal. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(amp|lt|gt|lrm|rlm|nbsp);/g, (_, name: string) => ENTITIES[name]!)
}

/** The tag name: up to the first space, tab, newline, form feed or dot. */
function tagName(tag: string): string {
  let end = 0
  for (let c = tag.charCodeAt(0); end < tag.length && c !== 32 && c !== 9 && c !== 10 && c !== 12 && c !== 46; c = tag.charCodeAt(++end));
  return tag.slice(0, end)
}

/** Interprets a raw cue payload. `startMs`/`endMs` bound the word timings. */
export function interpretCueText(payload: string, startMs: number, endMs: number): CueText {
  // Most captions are plain text: no tags and no references to read.
  if (!payload.includes('<') && !payload.includes('&')) return { text: payload, unknownTags: 0 }
  const pieces: Piece[] = []
  let voice: string | undefined
  let unknownTags = 0
  let text = ''
  let i = 0
  while (i < payload.length) {
    const lt = payload.indexOf('<', i)
    const chunkEnd = lt < 0 ? payload.length : lt
    if (chunkEnd > i) text += decodeEntities(payload.slice(i, chunkEnd))
    if (lt < 0) break
    const gt = payload.indexOf('>', lt + 1)
    const tag = payload.slice(lt + 1, gt < 0 ? payload.length : gt)
    i = gt < 0 ? payload.length : gt + 1
    if (/^\d/.test(tag)) {
      const ms = parseVttTimestamp(tag)
      if (ms !== undefined) {
        pieces.push({ text })
        text = ''
        pieces.push({ timestampMs: ms })
      }
      continue
    }
    if (tag.startsWith('/')) continue
    const name = tagName(tag)
    if (!KNOWN_TAGS.has(name)) unknownTags++
    if (name === 'v' && voice === undefined) {
      const annotation = tag.slice(1).replace(/^(\.[^\s.]*)*/, '').trim().replace(/\s+/g, ' ')
      if (annotation) voice = decodeEntities(annotation)
    }
  }
  pieces.push({ text })
  const literal = pieces.map((p) => ('text' in p ? p.text : '')).join('')
  const words = pieces.some((p) => 'timestampMs' in p) ? wordsFromPieces(pieces, startMs, endMs) : undefined
  return { text: literal, ...(voice !== undefined ? { voice } : {}), ...(words ? { words } : {}), unknownTags }
}

/** Each run of text between timestamps starts at the timestamp before it (the first at the cue start). */
function wordsFromPieces(pieces: readonly Piece[], startMs: number, endMs: number): Word[] {
  const runs: { startMs: number; text: string }[] = []
  let at = startMs
  for (const piece of pieces) {
    if ('timestampMs' in piece) at = Math.min(Math.max(piece.timestampMs, startMs), Math.max(startMs, endMs))
    else if (piece.text.trim() !== '') runs.push({ startMs: at, text: piece.text })
  }
  const words: Word[] = []
  runs.forEach((run, index) => {
    const runEnd = runs[index + 1]?.startMs ?? Math.max(run.startMs, endMs)
    const tokens = run.text.split(/\s+/).filter(Boolean)
    const span = Math.max(0, runEnd - run.startMs)
    tokens.forEach((token, k) => {
      // Several words between two stamps share the time evenly.
      const s = run.startMs + Math.round((span * k) / tokens.length)
      const e = run.startMs + Math.round((span * (k + 1)) / tokens.length)
      words.push({ startMs: s, endMs: e, text: token })
    })
  })
  return words
}

/** Escapes literal text for a cue payload: `&`, `<` and `>` become references, so `-->` can never appear. */
export function escapeCueText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Escapes a voice annotation (`<v Name>`): `&` and `>` must be references there; line breaks become spaces. */
export function escapeAnnotation(name: string): string {
  return name.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/>/g, '&gt;').replace(/</g, '&lt;')
}
