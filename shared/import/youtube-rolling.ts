/**
 * YouTube automated captions ("rolling" WebVTT): each line is shown twice as it scrolls up, new
 * words carry `<00:00:01.234><c> word</c>` stamps, and ~10 ms bridge cues repeat the last line.
 * Clean-up keeps every spoken word exactly once with its own time, then re-segments the words
 * into readable cues (shared/segment). The `>>` speaker-change marker is dropped, but a caption always
 * starts there; pauses (from the audio when given, else from the word stamps) decide the other cuts.
 */

import { ACCESSIBLE_DEFAULT_PROFILE } from '../model/style-profile'
import type { Word } from '../model/cue'
import { makeDocument } from '../model/document'
import {
  readVttBlocks,
  interpretCueText,
  isJsSpace,
  readStampedLine,
  scanCueText,
  type RawVttCue,
  type VttBlocks,
} from '../formats/webvtt/index'
import type { CaptionFormat, ParseOptions, ParseResult, ParseWarning } from '../formats/types'
import { segmentWords } from '../segment/segment-words'
import { hintsFromPauses, hintsFromWords } from '../segment/speech-hints'
import { addCapitals } from '../segment/capitals'
import { RecentLines } from './recent-lines'

/**
 * The longest a word is taken to last. A word without a stamp after it lasts, by the file, until its
 * line goes (in one real file, 17 seconds of silence after "what"); its caption would stay as long.
 */
export const MAX_WORD_MS = 3000

const STAMP = /<\d{2,}:\d{2}:\d{2}\.\d{3}>/
const norm = (line: string): string => (isNormal(line) ? line : line.replace(/\s+/g, ' ').trim())

/** True when whitespace in `line` is already single spaces between words (norm would return it unchanged). */
function isNormal(line: string): boolean {
  let afterSpace = true // a leading space is not normal
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (!isJsSpace(c)) afterSpace = false
    else if (c !== 32 || afterSpace) return false
    else afterSpace = true
  }
  return !afterSpace || line === ''
}

/** YouTube's word layout: a stamp, then the word in a `<c>` span (`<00:00:01.234><c> word</c>`). */
const YOUTUBE_WORD = /<\d{2,}:\d{2}:\d{2}\.\d{3}><c>/

/**
 * True for YouTube automated captions: lines repeated from one cue to the next (the rolling), in a
 * third of the cues, or at least once with YouTube's word layout. Word stamps alone are not enough:
 * a karaoke-style file has them too, and re-segmenting it would undo its author's captions.
 */
export function looksLikeYouTubeRolling(text: string): boolean {
  if (!/^\ufeff?WEBVTT/.test(text)) return false
  // YouTube's own files show both signs in their first few cues: a short look settles them (a tenth
  // of a 3-hour file's conversion went into reading 200 KB here); anything else gets the long look.
  const head = text.slice(0, 8_000)
  if (YOUTUBE_WORD.test(head) && rollingRepeats(head).repeats >= 1) return true
  const sample = text.slice(0, 200_000)
  const { cues, repeats } = rollingRepeats(sample)
  return (cues >= 4 && repeats >= cues / 3) || (repeats >= 1 && YOUTUBE_WORD.test(sample))
}

/** How many cues of `sample` there are, and how many begin with the line the cue before ended with. */
function rollingRepeats(sample: string): { cues: number; repeats: number } {
  const { cues } = readVttBlocks(sample)
  let repeats = 0
  for (let k = 1; k < cues.length; k++) {
    const prevLines = cues[k - 1]!.payload.split('\n').map((l) => norm(interpretCueText(l, 0, 0).text))
    const first = norm(interpretCueText(cues[k]!.payload.split('\n')[0] ?? '', 0, 0).text)
    if (first !== '' && first === prevLines[prevLines.length - 1]) repeats++
  }
  return { cues: cues.length, repeats }
}

/** Extracts every word once, with its time, from rolling cues (as the block reader gives them). */
export function wordsFromRollingCues(blocks: Pick<VttBlocks, 'text' | 'cues'>): Word[] {
  return rollingWords(blocks, false)
}

/** A line that carries a word stamp is new even when its text repeats an earlier line. */
const isStamped = (rawLine: string): boolean => rawLine.includes('<') && STAMP.test(rawLine)

/**
 * Every word once, with monotonic times (a word never starts before the previous one, nor ends before
 * it starts, nor lasts over MAX_WORD_MS); with `dropMarkers`, the `>>` speaker-change markers are
 * left out after timing is fixed.
 * One pass without intermediate arrays: a line's words go straight into the result, and are taken
 * back out if the line turns out to repeat one already shown.
 */
