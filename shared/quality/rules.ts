/**
 * The quality rules: each looks at one cue (with its neighbours) and reports findings in plain words.
 * Pure and linear in the number of cues.
 */

import type { Cue } from '../model/cue'
import type { StyleProfile } from '../model/style-profile'
import type { Finding, FixId, RuleId, Severity } from './finding'
import { breakLines } from './line-break'
import {
  charsPerSecond,
  DOUBLED_WORD,
  LEFTOVER_TAGS,
  MID_CUE_SPEAKER,
  oneDecimal,
  readableLength,
  wordsOf,
} from './text-metrics'

/** What a rule sees: the cue, its neighbours and the profile. */
export type RuleContext = Readonly<{ cue: Cue; previous?: Cue; next?: Cue; profile: StyleProfile }>

/** A rule: returns findings for one cue. */
export type Rule = (context: RuleContext) => Finding | undefined

/** A pause between two words longer than this inside one caption is worth splitting at. */
export const SILENCE_MS = 2000

function finding(
  rule: RuleId,
  severity: Severity,
  cue: Cue,
  messageKey: string,
  params: Record<string, string | number>,
  fixes: FixId[],
): Finding {
  return { rule, severity, cueId: cue.id, messageKey, params, fixes }
}

/** Free time after a cue before the next one needs it (minimum gap kept). */
export function freeTimeAfter(cue: Cue, next: Cue | undefined, profile: StyleProfile): number {
  return next ? Math.max(0, next.startMs - profile.minGapMs - cue.endMs) : Number.POSITIVE_INFINITY
}

const fitsAfterReflow = (cue: Cue, p: StyleProfile): boolean =>
  breakLines(cue.text, p)
    .split('\n')
    .every((l) => l.length <= p.maxCharsPerLine)

