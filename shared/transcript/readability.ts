/**
 * A plain-English report: reading ease (Flesch) and average sentence length per paragraph, long
 * sentences, passive constructions and words with plainer alternatives. Suggestions only: nothing
 * is rewritten without the editor's choice. `documentReport` gives the same for a whole caption
 * document, each finding with the caption it is in.
 */

import type { Cue } from '../model/cue'
import type { CaptionDocument } from '../model/document'
import type { CueId } from '../model/ids'
import { cleanVerbatim } from './clean-verbatim'
import { findPlainerWords } from './plainer-words'
import type { Transcript } from './transcript'

/** Sentences longer than this are flagged (GOV.UK-style limit). */
export const LONG_SENTENCE_WORDS = 25

/** Counts syllables in an English word (vowel groups, silent final e): good enough for Flesch. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (w.length <= 3) return w.length > 0 ? 1 : 0
  const groups = w
    .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]{1,2}/g)
  return Math.max(1, groups?.length ?? 1)
}

/** Splits text into sentences. */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?]["')\]]?)\s+/)
    .map((s) => s.trim())
    .filter(Boolean)

const PASSIVE =
  /\b(am|is|are|was|were|be|been|being)\s+(\w+ed|\w+en|made|done|given|taken|seen|known|held|built|sent|told|found|put|set|brought)\b/gi
// Words ending like participles that are not ("is even", "are indeed", "is open").
const NOT_PARTICIPLES = new Set([
  'even',
  'often',
  'open',
  'seven',
  'eleven',
  'ten',
  'then',
  'when',
  'happen',
  'garden',
  'kitchen',
  'children',
  'women',
  'men',
  'listen',
  'citizen',
  'indeed',
  'need',
  'speed',
  'hundred',
  'red',
  'bed',
  'shed',
  'sacred',
  'naked',
  'wicked',
  'kindred',
  'keen',
  'green',
  'between',
  'token',
  'chicken',
  'heaven',
  'oxygen',
  'specimen',
  'eighteen',
  'fifteen',
  'sixteen',
  'thirteen',
  'fourteen',
  'seventeen',
  'nineteen',
  'teen',
])

/** The passive constructions in a text ("was written", "has been agreed"). */
export function passivesIn(text: string): string[] {
  return [...text.matchAll(PASSIVE)].filter((m) => !NOT_PARTICIPLES.has(m[2]!.toLowerCase())).map((m) => m[0])
}

/** A suggestion for one paragraph. */
export type Suggestion = Readonly<
  | { kind: 'long-sentence'; sentence: string; words: number }
  | { kind: 'passive'; phrase: string }
  | { kind: 'plain-word'; word: string; alternative: string }
>

/** Figures for one paragraph. */
export type ParagraphReport = Readonly<{
  text: string
  readingEase: number
  averageSentenceWords: number
  suggestions: readonly Suggestion[]
}>

/** Flesch reading ease and Flesch–Kincaid grade of a text. */
export function readingScores(text: string): { ease: number; grade: number; words: number; sentences: number } {
  const sentences = Math.max(1, sentencesOf(text).length)
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w))
  const count = Math.max(1, words.length)
  const syl = words.reduce((n, w) => n + syllables(w), 0)
  return {
    ease: Math.round(206.835 - 1.015 * (count / sentences) - 84.6 * (syl / count)),
    grade: Math.round((0.39 * (count / sentences) + 11.8 * (syl / count) - 15.59) * 10) / 10,
    words: words.length,
    sentences,
  }
}

/** The report for one paragraph. */
export function reportParagraph(text: string): ParagraphReport {
  const suggestions: Suggestion[] = []
  for (const sentence of sentencesOf(text)) {
    const words = sentence.split(/\s+/).length
    if (words > LONG_SENTENCE_WORDS) suggestions.push({ kind: 'long-sentence', sentence, words })
  }
  for (const phrase of passivesIn(text)) suggestions.push({ kind: 'passive', phrase })
  for (const m of findPlainerWords(text)) {
    const word = m.word.toLowerCase()
    if (!suggestions.some((s) => s.kind === 'plain-word' && s.word === word))
      suggestions.push({ kind: 'plain-word', word, alternative: m.suggestion.toLowerCase() })
  }
  const scores = readingScores(text)
  return {
    text,
    readingEase: scores.ease,
    averageSentenceWords: Math.round((scores.words / scores.sentences) * 10) / 10,
    suggestions,
  }
}

/** The report for a whole transcript, with its reading age (Flesch–Kincaid grade + 5). */
export function plainEnglishReport(t: Transcript): {
  paragraphs: ParagraphReport[]
  readingEase: number
  readingAge: number
} {
  const texts = t.blocks.flatMap((b) => (b.type === 'turn' ? b.paragraphs.map((p) => p.text) : []))
  const all = readingScores(texts.join(' '))
  return { paragraphs: texts.map(reportParagraph), readingEase: all.ease, readingAge: Math.round(all.grade + 5) }
}

/** True when the sentences are too long to be real: automated captions have no full stops, so the figures mean little yet. */
export const lacksFullStops = (r: Readonly<{ words: number; averageSentenceWords: number }>): boolean =>
  r.words >= 40 && r.averageSentenceWords > 40