function rollingWords(
  { text, cues }: Pick<VttBlocks, 'text' | 'cues'>,
  dropMarkers: boolean,
  breaks?: number[],
): Word[] {
  const words: Word[] = []
  const recent = new RecentLines(words)
  let last = 0
  let markers = false
  // Lines are read from the whole text, a flat string, with indices: V8 reads characters of the
  // payload slices several times slower.
  let nextTag = 0
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!
    const end = cue.payloadAt + cue.payload.length
    for (let from = cue.payloadAt; from <= end;) {
      const nl = text.indexOf('\n', from)
      const to = nl < 0 || nl > end ? end : nl
      const lineFrom = from
      from = to + 1
      const before = words.length
      // The next `<` in the text, searched again only once passed (a search per line could run to the end).
      if (nextTag >= 0 && nextTag < lineFrom) nextTag = text.indexOf('<', lineFrom)
      const tagged = nextTag >= 0 && nextTag < to
      // Blank lines, and lines exactly as already shown, are skipped unread.
      if (!tagged && (isBlank(text, lineFrom, to) || recent.repeats(text, lineFrom, to))) continue
      // Word-stamped lines (new words, always kept) mostly take the fast reader; the rest the general one.
      if (tagged && readStampedLine(text, lineFrom, to, cue.startMs, cue.endMs, words)) {
        if (words.length === before) continue
        recent.addWords(before, words.length)
      } else if (!readOtherLine(text.slice(lineFrom, to), cue, words, recent)) continue
      // Fix the new words' times in place (markers too: they are dropped at the end, so ranges hold).
      for (let k = before; k < words.length; k++) {
        const w = words[k]!
        const startMs = Math.max(w.startMs, last)
        const endMs = Math.min(Math.max(startMs, w.endMs), startMs + MAX_WORD_MS)
        last = startMs
        if (startMs !== w.startMs || endMs !== w.endMs) words[k] = { ...w, startMs, endMs }
        if (w.text === '>>') markers = true
      }
    }
  }
  if (!(dropMarkers && markers)) return words
  const kept: Word[] = []
  for (const w of words) {
    if (w.text !== '>>') kept.push(w)
    else if (breaks && breaks[breaks.length - 1] !== kept.length) breaks.push(kept.length)
  }
  return kept
}

/**
 * Reads a line the fast paths leave (unstamped new text, references, other tags) into `words`; false
 * when it adds nothing, being blank or a repeat. Few lines come here; they keep the general reader's
 * exact behaviour.
 */
function readOtherLine(rawLine: string, cue: RawVttCue, words: Word[], recent: RecentLines): boolean {
  const before = words.length
  const line = scanCueText(rawLine, cue.startMs, cue.endMs, true, words)
  const text = norm(line.text)
  if (text === '' || (recent.includes(text) && !isStamped(rawLine))) {
    if (words.length !== before) words.length = before // a blank line, or a repeat of a line already shown
    return false
  }
  recent.addText(text)
  if (!line.words) spread(text, cue.startMs, cue.endMs, words)
  return true
}

/** Is `src.slice(from, to)` whitespace only (YouTube's ` ` lines)? */
function isBlank(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpace(src.charCodeAt(i))) return false
  return true
}

/** Spreads unstamped words evenly over the cue (the best timing the file offers). */
function spread(text: string, startMs: number, endMs: number, into: Word[]): void {
  const tokens = text.split(' ')
  const span = Math.max(0, endMs - startMs)
  tokens.forEach((t, k) =>
    into.push({
      startMs: startMs + Math.round((span * k) / tokens.length),
      endMs: startMs + Math.round((span * (k + 1)) / tokens.length),
      text: t,
    }),
  )
}

/** Imports YouTube automated captions. */
export function parseYouTubeRolling(text: string, options: ParseOptions = {}): ParseResult {
  const blocks = readVttBlocks(text)
  const warnings: ParseWarning[] = blocks.warnings.filter((w) => w.code !== 'stray-text')
  if (blocks.cues.length === 0) {
    return {
      doc: makeDocument([]),
      warnings: [],
      fatal: { code: 'no-cues', line: 1, message: 'No captions were found in this YouTube caption file.' },
    }
  }
  const turns: number[] = []
  let words = rollingWords(blocks, true, turns)
  const breaks = new Uint8Array(words.length)
  for (const at of turns) if (at > 0 && at < words.length) breaks[at] = 1
  const hints = options.pauses ? hintsFromPauses(words, options.pauses, breaks) : hintsFromWords(words, breaks)
  let counts = { capitals: 0, fullStops: 0 }
  if (options.capitals === true) ({ words, counts } = addCapitals(words, hints, options.names))
  // The words are plain {startMs, endMs, text} objects made here, so the cues may keep them as they are.
  const cues = segmentWords(words, options.profile ?? ACCESSIBLE_DEFAULT_PROFILE, true, hints)
  const language = /^Language:\s*(\S+)/m.exec(blocks.header)?.[1]
  const tidy = {
    captions: cues.length,
    speakerChanges: turns.filter((at) => at > 0 && at < words.length).length,
    ...counts,
    pausesFrom: options.pauses ? ('audio' as const) : ('words' as const),
  }
  return { doc: makeDocument(cues, [], language ? { language } : undefined), warnings, tidy }
}

/** YouTube automated captions, import only. */
export const youtubeRollingFormat: CaptionFormat = {
  id: 'youtube',
  name: 'YouTube automated captions',
  extensions: ['vtt'],
  detect: looksLikeYouTubeRolling,
  parse: parseYouTubeRolling,
}
