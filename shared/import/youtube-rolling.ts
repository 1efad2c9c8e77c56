/**
 * YouTube automated captions ("rolling" WebVTT): each line is shown twice as it scrolls up, new
 * words carry `<00:00:01.234><c> word</c>` stamps, and ~10 ms bridge cues repeat the last line.
 * Clean-up keeps every spoken word exactly once with its own time, then re-segments the words
 * into readable cues (shared/segment). The `>>` speaker-change marker is dropped (names come later).
 */

import { ACCESSIBLE_DEFAULT_PROFILE } from '../model/style-profile'
import type { Word } from '../model/cue'
import { makeDocument } from '../model/document'
import { readVttBlocks, interpretCueText, type RawVttCue } from '../formats/webvtt/index'
import type { CaptionFormat, ParseOptions, ParseResult, ParseWarning } from '../formats/types'
import { segmentWords } from '../segment/segment-words'

const STAMP = /<\d{2,}:\d{2}:\d{2}\.\d{3}>/
const norm = (line: string): string => line.replace(/\s+/g, ' ').trim()

/** True for YouTube automated captions: word stamps, or lines repeated from one cue to the next. */
export function looksLikeYouTubeRolling(text: string): boolean {
  if (!/^\ufeff?WEBVTT/.test(text)) return false
  const sample = text.slice(0, 200_000)
  if (STAMP.test(sample) && /<c[>.]/.test(sample)) return true
  const { cues } = readVttBlocks(sample)
  let repeats = 0
  for (let k = 1; k < cues.length; k++) {
    const prevLines = cues[k - 1]!.payload.split('\n').map((l) => norm(interpretCueText(l, 0, 0).text))
    const first = norm(interpretCueText(cues[k]!.payload.split('\n')[0] ?? '', 0, 0).text)
    if (first !== '' && first === prevLines[prevLines.length - 1]) repeats++
  }
  return cues.length >= 4 && repeats >= cues.length / 3
}

/** Extracts every word once, with its time, from rolling cues. */
export function wordsFromRollingCues(cues: readonly RawVttCue[]): Word[] {
  const words: Word[] = []
  const recent: string[] = [] // lines already emitted, newest last
  for (const cue of cues) {
    for (const rawLine of cue.payload.split('\n')) {
      const line = interpretCueText(rawLine, cue.startMs, cue.endMs)
      const text = norm(line.text)
      if (text === '') continue
      const stamped = STAMP.test(rawLine)
      if (!stamped && recent.includes(text)) continue // a repeat of a line already shown
      recent.push(text)
      if (recent.length > 3) recent.shift()
      if (line.words) words.push(...line.words)
      else words.push(...spread(text, cue.startMs, cue.endMs))
    }
  }
  return fixOverlaps(words)
}

/** Spreads unstamped words evenly over the cue (the best timing the file offers). */
function spread(text: string, startMs: number, endMs: number): Word[] {
  const tokens = text.split(' ')
  const span = Math.max(0, endMs - startMs)
  return tokens.map((t, k) => ({ startMs: startMs + Math.round((span * k) / tokens.length), endMs: startMs + Math.round((span * (k + 1)) / tokens.length), text: t }))
}

/** Keeps word times monotonic: a word never starts before the previous one, nor ends before it starts. */
function fixOverlaps(words: Word[]): Word[] {
  let last = 0
  return words.map((w) => {
    const startMs = Math.max(w.startMs, last)
    const endMs = Math.max(startMs, w.endMs)
    last = startMs
    return startMs === w.startMs && endMs === w.endMs ? w : { ...w, startMs, endMs }
  })
}

/** Imports YouTube automated captions. */
export function parseYouTubeRolling(text: string, options: ParseOptions = {}): ParseResult {
  const blocks = readVttBlocks(text)
  const warnings: ParseWarning[] = blocks.warnings.filter((w) => w.code !== 'stray-text')
  if (blocks.cues.length === 0) {
    return { doc: makeDocument([]), warnings: [], fatal: { code: 'no-cues', line: 1, message: 'No captions were found in this YouTube caption file.' } }
  }
  const words = wordsFromRollingCues(blocks.cues).filter((w) => w.text !== '>>')
  const cues = segmentWords(words, options.profile ?? ACCESSIBLE_DEFAULT_PROFILE)
  const language = /^Language:\s*(\S+)/m.exec(blocks.header)?.[1]
  return { doc: makeDocument(cues, [], language ? { language } : undefined), warnings }
}

/** YouTube automated captions, import only. */
export const youtubeRollingFormat: CaptionFormat = {
  id: 'youtube',
  name: 'YouTube automated captions',
  extensions: ['vtt'],
  detect: looksLikeYouTubeRolling,
  parse: parseYouTubeRolling,
}