/** Every rule, in the order findings are listed for a cue. */
export const RULES: Readonly<Record<RuleId, Rule>> = {
  empty: ({ cue }) =>
    cue.text.trim() === '' ? finding('empty', 'error', cue, 'quality.empty', {}, ['delete-empty']) : undefined,
  overlap: ({ cue, previous }) =>
    previous && cue.startMs < previous.endMs
      ? finding(
          'overlap',
          'error',
          cue,
          'quality.overlap',
          { seconds: oneDecimal((previous.endMs - cue.startMs) / 1000) },
          ['trim-overlap'],
        )
      : undefined,
  'gap-too-small': ({ cue, previous, profile }) => {
    const gap = previous ? cue.startMs - previous.endMs : -1
    return gap > 0 && gap < profile.minGapMs
      ? finding('gap-too-small', 'info', cue, 'quality.gapTooSmall', { ms: gap, min: profile.minGapMs }, ['close-gap'])
      : undefined
  },
  'line-too-long': ({ cue, profile }) => {
    const longest = Math.max(...cue.text.split('\n').map((l) => l.length))
    if (longest <= profile.maxCharsPerLine) return undefined
    return finding(
      'line-too-long',
      'warning',
      cue,
      'quality.lineTooLong',
      { longest, max: profile.maxCharsPerLine },
      fitsAfterReflow(cue, profile) ? ['reflow'] : ['split'],
    )
  },
  'too-many-lines': ({ cue, profile }) => {
    const lines = cue.text.split('\n').length
    if (lines <= profile.maxLines) return undefined
    return finding(
      'too-many-lines',
      'warning',
      cue,
      'quality.tooManyLines',
      { lines, max: profile.maxLines },
      fitsAfterReflow(cue, profile) ? ['reflow', 'split'] : ['split'],
    )
  },
  'too-fast': ({ cue, next, profile }) => {
    const cps = charsPerSecond(cue)
    const words = wordsOf(cue.text).length
    const seconds = (cue.endMs - cue.startMs) / 1000
    const wpm = seconds > 0 ? (words / seconds) * 60 : Infinity
    if (cps <= profile.maxCharsPerSecond && wpm <= profile.maxWordsPerMinute) return undefined
    const forChars = readableLength(cue.text) / profile.maxCharsPerSecond
    const forWords = (words / profile.maxWordsPerMinute) * 60
    const fixes: FixId[] = []
    if (freeTimeAfter(cue, next, profile) > 0) fixes.push('extend-into-gap')
    if (cue.words && next && words > 1) fixes.push('move-words-to-next')
    // Name the measure that fired (characters a second, as the list shows, when both did), and round
    // the time it needs up, so it never reads as the time the caption already has.
    const needed = Math.ceil(Math.max(forChars, forWords) * 10) / 10
    return cps > profile.maxCharsPerSecond
      ? finding(
          'too-fast',
          'warning',
          cue,
          'quality.tooFast',
          { cps: oneDecimal(cps === Infinity ? 999 : cps), max: profile.maxCharsPerSecond, seconds: needed },
          fixes,
        )
      : finding(
          'too-fast',
          'warning',
          cue,
          'quality.tooFastWords',
          { wpm: Math.round(wpm === Infinity ? 9999 : wpm), max: profile.maxWordsPerMinute, seconds: needed },
          fixes,
        )
  },
  'too-short': ({ cue, next, profile }) => {
    const duration = cue.endMs - cue.startMs
    if (duration >= profile.minDurationMs || cue.text.trim() === '') return undefined
    const fixes: FixId[] = freeTimeAfter(cue, next, profile) > 0 ? ['extend-into-gap'] : []
    if (next) fixes.push('merge-with-next')
    return finding(
      'too-short',
      'warning',
      cue,
      'quality.tooShort',
      { seconds: oneDecimal(duration / 1000), target: oneDecimal(profile.minDurationMs / 1000) },
      fixes,
    )
  },
  'too-long': ({ cue, profile }) => {
    const duration = cue.endMs - cue.startMs
    return duration > profile.maxDurationMs && wordsOf(cue.text).length > 1
      ? finding(
          'too-long',
          'info',
          cue,
          'quality.tooLong',
          { seconds: oneDecimal(duration / 1000), max: oneDecimal(profile.maxDurationMs / 1000) },
          ['split'],
        )
      : undefined
  },
  'leftover-tags': ({ cue }) =>
    cue.text.match(LEFTOVER_TAGS)
      ? finding('leftover-tags', 'warning', cue, 'quality.leftoverTags', { code: cue.text.match(LEFTOVER_TAGS)![0] }, [
          'remove-tags',
        ])
      : undefined,
  'long-silence': ({ cue }) => {
    const words = cue.words ?? []
    for (let i = 1; i < words.length; i++) {
      const gap = words[i]!.startMs - words[i - 1]!.endMs
      if (gap >= SILENCE_MS)
        return finding(
          'long-silence',
          'info',
          cue,
          'quality.longSilence',
          { seconds: oneDecimal(gap / 1000), word: words[i]!.text },
          ['split'],
        )
    }
    return undefined
  },
  'unmarked-speaker-change': ({ cue }) => {
    const line = cue.text
      .split('\n')
      .slice(1)
      .find((l) => MID_CUE_SPEAKER.test(l))
    return line
      ? finding('unmarked-speaker-change', 'warning', cue, 'quality.unmarkedSpeakerChange', { line }, ['split'])
      : undefined
  },
  'description-brackets': ({ cue }) =>
    cue.kind === 'description' && cue.text.trim() !== '' && !/^\[[\s\S]*\]$/.test(cue.text.trim())
      ? finding('description-brackets', 'warning', cue, 'quality.descriptionBrackets', {}, ['add-brackets'])
      : undefined,
  'glossary-term': () => undefined, // needs the glossary: see checks.ts
  'doubled-word': ({ cue }) => {
    DOUBLED_WORD.lastIndex = 0
    const m = DOUBLED_WORD.exec(cue.text)
    return m
      ? finding('doubled-word', 'info', cue, 'quality.doubledWord', { word: m[1]! }, ['remove-doubled-word'])
      : undefined
  },
}
