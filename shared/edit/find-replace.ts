/** Find and replace across cue texts: whole word, case, regular expressions; replace-all with a preview. */

import type { CaptionDocument } from '../model/document'
import type { CueId } from '../model/ids'
import { updateCues, type CuePatch } from '../model/edits'

/** What to look for. */
export type FindQuery = Readonly<{
  /** The text (or regular expression source when `regex`). */
  text: string
  /** Match case exactly. */
  caseSensitive?: boolean
  /** Match whole words only. */
  wholeWord?: boolean
  /** Treat `text` as a regular expression (JavaScript syntax). */
  regex?: boolean
}>

/** One match inside one cue's text. */
export type FindMatch = Readonly<{
  cueId: CueId
  /** Character offset of the match in the cue text. */
  start: number
  /** Character offset just after the match. */
  end: number
}>

/** A query compiled to a RegExp, or the reason it cannot be. */
export type CompiledQuery =
  { ok: true; pattern: RegExp } | { ok: false; code: 'empty' | 'invalid-regex'; message: string }

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Compiles a query; an invalid regular expression gives a message instead of throwing. */
export function compileQuery(query: FindQuery): CompiledQuery {
  if (query.text === '') return { ok: false, code: 'empty', message: 'Nothing to find.' }
  // A space typed in plain text matches any run of white space, so "co production" also finds the
  // words when a caption line break falls between them.
  let source = query.regex ? query.text : escapeRegExp(query.text).replace(/\s+/g, '\\s+')
  // \b does not know letters outside ASCII (Welsh ŵ, ŷ): use Unicode-aware look-arounds instead.
  if (query.wholeWord) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`
  try {
    return { ok: true, pattern: new RegExp(source, `gu${query.caseSensitive ? '' : 'i'}`) }
  } catch (error) {
    return { ok: false, code: 'invalid-regex', message: (error as Error).message }
  }
}

/** Every match in document order. Empty matches (e.g. regex `a*`) are skipped. */
export function findAll(doc: CaptionDocument, query: FindQuery, limit = Infinity): FindMatch[] {
  const compiled = compileQuery(query)
  if (!compiled.ok) return []
  const matches: FindMatch[] = []
  for (const cue of doc.cues) {
    for (const m of cue.text.matchAll(compiled.pattern)) {
      if (m[0].length === 0) continue
      matches.push({ cueId: cue.id, start: m.index, end: m.index + m[0].length })
      if (matches.length >= limit) return matches
    }
  }
  return matches
}

/** One cue's text before and after a replace-all, for the preview. */
export type ReplacePreview = Readonly<{ cueId: CueId; before: string; after: string; count: number }>

/** The outcome of replace-all: the new document and what changed. */
export type ReplaceAllResult = Readonly<{ doc: CaptionDocument; changes: readonly ReplacePreview[]; count: number }>

/**
 * Replaces every match (or only those in `onlyCues`). With `regex`, `$1` etc. in the replacement
 * refer to groups, as in JavaScript; otherwise the replacement is literal.
 */
export function replaceAll(
  doc: CaptionDocument,
  query: FindQuery,
  replacement: string,
  onlyCues?: ReadonlySet<CueId>,
): ReplaceAllResult {
  const compiled = compileQuery(query)
  if (!compiled.ok) return { doc, changes: [], count: 0 }
  const literal = query.regex ? replacement : replacement.replace(/\$/g, '$$$$')
  const changes: ReplacePreview[] = []
  const patches = new Map<CueId, CuePatch>()
  let count = 0
  for (const cue of doc.cues) {
    if (onlyCues && !onlyCues.has(cue.id)) continue
    let n = 0
    const after = cue.text.replace(compiled.pattern, (...args: unknown[]) => {
      const whole = args[0] as string
      if (whole.length === 0) return whole
      n++
      return whole.replace(new RegExp(compiled.pattern.source, compiled.pattern.flags.replace('g', '')), literal)
    })
    if (n > 0 && after !== cue.text) {
      count += n
      changes.push({ cueId: cue.id, before: cue.text, after, count: n })
      // Word timings no longer match the words once text changes: keep them only if the word count holds.
      const words = cue.words && countWords(after) === cue.words.length ? cue.words : undefined
      patches.set(cue.id, { text: after, words })
    }
  }
  return { doc: updateCues(doc, patches), changes, count }
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length
