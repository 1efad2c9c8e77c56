/**
 * Cue text: from WebVTT markup to the model's literal text, and back.
 *
 * Reading follows the W3C cue-text tokenizer: tags are dropped (their text kept), the six character
 * references current browsers decode are decoded (`&amp; &lt; &gt; &lrm; &rlm; &nbsp;`), a `<v>` voice
 * names the speaker, and inline timestamps (`<00:00:01.234>`) give word timings.
 *
 * A little over the usual file length: the tokenizer, the word-timing builder and the fast paths that
 * let hours-long YouTube files read quickly belong together.
 */

import type { Word } from '../../model/cue'
import { collectTimestamp, fixedTimestamp, type Scanner } from './timestamp'

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  lrm: '\u200e',
  rlm: '\u200f',
  nbsp: '\u00a0',
}

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

/** A tag, `<` to the next `>` (as the tokenizer reads it when every tag is closed). */
const TAG = /<[^>]*>/g

/**
 * Text whose every tag (each closed) is a timestamp-like or closing tag, or a known tag other than a
 * voice, its name followed by the end of the tag, a space, tab, newline, form feed or dot: nothing the
 * tokenizer counts as unknown, and no speaker.
 */
const KNOWN_NO_VOICE = /^[^<]*(?:<(?:[0-9/][^>]*|(?:c|i|b|u|ruby|rt|lang)(?:[ \t\n\f.][^>]*)?)>[^<]*)*$/
/** The regex keeps a backtrack entry per tag, which overflows on megabytes of tags: longer payloads take the walk. */
const KNOWN_NO_VOICE_MAX = 20_000

/** Is one of the payload's (closed) tags a valid timestamp? */
function hasTimestampTag(payload: string): boolean {
  const scanner: Scanner = { text: payload, pos: 0 }
  for (let lt = payload.indexOf('<'); lt >= 0; lt = payload.indexOf('<', scanner.pos)) {
    const gt = payload.indexOf('>', lt + 1)
    scanner.pos = lt + 1
    const ms = collectTimestamp(scanner)
    if (ms !== undefined && scanner.pos === gt) return true
    scanner.pos = gt + 1
  }
  return false
}

const KNOWN_TAGS = new Set(['c', 'i', 'b', 'u', 'ruby', 'rt', 'v', 'lang'])

/** Decodes the character references WebVTT defines; anything else stays literal. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(amp|lt|gt|lrm|rlm|nbsp);/g, (_, name: string) => ENTITIES[name]!)
}

/** Is this UTF-16 code unit whitespace for `\s` and String.prototype.trim? (ECMAScript WhiteSpace and LineTerminator.) */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Is the tag starting at `from` (just after `<`) a known WebVTT tag? Its name runs to a space, tab, newline, form feed or dot. */
function isKnownTag(payload: string, from: number, to: number): boolean {
  let end = from
  for (
    let c = payload.charCodeAt(from);
    end < to && c !== 32 && c !== 9 && c !== 10 && c !== 12 && c !== 46;
    c = payload.charCodeAt(++end)
  );
  if (end - from === 1) {
    const c = payload.charCodeAt(from)
    return c === 99 || c === 105 || c === 98 || c === 117 || c === 118 // c i b u v
  }
  return KNOWN_TAGS.has(payload.slice(from, end))
}

/**
 * Builds word timings as the text arrives, in one pass: each run of text between timestamps starts
 * at the timestamp before it (the first at the cue start) and ends where the next non-blank run starts.
 * A run is `src.slice(from, to)`, usually a range of the cue's literal text, so runs are never copied out.
 * A plain object from one literal (not a class), so its hidden class, and the optimised code that
 * relies on it, survive garbage collections between files.
 */
type WordBuilder = {
  readonly startMs: number
  readonly endMs: number
  /** Where the words go (an importer may collect every cue's words in one array). */
  readonly words: Word[]
  pending: string
  pendingFrom: number
  pendingTo: number
  pendingStart: number
  /** How many words the pending run has (0: there is none yet). */
  pendingCount: number
}

