/**
 * Pure edit operations on a caption document.
 *
 * Each returns a new document (or the same one when nothing changed), keeps cues sorted by start
 * and never produces negative times or a cue that ends before it starts.
 */

import { asCueId, asSpeakerId, idAllocator, type CueId, type SpeakerId } from './ids'
import { makeDocument, type CaptionDocument } from './document'
import type { Cue, Word } from './cue'
import type { Speaker } from './speaker'
import { toMs } from './time'
import { carryMerge, carrySplit, dropMissingSources, keepTranslations } from './translation-carry'

/** Fields of a cue an edit may change (the id never changes). */
export type CuePatch = Partial<Omit<Cue, 'id'>>

/** The document with new cues (sorted), keeping its speakers, metadata and translations. */
const withCues = (doc: CaptionDocument, cues: readonly Cue[]): CaptionDocument =>
  keepTranslations(doc, makeDocument(cues, doc.speakers, doc.meta))

const indexOfCue = (doc: CaptionDocument, id: CueId): number => doc.cues.findIndex((c) => c.id === id)

/** Clamps times to integers with start ≥ 0 and end ≥ start. */
function normaliseTimes<T extends { startMs: number; endMs: number }>(cue: T): T {
  const startMs = toMs(cue.startMs)
  const endMs = Math.max(startMs, toMs(cue.endMs))
  return startMs === cue.startMs && endMs === cue.endMs ? cue : { ...cue, startMs, endMs }
}

/** Drops optional keys whose value is undefined, so equal documents compare equal. */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v
  return out as T
}

/** Applies `patch` to the cue with `id`. */
export function updateCue(doc: CaptionDocument, id: CueId, patch: CuePatch): CaptionDocument {
  const index = indexOfCue(doc, id)
  if (index < 0) return doc
  const next = normaliseTimes(compact({ ...doc.cues[index]!, ...patch }))
  const cues = [...doc.cues]
  cues[index] = next
  return withCues(doc, cues)
}

/** Replaces the cues with these ids by the given versions in one step (used by drags of shared edges). */
export function updateCues(doc: CaptionDocument, patches: ReadonlyMap<CueId, CuePatch>): CaptionDocument {
  if (patches.size === 0) return doc
  const cues = doc.cues.map((cue) => {
    const patch = patches.get(cue.id)
    return patch ? normaliseTimes(compact({ ...cue, ...patch })) : cue
  })
  return withCues(doc, cues)
}

/** A fresh cue id not used in `doc`. */
export function newCueId(doc: CaptionDocument): CueId {
  return asCueId(
    idAllocator(
      'c',
      doc.cues.map((c) => c.id),
    )(),
  )
}

/** Inserts a cue (its id must be new; use `newCueId`). */
export function insertCue(doc: CaptionDocument, cue: Cue): CaptionDocument {
  return withCues(doc, [...doc.cues, normaliseTimes(cue)])
}

/** Removes the cues with the given ids. */
export function deleteCues(doc: CaptionDocument, ids: Iterable<CueId>): CaptionDocument {
  const gone = new Set(ids)
  const cues = doc.cues.filter((c) => !gone.has(c.id))
  return cues.length === doc.cues.length ? doc : dropMissingSources(withCues(doc, cues))
}

/** Where a split happens: a character offset in the cue text. */
export type SplitAt = Readonly<{ textOffset: number }>

/**
 * Splits a cue at a character offset.
 *
 * The split time comes from word timings when the cue has them (the first word after the cursor
 * starts the second cue), otherwise from the share of characters before the cursor.
 */
