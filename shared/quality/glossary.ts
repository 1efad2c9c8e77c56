/** The project glossary: names and terms that automated captions get wrong, fixed everywhere at once. */

import type { CaptionDocument } from '../model/document'
import type { CueId } from '../model/ids'
import { findAll, replaceAll, type FindMatch, type ReplacePreview } from '../edit/find-replace'

/** One glossary entry: what automated captions write, and what it should be. */
export type GlossaryEntry = Readonly<{
  /** The wrong form ("co production"); matched as a whole phrase, any case, across line breaks. */
  from: string
  /** The right form ("co-production"). */
  to: string
  /** Match case exactly (default: no). */
  caseSensitive?: boolean
}>

/** Where each glossary entry still matches. */
export function findGlossaryMatches(
  doc: CaptionDocument,
  glossary: readonly GlossaryEntry[],
): Array<FindMatch & { entry: GlossaryEntry }> {
  return glossary.flatMap((entry) =>
    findAll(doc, { text: entry.from, wholeWord: true, caseSensitive: entry.caseSensitive ?? false }).map((m) => ({
      ...m,
      entry,
    })),
  )
}

/** Applies the glossary (to all cues, or only `onlyCues`), returning the new document and a preview. */
export function applyGlossary(
  doc: CaptionDocument,
  glossary: readonly GlossaryEntry[],
  onlyCues?: ReadonlySet<CueId>,
): { doc: CaptionDocument; changes: ReplacePreview[]; count: number } {
  let current = doc
  const changes = new Map<CueId, ReplacePreview>()
  let count = 0
  for (const entry of glossary) {
    if (entry.from.trim() === '' || entry.from === entry.to) continue
    const result = replaceAll(
      current,
      { text: entry.from, wholeWord: true, caseSensitive: entry.caseSensitive ?? false },
      entry.to,
      onlyCues,
    )
    for (const change of result.changes) {
      const earlier = changes.get(change.cueId)
      changes.set(change.cueId, {
        cueId: change.cueId,
        before: earlier?.before ?? change.before,
        after: change.after,
        count: (earlier?.count ?? 0) + change.count,
      })
    }
    count += result.count
    current = result.doc
  }
  return { doc: current, changes: [...changes.values()], count }
}