/** A fresh word builder (exported so keep-shapes can keep one alive). */
export function wordBuilder(startMs: number, endMs: number, words: Word[]): WordBuilder {
  return { startMs, endMs, words, pending: '', pendingFrom: 0, pendingTo: 0, pendingStart: 0, pendingCount: 0 }
}

/** One run of text, and the (clamped) time it starts. */
function addRun(b: WordBuilder, src: string, from: number, to: number, at: number): void {
  const count = countTokens(src, from, to)
  if (count === 0) return
  if (b.pendingCount > 0) emitRun(b, at)
  b.pending = src
  b.pendingFrom = from
  b.pendingTo = to
  b.pendingStart = at
  b.pendingCount = count
}

/** A timestamp clamped into the cue. */
function clampStamp(b: WordBuilder, ms: number): number {
  return Math.min(Math.max(ms, b.startMs), Math.max(b.startMs, b.endMs))
}

/** Ends the last run at the cue end and returns the words. */
function finishWords(b: WordBuilder): Word[] {
  if (b.pendingCount > 0) emitRun(b, Math.max(b.pendingStart, b.endMs))
  return b.words
}

/** The pending run's words; several words between two stamps share the time evenly. */
function emitRun(b: WordBuilder, runEnd: number): void {
  const { pending: text, pendingTo: to, pendingStart: runStart, pendingCount: n } = b
  const span = Math.max(0, runEnd - runStart)
  let k = 0
  for (let i = b.pendingFrom; i < to;) {
    while (i < to && isJsSpace(text.charCodeAt(i))) i++
    if (i >= to) break
    const from = i
    while (i < to && !isJsSpace(text.charCodeAt(i))) i++
    b.words.push({
      startMs: runStart + Math.round((span * k) / n),
      endMs: runStart + Math.round((span * (k + 1)) / n),
      text: text.slice(from, i),
    })
    k++
  }
}

/** How many whitespace-separated tokens `text.slice(from, to)` has. */
function countTokens(text: string, from: number, to: number): number {
  let n = 0
  let inToken = false
  for (let i = from; i < to; i++) {
    const space = isJsSpace(text.charCodeAt(i))
    if (!space && !inToken) n++
    inToken = !space
  }
  return n
}

/** A payload read by scanCueText; `words` only when asked for, `timed` either way. */
export type ScannedCueText = {
  text: string
  voice: string | undefined
  words: Word[] | undefined
  unknownTags: number
  /** Does the payload hold inline timestamps (so it has word timings)? */
  timed: boolean
}

/**
 * Reads a raw cue payload in one pass with indexOf (no tag strings, no pieces array: this runs for
 * every cue). Word timings are built only `withWords`, so a plain parse can leave them for later;
 * they are appended to `into`, which is then the result's `words` (when the payload has timestamps).
 */
