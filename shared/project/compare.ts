/**
 * What differs between two versions of a project, as data: counts and a few examples the renderer
 * turns into plain words. Used for the version history ("3 captions changed since the last version")
 * and to compare two writers' projects when they conflict. Captions are matched by their stable id.
 */

import type { Cue } from '../model/cue'
import type { GlossaryEntry } from '../quality/glossary'
import type { Project } from './project-file'

/** How many examples of each kind are kept. */
export const MAX_EXAMPLES = 3

/** Longest example text kept, in characters (longer texts are cut around the first difference). */
export const EXAMPLE_LENGTH = 80

/** A before/after pair (a caption's text, a speaker's name, the title). */
export type BeforeAfter = Readonly<{ before: string; after: string }>

/** The differences between two projects, `before` → `after`. */
export type ProjectDifferences = Readonly<{
  /** Nothing differs that the editor would see. */
  same: boolean
  captions: Readonly<{
    /** How many captions each side holds. */
    before: number
    after: number
    added: number
    removed: number
    /** Captions whose words changed. */
    textChanged: number
    /** Captions whose start or end moved. */
    timingChanged: number
    /** Captions given to another speaker (or to none). */
    speakerChanged: number
    /** Captions that became, or stopped being, descriptions. Text changes of descriptions count here too. */
    descriptionsChanged: number
    /** The same for headings. */
    headingsChanged: number
    /** Texts of a few added captions. */
    addedExamples: readonly string[]
    /** Texts of a few removed captions. */
    removedExamples: readonly string[]
    /** A few text changes. */
    textExamples: readonly BeforeAfter[]
  }>
  speakers: Readonly<{ added: readonly string[]; removed: readonly string[]; renamed: readonly BeforeAfter[] }>
  glossary: Readonly<{ added: number; removed: number; changed: number }>
  /** The project's title, when it changed. */
  title?: BeforeAfter
}>

/** Describes how `after` differs from `before`. Pure; linear in the number of captions. */
export function compareProjects(before: Project, after: Project): ProjectDifferences {
  const captions = compareCaptions(before.doc.cues, after.doc.cues)
  const speakers = compareSpeakers(before, after)
  const glossary = compareGlossary(before.glossary, after.glossary)
  const title =
    (before.title ?? '') !== (after.title ?? '') ? { before: before.title ?? '', after: after.title ?? '' } : undefined
  const same =
    captions.added +
      captions.removed +
      captions.textChanged +
      captions.timingChanged +
      captions.speakerChanged +
      captions.descriptionsChanged +
      captions.headingsChanged ===
      0 &&
    speakers.added.length + speakers.removed.length + speakers.renamed.length === 0 &&
    glossary.added + glossary.removed + glossary.changed === 0 &&
    !title
  return { same, captions, speakers, glossary, ...(title ? { title } : {}) }
}

function compareCaptions(before: readonly Cue[], after: readonly Cue[]): ProjectDifferences['captions'] {
  const old = new Map(before.map((c) => [c.id as string, c]))
  const kept = new Set<string>()
  let added = 0,
    textChanged = 0,
    timingChanged = 0,
    speakerChanged = 0,
    descriptionsChanged = 0,
    headingsChanged = 0
  const addedExamples: string[] = []
  const textExamples: BeforeAfter[] = []
  const countKind = (a: Cue | undefined, b: Cue | undefined) => {
    const kinds = new Set([a?.kind, b?.kind])
    const changed = a?.kind !== b?.kind || a?.text !== b?.text
    if (!changed) return
    if (kinds.has('description')) descriptionsChanged++
    if (kinds.has('heading')) headingsChanged++
  }
  for (const cue of after) {
    const was = old.get(cue.id)
    if (!was) {
      added++
      if (addedExamples.length < MAX_EXAMPLES) addedExamples.push(excerpt(cue.text))
      countKind(undefined, cue)
      continue
    }
    kept.add(cue.id)
    if (was.text !== cue.text) {
      textChanged++
      if (textExamples.length < MAX_EXAMPLES) textExamples.push(changeExample(was.text, cue.text))
    }
    if (was.startMs !== cue.startMs || was.endMs !== cue.endMs) timingChanged++
    if (was.speakerId !== cue.speakerId) speakerChanged++
    countKind(was, cue)
  }
  const removedExamples: string[] = []
  let removed = 0
  for (const cue of before) {
    if (kept.has(cue.id)) continue
    removed++
    if (removedExamples.length < MAX_EXAMPLES) removedExamples.push(excerpt(cue.text))
    countKind(cue, undefined)
  }
  return {
    before: before.length,
    after: after.length,
    added,
    removed,
    textChanged,
    timingChanged,
    speakerChanged,
    descriptionsChanged,
    headingsChanged,
    addedExamples,
    removedExamples,
    textExamples,
  }
}

function compareSpeakers(before: Project, after: Project): ProjectDifferences['speakers'] {
  const old = new Map(before.doc.speakers.map((s) => [s.id as string, s]))
  const now = new Set(after.doc.speakers.map((s) => s.id as string))
  const added: string[] = []
  const renamed: BeforeAfter[] = []
  for (const speaker of after.doc.speakers) {
    const was = old.get(speaker.id)
    if (!was) added.push(speaker.name)
    else if (was.name !== speaker.name || (was.role ?? '') !== (speaker.role ?? ''))
      renamed.push({ before: was.name, after: speaker.name })
  }
  const removed = before.doc.speakers.filter((s) => !now.has(s.id)).map((s) => s.name)
  return { added, removed, renamed }
}

function compareGlossary(
  before: readonly GlossaryEntry[],
  after: readonly GlossaryEntry[],
): ProjectDifferences['glossary'] {
  const key = (e: GlossaryEntry) => (e.caseSensitive ? `=${e.from}` : `~${e.from.toLocaleLowerCase()}`)
  const old = new Map(before.map((e) => [key(e), e.to]))
  const now = new Map(after.map((e) => [key(e), e.to]))
  let added = 0,
    changed = 0
  for (const [k, to] of now) {
    if (!old.has(k)) added++
    else if (old.get(k) !== to) changed++
  }
  const removed = [...old.keys()].filter((k) => !now.has(k)).length
  return { added, removed, changed }
}

/** A text cut to {@link EXAMPLE_LENGTH} characters, lines joined. */
function excerpt(text: string, from = 0): string {
  const flat = text.replace(/\s*\n\s*/g, ' ')
  const start = Math.max(0, Math.min(from, flat.length - EXAMPLE_LENGTH))
  const cut = flat.slice(start, start + EXAMPLE_LENGTH)
  return `${start > 0 ? '…' : ''}${cut}${start + EXAMPLE_LENGTH < flat.length ? '…' : ''}`
}

/** Both texts cut at the same place, a little before their first difference, so the change shows. */
function changeExample(before: string, after: string): BeforeAfter {
  const a = before.replace(/\s*\n\s*/g, ' ')
  const b = after.replace(/\s*\n\s*/g, ' ')
  let common = 0
  while (common < a.length && common < b.length && a[common] === b[common]) common++
  const from = Math.max(0, common - 20)
  return { before: excerpt(a, from), after: excerpt(b, from) }
}
