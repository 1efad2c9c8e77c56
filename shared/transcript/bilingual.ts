/**
 * A transcript in several languages at once (English and Welsh side by side, as Welsh public bodies
 * publish them). The master captions decide the structure: headings, speaker turns and paragraphs are
 * built from them once, and every other language fills the same blocks with the translations of the
 * same captions, so a paragraph in one language sits beside its own translation in the other.
 *
 * Clean verbatim is applied to English text only: its fillers ("er", "ah") are words in other
 * languages (Welsh "er" means "for" or "although").
 */

import type { CaptionDocument } from '../model/document'
import { documentLanguages, sameLanguage, translationTrack } from '../model/translation'
import { documentInLanguage } from '../model/translation-document'
import { bracketed, buildTranscript, oneLine, shortNames, type TranscriptOptions } from './builder'
import { cleanVerbatim } from './clean-verbatim'
import type { TranscriptSpeaker } from './transcript'

/** How the languages sit: side by side (a table per turn) or one after the other. */
export type BilingualLayout = 'columns' | 'blocks'

/** The layouts, for option parsing and menus. */
export const BILINGUAL_LAYOUTS: readonly BilingualLayout[] = ['columns', 'blocks']

/** One paragraph in every language (texts in the order of the transcript's languages; '' when untranslated). */
export type BilingualRow = Readonly<{ startMs: number; texts: readonly string[] }>

/** A block of a bilingual transcript; `texts` and `speakers` follow the transcript's languages. */
export type BilingualBlock = Readonly<
  | { type: 'heading' | 'description' | 'caption'; startMs: number; texts: readonly string[] }
  | { type: 'turn'; speakers?: readonly TranscriptSpeaker[]; firstAppearance: boolean; rows: readonly BilingualRow[] }
>

/** A whole transcript in several languages. */
export type BilingualTranscript = Readonly<{
  title: string
  introduction?: string
  /** BCP 47 tags, in the order the reader chose; the first is the page's language. */
  languages: readonly string[]
  layout: BilingualLayout
  blocks: readonly BilingualBlock[]
  timestamps: boolean
  videoUrl?: string
}>

/** Whether `language` is the master's own language or one of its translations. */
export function hasLanguage(doc: CaptionDocument, language: string): boolean {
  return documentLanguages(doc).some((l) => sameLanguage(l, language))
}

/** The tags in `languages` that the document has no captions in (empty when all are there). */
export function missingLanguages(doc: CaptionDocument, languages: readonly string[]): string[] {
  return languages.filter((l) => !hasLanguage(doc, l))
}

const isEnglish = (tag: string): boolean => /^en(-|$)/i.test(tag)

/** What one language contributes: its caption text by master cue id, and its speakers (roles translated). */
function languageSource(
  doc: CaptionDocument,
  language: string,
): { text: Map<string, string>; speakers: CaptionDocument['speakers']; master: boolean } {
  const master = !translationTrack(doc, language)
  const { doc: inLanguage } = documentInLanguage(doc, language)
  return { text: new Map(inLanguage.cues.map((c) => [c.id as string, c.text])), speakers: inLanguage.speakers, master }
}

/**
 * Builds the transcript of `doc` in `languages` (each the master's language or a translation; check
 * with `missingLanguages` first: an unknown tag is shown as the master's text).
 */
export function buildBilingualTranscript(
  doc: CaptionDocument,
  languages: readonly string[],
  options: TranscriptOptions & { layout?: BilingualLayout } = {},
): BilingualTranscript {
  const { doc: master } = documentInLanguage(doc)
  const t = buildTranscript(master, options)
  const sources = languages.map((l) => languageSource(doc, l))
  const names = shortNames(master.speakers)
  const clean = options.cleanVerbatim !== false
  const cueById = new Map(master.cues.map((c) => [c.id as string, c]))
  const textOf = (i: number, cueIds: readonly string[], fallback: string): string => {
    const source = sources[i]!
    if (source.master) return fallback
    const joined = cueIds
      .map((id) => source.text.get(id))
      .filter((x): x is string => x !== undefined)
      .map(oneLine)
      .join(' ')
    return clean && isEnglish(languages[i]!) ? cleanVerbatim(joined) : joined.replace(/\s+/g, ' ').trim()
  }
  const blocks: BilingualBlock[] = []
  for (const block of t.blocks) {
    if (block.type === 'turn') {
      const rows = block.paragraphs.map((p) => ({
        startMs: p.startMs,
        texts: languages.map((_, i) => textOf(i, p.cueIds ?? [], p.text)),
      }))
      const speakerId = cueById.get(block.paragraphs[0]?.cueIds?.[0] ?? '')?.speakerId
      const speakers = block.speaker
        ? sources.map((s) => {
            const role = s.speakers.find((x) => x.id === speakerId)?.role
            return {
              name: block.speaker!.name,
              shortName: names.get(speakerId ?? '') ?? block.speaker!.shortName,
              ...(role ? { role } : {}),
            }
          })
        : undefined
      blocks.push({ type: 'turn', ...(speakers ? { speakers } : {}), firstAppearance: block.firstAppearance, rows })
      continue
    }
    const cueId = block.cueId ?? ''
    const texts = languages.map((_, i) => {
      const raw = oneLine(textOf(i, [cueId], block.text))
      if (!raw || sources[i]!.master) return raw
      return block.type === 'heading'
        ? raw.replace(/^\[|\]$/g, '')
        : block.type === 'description'
          ? bracketed(raw)
          : raw
    })
    blocks.push({ type: block.type, startMs: block.startMs, texts })
  }
  return {
    title: t.title,
    ...(t.introduction ? { introduction: t.introduction } : {}),
    languages: [...languages],
    layout: options.layout ?? 'columns',
    blocks,
    timestamps: t.timestamps,
    ...(t.videoUrl ? { videoUrl: t.videoUrl } : {}),
  }
}
