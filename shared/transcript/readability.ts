/**
 * A plain-English report: reading ease (Flesch) and average sentence length per paragraph, long
 * sentences, passive constructions and words with plainer alternatives. Suggestions only: nothing
 * is rewritten without the editor's choice.
 */

import { PLAIN_WORDS } from './plain-words'
import type { Transcript } from './transcript'

/** Sentences longer than this are flagged (GOV.UK-style limit). */
export const LONG_SENTENCE_WORDS = 25

/** Counts syllables in an English word (vowel groups, silent final e): good enough for Flesch. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (w.length <= 3) return w.length > 0 ? 1 : 0
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g)
  return Math.max(1, groups?.length ?? 1)
}

/** Splits text into sentences. */
export const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?]["')\]]?)\s+/).map((s) => s.trim()).filter(Boolean)

const PASSIVE = /\b(am|is|are|was|were|be|been|being)\s+(\w+ed|\w+en|made|done|given|taken|seen|known|held|built|sent|told|found|put|set|brought)\b/gi

/** A suggestion for one paragraph. */
export type Suggestion = Readonly<
  { kind: 'long-sentence'; sentence: string; words: number } | { kind: 'passive'; phrase: string } | { kind: 'plain-word'; word: string; alternative: string }
>

/** Figures for one paragraph. */
export type ParagraphReport = Readonly<{ text: string; readingEase: number; averageSentenceWords: number; suggestions: readonly Suggestion[] }>

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
  for (const m of text.matchAll(PASSIVE)) suggestions.push({ kind: 'passive', phrase: m[0] })
  for (const word of text.toLowerCase().match(/\b[a-z]+\b/g) ?? []) {
    if (PLAIN_WORDS[word] && !suggestions.some((s) => s.kind === 'plain-word' && s.word === word)) suggestions.push({ kind: 'plain-word', word, alternative: PLAIN_WORDS[word]! })
  }
  const scores = readingScores(text)
  return { text, readingEase: scores.ease, averageSentenceWords: Math.round((scores.words / scores.sentences) * 10) / 10, suggestions }
}

/** The report for a whole transcript, with its reading age (Flesch–Kincaid grade + 5). */
export function plainEnglishReport(t: Transcript): { paragraphs: ParagraphReport[]; readingEase: number; readingAge: number } {
  const texts = t.blocks.flatMap((b) => (b.type === 'turn' ? b.paragraphs.map((p) => p.text) : []))
  const all = readingScores(texts.join(' '))
  return { paragraphs: texts.map(reportParagraph), readingEase: all.ease, readingAge: Math.round(all.grade + 5) }
}