export function splitCue(doc: CaptionDocument, id: CueId, at: SplitAt): CaptionDocument {
  const index = indexOfCue(doc, id)
  if (index < 0) return doc
  const cue = doc.cues[index]!
  const offset = Math.max(0, Math.min(cue.text.length, at.textOffset))
  const before = cue.text.slice(0, offset).trim()
  const after = cue.text.slice(offset).trim()
  if (before === '' || after === '') return doc
  const wordsBefore = countWords(before)
  const { splitMs, firstWords, secondWords } = splitTiming(cue, before, after, wordsBefore)
  const first: Cue = compact({ ...cue, endMs: splitMs, text: before, words: firstWords })
  const second: Cue = compact({
    ...cue,
    id: newCueId(doc),
    startMs: splitMs,
    text: after,
    words: secondWords,
    label: undefined,
    note: undefined,
  })
  const cues = [...doc.cues]
  cues.splice(index, 1, first, second)
  return carrySplit(withCues(doc, cues), cue.id, second.id)
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length

function splitTiming(
  cue: Cue,
  before: string,
  after: string,
  wordsBefore: number,
): { splitMs: number; firstWords?: readonly Word[]; secondWords?: readonly Word[] } {
  const words = cue.words
  if (words && words.length > wordsBefore && wordsBefore > 0) {
    const splitMs = Math.min(cue.endMs, Math.max(cue.startMs, words[wordsBefore]!.startMs))
    return { splitMs, firstWords: words.slice(0, wordsBefore), secondWords: words.slice(wordsBefore) }
  }
  const share = before.length / (before.length + after.length)
  return { splitMs: cue.startMs + Math.round((cue.endMs - cue.startMs) * share) }
}

/** Merges the cue with the one after it: text joined by a line break, times spanning both. */
export function mergeWithNext(doc: CaptionDocument, id: CueId): CaptionDocument {
  const index = indexOfCue(doc, id)
  if (index < 0 || index + 1 >= doc.cues.length) return doc
  const a = doc.cues[index]!
  const b = doc.cues[index + 1]!
  const words = a.words && b.words ? [...a.words, ...b.words] : undefined
  const merged: Cue = compact({
    ...a,
    endMs: Math.max(a.endMs, b.endMs),
    text: joinText(a.text, b.text),
    words,
    speakerId: a.speakerId ?? b.speakerId,
  })
  const cues = [...doc.cues]
  cues.splice(index, 2, merged)
  return carryMerge(withCues(doc, cues), a.id, b.id)
}

/** Merges the cue with the one before it. */
export function mergeWithPrevious(doc: CaptionDocument, id: CueId): CaptionDocument {
  const index = indexOfCue(doc, id)
  return index > 0 ? mergeWithNext(doc, doc.cues[index - 1]!.id) : doc
}

function joinText(a: string, b: string): string {
  if (a.trim() === '') return b
  if (b.trim() === '') return a
  return `${a}\n${b}`
}

/** Moves one cue's start and end by `deltaMs` (clamped at zero). */
export function nudgeCue(
  doc: CaptionDocument,
  id: CueId,
  edge: 'start' | 'end' | 'both',
  deltaMs: number,
): CaptionDocument {
  const cue = doc.cues[indexOfCue(doc, id)]
  if (!cue) return doc
  const startMs = edge === 'end' ? cue.startMs : Math.max(0, cue.startMs + deltaMs)
  const endMs = edge === 'start' ? Math.max(startMs, cue.endMs) : Math.max(startMs, cue.endMs + deltaMs)
  return updateCue(doc, id, { startMs, endMs, words: shiftWords(cue.words, edge === 'both' ? deltaMs : 0) })
}

/** Shifts the cue with `fromId` and every cue after it by `deltaMs` (times clamp at zero). */
export function shiftCuesFrom(doc: CaptionDocument, fromId: CueId, deltaMs: number): CaptionDocument {
  const index = indexOfCue(doc, fromId)
  if (index < 0 || deltaMs === 0) return doc
  const cues = doc.cues.map((cue, i) =>
    i < index
      ? cue
      : normaliseTimes(
          compact({
            ...cue,
            startMs: cue.startMs + deltaMs,
            endMs: cue.endMs + deltaMs,
            words: shiftWords(cue.words, deltaMs),
          }),
        ),
  )
  return withCues(doc, cues)
}

function shiftWords(words: readonly Word[] | undefined, deltaMs: number): readonly Word[] | undefined {
  if (!words || deltaMs === 0) return words
  return words.map((w) => ({ ...w, startMs: toMs(w.startMs + deltaMs), endMs: toMs(w.endMs + deltaMs) }))
}

/** Sets (or clears, with `undefined`) the speaker of the given cues. */
export function assignSpeaker(
  doc: CaptionDocument,
  ids: Iterable<CueId>,
  speakerId: SpeakerId | undefined,
): CaptionDocument {
  const patches = new Map<CueId, CuePatch>()
  for (const id of ids) patches.set(id, { speakerId })
  return updateCues(doc, patches)
}

/** Adds a speaker with a fresh id and returns the document and that id. */
export function addSpeaker(
  doc: CaptionDocument,
  name: string,
  role?: string,
): { doc: CaptionDocument; speakerId: SpeakerId } {
  const speakerId = asSpeakerId(
    idAllocator(
      's',
      doc.speakers.map((s) => s.id),
    )(),
  )
  const speaker: Speaker = role
    ? { id: speakerId, name: name.trim(), role: role.trim() }
    : { id: speakerId, name: name.trim() }
  return { doc: { ...doc, speakers: [...doc.speakers, speaker] }, speakerId }
}

/** Renames a speaker (and optionally changes the role): every cue follows, since cues hold the id. */
export function updateSpeaker(
  doc: CaptionDocument,
  id: SpeakerId,
  patch: Partial<Omit<Speaker, 'id'>>,
): CaptionDocument {
  const speakers = doc.speakers.map((s) => (s.id === id ? compact({ ...s, ...patch }) : s))
  return { ...doc, speakers }
}

/** Removes a speaker and clears it from every cue. */
export function removeSpeaker(doc: CaptionDocument, id: SpeakerId): CaptionDocument {
  const cues = doc.cues.map((c) => (c.speakerId === id ? compact({ ...c, speakerId: undefined }) : c))
  return { ...doc, cues, speakers: doc.speakers.filter((s) => s.id !== id) }
}
