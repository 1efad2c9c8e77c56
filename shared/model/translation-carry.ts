/**
 * How the master's edits carry to its translations. Times need nothing (a translation has none of
 * its own); splits, merges, deletions, new wording and wholesale replacements (a tidy-up) change
 * which captions a translation belongs to. A translation is never split by guesswork and never
 * silently dropped while a caption it belonged to remains: it is marked "needs checking" instead.
 */

import type { Cue } from './cue'
import type { CaptionDocument } from './document'
import type { CueId } from './ids'
import type { TranslatedCue, TranslationTrack } from './document'
import { inMasterOrder, translationIndex } from './translation'

type Tracks = readonly TranslationTrack[]

/** Applies `change` to every track; the document is returned as it is when no track changed. */
function mapTracks(doc: CaptionDocument, change: (track: TranslationTrack) => TranslationTrack): CaptionDocument {
  const tracks = doc.translations
  if (!tracks || tracks.length === 0) return doc
  let changed = false
  const next = tracks.map((track) => {
    const after = change(track)
    if (after !== track) changed = true
    return after
  })
  return changed ? { ...doc, translations: next } : doc
}

const replaceEntry = (
  track: TranslationTrack,
  old: TranslatedCue,
  next: TranslatedCue | undefined,
): TranslationTrack => ({
  ...track,
  cues: next ? track.cues.map((e) => (e === old ? next : e)) : track.cues.filter((e) => e !== old),
})

/** Keeps the tracks of `before` on `after` (an edit built a new document from cues). */
export function keepTranslations(before: CaptionDocument, after: CaptionDocument): CaptionDocument {
  return before.translations && !after.translations ? { ...after, translations: before.translations } : after
}

/** Drops links to captions that no longer exist, and translations left with none. */
export function dropMissingSources(doc: CaptionDocument): CaptionDocument {
  if (!doc.translations?.length) return doc
  const ids = new Set<string>(doc.cues.map((c) => c.id))
  return mapTracks(doc, (track) => {
    if (track.cues.every((e) => e.sourceIds.every((id) => ids.has(id)))) return track
    const cues = track.cues
      .map((e) =>
        e.sourceIds.every((id) => ids.has(id)) ? e : { ...e, sourceIds: e.sourceIds.filter((id) => ids.has(id)) },
      )
      .filter((e) => e.sourceIds.length > 0)
    return { ...track, cues }
  })
}

/** After `originalId` was split and its second part became `newId`: the translation spans both and needs checking. */
export function carrySplit(doc: CaptionDocument, originalId: CueId, newId: CueId): CaptionDocument {
  return mapTracks(doc, (track) => {
    const entry = translationIndex(track).get(originalId)
    if (!entry) return track
    const sourceIds = entry.sourceIds.flatMap((id) => (id === originalId ? [id, newId] : [id]))
    return replaceEntry(track, entry, { sourceIds, text: entry.text, needsCheck: true })
  })
}

/**
 * After `goneId` was merged into `keptId`: their translations join in the same way (text on a new
 * line). When both already shared one translation the merge only tidies the link; otherwise the
 * joined translation needs checking.
 */
export function carryMerge(doc: CaptionDocument, keptId: CueId, goneId: CueId): CaptionDocument {
  return mapTracks(doc, (track) => {
    const index = translationIndex(track)
    const kept = index.get(keptId)
    const gone = index.get(goneId)
    if (!kept && !gone) return track
    if (kept && kept === gone)
      return replaceEntry(track, kept, { ...kept, sourceIds: kept.sourceIds.filter((id) => id !== goneId) })
    const sourceIds = [...(kept?.sourceIds ?? [keptId]), ...(gone?.sourceIds ?? [])].filter((id) => id !== goneId)
    const text = [kept?.text, gone?.text].filter((t): t is string => !!t && t.trim() !== '').join('\n')
    const joined: TranslatedCue = { sourceIds: [...new Set(sourceIds)], text, needsCheck: true }
    const without = track.cues.filter((e) => e !== kept && e !== gone)
    return { ...track, cues: inMasterOrder([...without, joined], doc.cues) }
  })
}

