/**
 * Aligns captions in another language to the master by time overlap, as when YouTube gives one
 * caption file per language or a translator timed their own file.
 *
 * Each foreign caption is linked to the master captions it clearly overlaps (at least half of the
 * shorter of the two), or, failing that, to the one it overlaps most. Linked captions form groups
 * (one master caption with two foreign lines, one foreign line across two master captions); each
 * group becomes one translation. Groups that are not one-to-one by clear overlap need checking.
 * Foreign captions that overlap nothing are reported, with their line in the file.
 */

import type { Cue } from '../model/cue'
import { cueIndexAt, type CaptionDocument } from '../model/document'
import type { CueId } from '../model/ids'
import type { TranslatedCue } from '../model/document'
import { addLanguage, inMasterOrder, translationIndex, translationTrack, withTrack } from '../model/translation'

/** A foreign caption that matched no master caption. */
export type UnmatchedCaption = Readonly<{ line?: number; startMs: number; endMs: number; text: string }>

/** What aligning did, for the import report. */
export type AlignmentReport = Readonly<{
  /** Foreign captions placed beside master captions. */
  matched: number
  /** Foreign captions that overlap no master caption (nothing was lost: the report lists their text). */
  unmatched: readonly UnmatchedCaption[]
  /** Translations that need checking (not a clear one-to-one match). */
  needsCheck: number
  /** Master captions still without a translation. */
  untranslated: number
}>

const overlapMs = (a: Cue, b: Cue): number => Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs))
const duration = (c: Cue): number => Math.max(1, c.endMs - c.startMs)

/** Master captions overlapping `f` (master is sorted by start; captions rarely last over a minute). */
function overlapsOf(master: readonly Cue[], f: Cue): Cue[] {
  const out: Cue[] = []
  let i = cueIndexAt(master, f.endMs)
  for (; i >= 0; i--) {
    const m = master[i]!
    if (m.endMs > f.startMs && m.startMs < Math.max(f.endMs, f.startMs + 1)) out.push(m)
    else if (m.endMs <= f.startMs && f.startMs - m.startMs > 600_000) break
  }
  return out.reverse()
}

/** Union-find over master ids, so linked captions end up in one group. */
function groupFinder() {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let root = x
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!
    parent.set(x, root)
    return root
  }
  const union = (a: string, b: string) => parent.set(find(a), find(b))
  return { find, union }
}

/**
 * Adds (or updates) the `language` track of `master` from `foreign`. Master captions the foreign
 * file does not reach keep any translation they had; the ones it reaches take the foreign text.
 */
export function alignTranslation(
  master: CaptionDocument,
  foreign: CaptionDocument,
  language: string,
  lineOf: (cue: Cue) => number | undefined = () => undefined,
): { doc: CaptionDocument; report: AlignmentReport } {
  const links = new Map<string, { masters: Cue[]; weak: boolean }>()
  const unmatched: UnmatchedCaption[] = []
  const groups = groupFinder()
  for (const f of foreign.cues) {
    if (f.text.trim() === '') continue
    const hits = overlapsOf(master.cues, f)
    const clear = hits.filter((m) => overlapMs(m, f) * 2 >= Math.min(duration(m), duration(f)))
    const chosen =
      clear.length > 0
        ? clear
        : hits.length > 0
          ? [hits.reduce((a, b) => (overlapMs(b, f) > overlapMs(a, f) ? b : a))]
          : []
    if (chosen.length === 0) {
      const line = lineOf(f)
      unmatched.push({ ...(line !== undefined ? { line } : {}), startMs: f.startMs, endMs: f.endMs, text: f.text })
      continue
    }
    links.set(f.id, { masters: chosen, weak: clear.length === 0 })
    for (const m of chosen.slice(1)) groups.union(m.id, chosen[0]!.id)
  }
  const byGroup = new Map<string, { masters: Set<CueId>; texts: string[]; foreignCount: number; weak: boolean }>()
  for (const f of foreign.cues) {
    const link = links.get(f.id)
    if (!link) continue
    const root = groups.find(link.masters[0]!.id)
    const group = byGroup.get(root) ?? { masters: new Set<CueId>(), texts: [], foreignCount: 0, weak: false }
    link.masters.forEach((m) => group.masters.add(m.id))
    group.texts.push(f.text)
    group.foreignCount++
    group.weak ||= link.weak
    byGroup.set(root, group)
  }
  const order = new Map<string, number>(master.cues.map((c, i) => [c.id, i]))
  const imported: TranslatedCue[] = [...byGroup.values()].map((g) => {
    const sourceIds = [...g.masters].sort((a, b) => order.get(a)! - order.get(b)!)
    const needsCheck = g.weak || (g.foreignCount > 1 && sourceIds.length > 1)
    return { sourceIds, text: g.texts.join('\n'), ...(needsCheck ? { needsCheck: true } : {}) }
  })
  const withLanguage = addLanguage(master, language)
  const track = translationTrack(withLanguage, language)
  if (!track) return { doc: master, report: { matched: 0, unmatched, needsCheck: 0, untranslated: master.cues.length } }
  const covered = new Set<string>(imported.flatMap((e) => e.sourceIds))
  const kept = track.cues.filter((e) => !e.sourceIds.some((id) => covered.has(id)))
  const cues = inMasterOrder([...kept, ...imported], master.cues)
  const doc = withTrack(withLanguage, { ...track, cues })
  const index = translationIndex({ ...track, cues })
  return {
    doc,
    report: {
      matched: links.size,
      unmatched,
      needsCheck: imported.filter((e) => e.needsCheck).length,
      untranslated: master.cues.filter((c) => c.text.trim() !== '' && !index.has(c.id)).length,
    },
  }
}
