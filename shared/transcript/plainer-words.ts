/**
 * Finding the wordy words and phrases of PLAIN_WORDS in text, and putting a plainer one in its place.
 * One regular expression holds every entry, longest first, so "a large number of" wins over "a number
 * of"; the -ize spellings of -ise words match too.
 */

import type { CaptionDocument } from '../model/document'
import { updateCue } from '../model/edits'
import type { CueId } from '../model/ids'
import { PLAIN_WORDS } from './plain-words'

/** One wordy word or phrase in a text: as written there, and the plainer one in the same case. */
export type PlainerWordMatch = Readonly<{ index: number; word: string; suggestion: string }>

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const pattern = (key: string): string =>
  key
    .split(' ')
    .map((w) => escapeRegExp(w).replace(/is(e|ation)$/, 'i[sz]$1'))
    .join('\\s+')
const keyOf = (written: string): string =>
  written
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/iz(e|ation)$/, 'is$1')

const KEYS = Object.keys(PLAIN_WORDS).sort((a, b) => b.length - a.length)
// Letters and apostrophes on either side mean part of a longer word ("provided" is not "provide").
const MATCHER = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${KEYS.map(pattern).join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu')

/** The suggestion in the case of the written word: "Utilise" → "Use". */
function inCaseOf(written: string, plain: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return plain.toUpperCase()
  return /^\p{Lu}/u.test(written) ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain
}

/** Every wordy word or phrase in `text`, in order. */
export function findPlainerWords(text: string): PlainerWordMatch[] {
  const out: PlainerWordMatch[] = []
  for (const m of text.matchAll(MATCHER)) {
    const plain = PLAIN_WORDS[keyOf(m[0])]
    if (plain) out.push({ index: m.index, word: m[0], suggestion: inCaseOf(m[0], plain) })
  }
  return out
}

/**
 * Replaces the first `word` in a cue's text with its plainer one (spaces and line breaks inside a
 * phrase may differ from the report's). Returns the document unchanged when the word is no longer there.
 */
export function applyPlainerWord(doc: CaptionDocument, cueId: CueId, word: string): CaptionDocument {
  const cue = doc.cues.find((c) => c.id === cueId)
  if (!cue) return doc
  const found = findPlainerWords(cue.text).find((m) => keyOf(m.word) === keyOf(word))
  if (!found) return doc
  return updateCue(doc, cueId, {
    text: cue.text.slice(0, found.index) + found.suggestion + cue.text.slice(found.index + found.word.length),
  })
}
