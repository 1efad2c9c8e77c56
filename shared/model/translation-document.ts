/**
 * One language of a document as a caption document of its own, for export, the video's captions
 * and the quality checks: the master's times, speakers and kinds, that language's text and roles.
 */

import type { Cue } from './cue'
import { makeDocument, type CaptionDocument } from './document'
import type { Speaker } from './speaker'
import { sameLanguage, translationTrack } from './translation'
import { spanOf } from './translation-carry'

/** A language's captions, and how many master captions had no translation (left out). */
export type LanguageDocument = Readonly<{ doc: CaptionDocument; untranslated: number }>

/**
 * The document in `language`. The master's own language (or no language) gives the master without
 * translations; a translation gives one cue per translation, timed by its source captions (ids are
 * the first source's, so a check's finding leads back to the master caption). The WebVTT header
 * names the language on the signature line (`WEBVTT Language: cy`), the one header text the W3C
 * rules accept.
 */
export function documentInLanguage(doc: CaptionDocument, language?: string): LanguageDocument {
  const { translations: _all, ...master } = doc
  const own = !language || (doc.meta?.language !== undefined && sameLanguage(doc.meta.language, language))
  const track = own ? undefined : translationTrack(doc, language)
  if (!track) {
    const tag = language ?? doc.meta?.language
    return { doc: tag ? { ...master, meta: languageMeta(doc, tag) } : master, untranslated: 0 }
  }
  const byId = new Map<string, Cue>(doc.cues.map((c) => [c.id, c]))
  const cues: Cue[] = []
  for (const entry of track.cues) {
    const first = byId.get(entry.sourceIds[0] ?? '')
    const span = spanOf(entry, byId)
    if (!first || !span || entry.text.trim() === '') continue
    cues.push({
      id: first.id,
      startMs: span.startMs,
      endMs: span.endMs,
      text: entry.text,
      ...(first.kind ? { kind: first.kind } : {}),
      ...(first.speakerId ? { speakerId: first.speakerId } : {}),
      ...(first.settings ? { settings: first.settings } : {}),
    })
  }
  const covered = new Set(track.cues.filter((e) => e.text.trim() !== '').flatMap((e) => e.sourceIds))
  const untranslated = doc.cues.filter((c) => c.text.trim() !== '' && !covered.has(c.id)).length
  const speakers: Speaker[] = doc.speakers.map((s) => {
    const role = track.roles?.[s.id]
    return role ? { ...s, role } : s
  })
  return { doc: makeDocument(cues, speakers, languageMeta(doc, track.language)), untranslated }
}

/** The master's metadata with `language` set and named on the WebVTT signature line. */
function languageMeta(doc: CaptionDocument, language: string): CaptionDocument['meta'] {
  const { vttHeader: _header, ...rest } = doc.meta ?? {}
  return { ...rest, language, vttHeader: `Language: ${language}` }
}