export function scanCueText(
  payload: string,
  startMs: number,
  endMs: number,
  withWords: boolean,
  into?: Word[],
): ScannedCueText {
  // Most captions are plain text: no tags and no references to read.
  const plain = !payload.includes('&')
  if (plain && !payload.includes('<'))
    return { text: payload, voice: undefined, words: undefined, unknownTags: 0, timed: false }
  // Every tag closed and no references to decode: the literal text is the payload with its tags cut out.
  const cutTags = plain && payload.lastIndexOf('<') < payload.lastIndexOf('>')
  if (cutTags && !withWords && payload.length <= KNOWN_NO_VOICE_MAX && KNOWN_NO_VOICE.test(payload)) {
    // Every tag known and none a voice: only "is there a valid timestamp?" is left, and that needs no walk.
    return {
      text: payload.replace(TAG, ''),
      voice: undefined,
      words: undefined,
      unknownTags: 0,
      timed: hasTimestampTag(payload),
    }
  }
  const scanner: Scanner = { text: payload, pos: 0 }
  let builder: WordBuilder | undefined
  let timed = false
  let at = startMs
  let voice: string | undefined
  let unknownTags = 0
  // With every tag closed and no references, the literal text is the payload with its tags cut out (one
  // regex replace), and each run of text between timestamps is a range of it: no string per piece.
  let literal = cutTags ? payload.replace(TAG, '') : ''
  let read = 0 // how much of `literal` the walk has passed (when cutTags)
  let runStart = 0 // where the current run starts in `literal` (when cutTags)
  let run = '' // the current run's text (otherwise)
  let i = 0
  while (i < payload.length) {
    const lt = payload.indexOf('<', i)
    const chunkEnd = lt < 0 ? payload.length : lt
    if (chunkEnd > i) {
      if (cutTags) read += chunkEnd - i
      else {
        const chunk = decodeEntities(payload.slice(i, chunkEnd))
        literal += chunk
        if (withWords) run += chunk
      }
    }
    if (lt < 0) break
    const gt = payload.indexOf('>', lt + 1)
    const tagEnd = gt < 0 ? payload.length : gt
    const first = payload.charCodeAt(lt + 1)
    i = gt < 0 ? payload.length : gt + 1
    if (lt + 1 < tagEnd && first >= 48 && first <= 57) {
      // A tag starting with a digit is a timestamp or nothing; without words, one valid stamp says enough.
      if (timed && !withWords) continue
      // Word stamps almost always have the fixed layout HH:MM:SS.mmm: read that without the general reader.
      const fixed = tagEnd - lt === 13 ? fixedTimestamp(payload, lt + 1) : -1
      scanner.pos = lt + 1
      const ms = fixed >= 0 ? fixed : collectTimestamp(scanner)
      if (ms !== undefined && (fixed >= 0 || scanner.pos === tagEnd)) {
        timed = true
        if (withWords) {
          builder ??= wordBuilder(startMs, endMs, into ?? [])
          if (cutTags) addRun(builder, literal, runStart, read, at)
          else addRun(builder, run, 0, run.length, at)
          runStart = read
          run = ''
          at = clampStamp(builder, ms)
        }
      }
      continue
    }
    if (first === 47) continue // a closing tag
    if (!isKnownTag(payload, lt + 1, tagEnd)) unknownTags++
    if (
      voice === undefined &&
      first === 118 &&
      (lt + 2 === tagEnd || [32, 9, 10, 12, 46].includes(payload.charCodeAt(lt + 2)))
    ) {
      const annotation = payload
        .slice(lt + 2, tagEnd)
        .replace(/^(\.[^\s.]*)*/, '')
        .trim()
        .replace(/\s+/g, ' ')
      if (annotation) voice = decodeEntities(annotation)
    }
  }
  let words: Word[] | undefined
  if (builder) {
    if (cutTags) addRun(builder, literal, runStart, read, at)
    else addRun(builder, run, 0, run.length, at)
    words = finishWords(builder)
  }
  return { text: literal, voice, words, unknownTags, timed }
}

/** Interprets a raw cue payload. `startMs`/`endMs` bound the word timings. */
export function interpretCueText(payload: string, startMs: number, endMs: number): CueText {
  const { text, voice, words, unknownTags } = scanCueText(payload, startMs, endMs, true)
  if (voice === undefined && words === undefined) return { text, unknownTags }
  return { text, ...(voice !== undefined ? { voice } : {}), ...(words ? { words } : {}), unknownTags }
}

/** Escapes literal text for a cue payload: `&`, `<` and `>` become references, so `-->` can never appear. */
export function escapeCueText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Escapes a voice annotation (`<v Name>`): `&` and `>` must be references there; line breaks become spaces. */
export function escapeAnnotation(name: string): string {
  return name.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/>/g, '&gt;').replace(/</g, '&lt;')
}