/** A finding in a caption document: the caption it is in and the caption's start. */
type At = Readonly<{ cueId: CueId; startMs: number }>

/** The plain-English report of a caption document's speech, after clean verbatim. */
export type DocumentReport = Readonly<{
  readingEase: number
  readingAge: number
  words: number
  sentences: number
  averageSentenceWords: number
  longSentences: readonly (At & Readonly<{ text: string; words: number }>)[]
  passives: readonly (At & Readonly<{ text: string; phrase: string }>)[]
  plainerWords: readonly (At & Readonly<{ word: string; suggestion: string }>)[]
}>

type CueFacts = Readonly<{
  text: string
  words: number
  syllables: number
  plainer: ReturnType<typeof findPlainerWords>
}>
// Unchanged cues keep their object, so typing in one caption recounts only that caption.
const factsCache = new WeakMap<Cue, CueFacts>()

function factsOf(cue: Cue): CueFacts {
  const cached = factsCache.get(cue)
  if (cached) return cached
  const raw = cue.text.replace(/\s*\n\s*/g, ' ').trim()
  let text = cleanVerbatim(raw)
  // Clean verbatim capitalises what it takes for a sentence start; mid-sentence captions stay as written.
  if (/^\p{Ll}/u.test(raw.replace(/^[^\p{L}]+/u, '')) && text.length > 0)
    text = text.replace(/\p{Lu}/u, (c) => c.toLowerCase())
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))
  const facts = {
    text,
    words: words.length,
    syllables: words.reduce((n, w) => n + syllables(w), 0),
    plainer: findPlainerWords(text),
  }
  factsCache.set(cue, facts)
  return facts
}

/** Runs of speech by one speaker, unbroken by headings or descriptions: sentences never cross them. */
function runsOf(doc: CaptionDocument): Cue[][] {
  const runs: Cue[][] = []
  let run: Cue[] = []
  const end = () => {
    if (run.length) runs.push(run)
    run = []
  }
  for (const cue of doc.cues) {
    if ((cue.kind ?? 'speech') !== 'speech') end()
    else if (factsOf(cue).text) {
      if (run.length && run[0]!.speakerId !== cue.speakerId) end()
      run.push(cue)
    }
  }
  end()
  return runs
}

const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

// Sentences seen before (most of them, after an edit) are not counted again; cleared when large.
const sentenceCache = new Map<string, Readonly<{ words: number; passive: string | undefined }>>()
function sentenceFacts(sentence: string): Readonly<{ words: number; passive: string | undefined }> {
  let facts = sentenceCache.get(sentence)
  if (!facts) {
    if (sentenceCache.size > 50_000) sentenceCache.clear()
    facts = { words: countWords(sentence), passive: passivesIn(sentence)[0] }
    sentenceCache.set(sentence, facts)
  }
  return facts
}
const at = (cue: Cue): At => ({ cueId: cue.id, startMs: cue.startMs })

/** The report of a caption document's speech (headings, descriptions and on-screen text left out). */
export function documentReport(doc: CaptionDocument): DocumentReport {
  let words = 0
  let syllableCount = 0
  let sentences = 0
  const longSentences: DocumentReport['longSentences'][number][] = []
  const passives: DocumentReport['passives'][number][] = []
  const plainerWords: DocumentReport['plainerWords'][number][] = []
  for (const run of runsOf(doc)) {
    const starts: number[] = []
    let joined = ''
    for (const cue of run) {
      const facts = factsOf(cue)
      words += facts.words
      syllableCount += facts.syllables
      starts.push(joined ? joined.length + 1 : 0)
      joined = joined ? `${joined} ${facts.text}` : facts.text
      for (const m of facts.plainer) plainerWords.push({ ...at(cue), word: m.word, suggestion: m.suggestion })
    }
    // Offsets only grow, so the caption a sentence starts in is found by walking forward.
    let index = 0
    const cueAt = (offset: number): Cue => {
      while (index + 1 < starts.length && starts[index + 1]! <= offset) index++
      return run[index]!
    }
    let from = 0
    for (const sentence of sentencesOf(joined)) {
      const offset = joined.indexOf(sentence, from)
      from = offset + sentence.length
      sentences++
      const first = cueAt(offset)
      const { words: n, passive: phrase } = sentenceFacts(sentence)
      if (n > LONG_SENTENCE_WORDS) longSentences.push({ ...at(first), text: sentence, words: n })
      if (phrase) passives.push({ ...at(cueAt(offset + sentence.indexOf(phrase))), text: sentence, phrase })
    }
  }
  const perSentence = words / Math.max(1, sentences)
  const perWord = syllableCount / Math.max(1, words)
  const grade = 0.39 * perSentence + 11.8 * perWord - 15.59
  return {
    readingEase: words ? Math.round(206.835 - 1.015 * perSentence - 84.6 * perWord) : 0,
    readingAge: words ? Math.max(5, Math.round(grade + 5)) : 0,
    words,
    sentences,
    averageSentenceWords: Math.round(perSentence * 10) / 10,
    longSentences,
    passives,
    plainerWords,
  }
}
