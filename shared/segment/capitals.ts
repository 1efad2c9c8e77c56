/**
 * Capitals and full stops for automated captions, which have neither: "I" and its contractions
 * always; a full stop before, and a capital after, a sentence-like pause or a change of speaker;
 * names (speakers, glossary) written as their owners write them. Works on the word stream before
 * re-segmentation, so every word keeps its time and the cues are cut on the new text.
 */

import type { Word } from '../model/cue'
import type { SegmentHints } from './speech-hints'

/** What the tidy-up changed, for the preview and the command line's summary. */
export type CapitalCounts = Readonly<{ capitals: number; fullStops: number }>

const PRONOUN = /^i(['’](m|ve|ll|d))?$/
/** Words that never end an English sentence: a pause after one is a hesitation, not a sentence end. */
const NEVER_LAST = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'is',
  'are',
  'was',
  'were',
  'um',
  'uh',
  'er',
  'erm',
  'if',
  'because',
  'so',
  'that',
  'which',
  'who',
  'we',
  'i',
  'they',
  'you',
])
const ENDS = /[.!?…]["'’”)\]]*$/
const PUNCTUATED = /[.,;:!?…\-–—]["'’”)\]]*$/

/** The letters of a word without the punctuation around it, lower case. */
const bare = (text: string): string => text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '')

/** `text` with its first letter in capitals. */
function capitalise(text: string): string {
  const at = text.search(/\p{L}/u)
  return at < 0 ? text : text.slice(0, at) + text[at]!.toUpperCase() + text.slice(at + 1)
}

/** The name tokens to write with capitals, by their bare lower-case first token. */
function nameIndex(names: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>()
  for (const name of names) {
    const tokens = name.trim().split(/\s+/).filter(Boolean)
    if (tokens.length === 0 || !/\p{Lu}/u.test(name)) continue
    const key = bare(tokens[0]!)
    if (key)
      index.set(
        key,
        [...(index.get(key) ?? []), tokens].sort((a, b) => b.length - a.length),
      )
  }
  return index
}

/** Puts `token`'s letters into `word`, keeping the word's own punctuation around them. */
function spellAs(word: string, token: string): string {
  const core = bare(token)
  const at = word.toLowerCase().indexOf(core)
  return at < 0
    ? word
    : word.slice(0, at) + token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '') + word.slice(at + core.length)
}

/** What the tidy-up asks of one word text; worked out once per distinct text (speech repeats its words). */
type TextFacts = { key: string; pronoun: boolean; ends: boolean; punctuated: boolean; capitalised: string | undefined }

/** The facts of each text met so far: a few regular expressions per distinct word rather than per word. */
class FactsCache {
  private readonly known = new Map<string, TextFacts>()

  of(text: string): TextFacts {
    let facts = this.known.get(text)
    if (facts === undefined) {
      const key = bare(text)
      facts = {
        key,
        pronoun: PRONOUN.test(key),
        ends: ENDS.test(text),
        punctuated: PUNCTUATED.test(text),
        capitalised: undefined,
      }
      this.known.set(text, facts)
    }
    return facts
  }

  capitalised(text: string): string {
    const facts = this.of(text)
    facts.capitalised ??= capitalise(text)
    return facts.capitalised
  }
}

/**
 * Returns the words with capitals and full stops added (same times, same count), and how many of
 * each were added. Sentence ends come from `hints` (pauses of `sentencePauseMs`, speaker changes).
 */
export function addCapitals(
  words: readonly Word[],
  hints: SegmentHints,
  names: readonly string[] = [],
): { words: Word[]; counts: CapitalCounts } {
  const out: Word[] = words.slice()
  let capitals = 0
  let fullStops = 0
  const set = (k: number, text: string, stop: boolean) => {
    if (text === out[k]!.text) return
    if (stop) fullStops++
    else capitals++
    out[k] = { ...out[k]!, text }
  }
  const names_ = nameIndex(names)
  const facts = new FactsCache()
  let sentenceStart = true
  for (let k = 0; k < out.length; k++) {
    // The facts of the word's text as it stands at each question (a capital set above changes it).
    const { key, pronoun } = facts.of(out[k]!.text)
    if (pronoun) set(k, spellAs(out[k]!.text, key === 'i' ? 'I' : `I${key.slice(1)}`), false)
    if (names_.size > 0) {
      for (const tokens of names_.get(key) ?? []) {
        if (tokens.every((t, j) => out[k + j] !== undefined && bare(out[k + j]!.text) === bare(t))) {
          tokens.forEach((t, j) => set(k + j, spellAs(out[k + j]!.text, t), false))
          break
        }
      }
    }
    if (sentenceStart) set(k, facts.capitalised(out[k]!.text), false)
    const next = out[k + 1]
    if (!next) {
      if (!facts.of(out[k]!.text).punctuated && !NEVER_LAST.has(key)) set(k, `${out[k]!.text}.`, true)
      break
    }
    const turn = hints.breakBefore[k + 1] === 1
    const pause = Math.max(hints.pauseAfterMs[k]!, next.startMs - out[k]!.endMs)
    const now = facts.of(out[k]!.text)
    sentenceStart = now.ends
    if ((turn || pause >= hints.sentencePauseMs) && !now.punctuated && (turn || !NEVER_LAST.has(key))) {
      set(k, `${out[k]!.text}.`, true)
      sentenceStart = true
    }
  }
  return { words: out, counts: { capitals, fullStops } }
}