/** True when two texts say the same words (spacing and line breaks aside): such an edit leaves translations as they are. */
export const sameWording = (a: string, b: string): boolean =>
  a === b || a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()

/** After the master's wording of `cueId` changed: its translation needs checking. */
export function carryTextEdit(doc: CaptionDocument, cueId: CueId): CaptionDocument {
  return mapTracks(doc, (track) => {
    const entry = translationIndex(track).get(cueId)
    return entry && !entry.needsCheck ? replaceEntry(track, entry, { ...entry, needsCheck: true }) : track
  })
}

/** The time span of a translation in `cues` (its first source's start to its last source's end). */
export function spanOf(
  entry: TranslatedCue,
  byId: ReadonlyMap<string, Cue>,
): { startMs: number; endMs: number } | undefined {
  const sources = entry.sourceIds.map((id) => byId.get(id)).filter((c): c is Cue => !!c)
  if (sources.length === 0) return undefined
  return { startMs: Math.min(...sources.map((c) => c.startMs)), endMs: Math.max(...sources.map((c) => c.endMs)) }
}

/**
 * Carries the translations of `before` to `after`, a document whose captions were replaced
 * wholesale (tidy-up, a restored version without tracks). Translations whose captions all remain
 * stay as they are; the others move to the new captions their time span overlaps most (or lies
 * nearest to), joined with what is already there, and need checking. No translated text is lost.
 */
export function carryTranslations(before: CaptionDocument, after: CaptionDocument): CaptionDocument {
  if (!before.translations?.length) return after
  if (after.translations) return after
  const oldById = new Map<string, Cue>(before.cues.map((c) => [c.id, c]))
  const newIds = new Set<string>(after.cues.map((c) => c.id))
  const tracks: Tracks = before.translations.map((track) => {
    const stay: TranslatedCue[] = []
    const moved = new Map<string, TranslatedCue>()
    for (const entry of track.cues) {
      if (entry.sourceIds.every((id) => newIds.has(id))) {
        stay.push(entry)
        continue
      }
      const span = spanOf(entry, oldById)
      const targets = span ? overlapping(after.cues, span) : []
      if (targets.length === 0) continue
      const key = targets[0]!.id
      const prior = moved.get(key)
      moved.set(key, {
        sourceIds: [...new Set([...(prior?.sourceIds ?? []), ...targets.map((c) => c.id)])],
        text: prior ? `${prior.text}\n${entry.text}` : entry.text,
        needsCheck: true,
      })
    }
    return { ...track, cues: inMasterOrder(mergeClaims([...stay, ...moved.values()]), after.cues) }
  })
  return { ...after, translations: tracks }
}

/** The captions of `cues` a span overlaps (or, when none does, the one whose start lies nearest). */
function overlapping(cues: readonly Cue[], span: { startMs: number; endMs: number }): Cue[] {
  const hit = cues.filter((c) => c.startMs < span.endMs && c.endMs > span.startMs)
  if (hit.length > 0 || cues.length === 0) return hit
  let best = cues[0]!
  for (const c of cues) if (Math.abs(c.startMs - span.startMs) < Math.abs(best.startMs - span.startMs)) best = c
  return [best]
}

/** Each caption belongs to at most one translation: translations that claim the same caption are joined. */
function mergeClaims(entries: readonly TranslatedCue[]): TranslatedCue[] {
  const owner = new Map<string, number>()
  const out: (TranslatedCue | undefined)[] = []
  for (const entry of entries) {
    const clash = entry.sourceIds.map((id) => owner.get(id)).find((i) => i !== undefined)
    if (clash === undefined) {
      entry.sourceIds.forEach((id) => owner.set(id, out.length))
      out.push(entry)
      continue
    }
    const host = out[clash]!
    const sourceIds = [...new Set([...host.sourceIds, ...entry.sourceIds])]
    out[clash] = { sourceIds, text: `${host.text}\n${entry.text}`, needsCheck: true }
    sourceIds.forEach((id) => owner.set(id, clash))
  }
  return out.filter((e): e is TranslatedCue => !!e)
}
