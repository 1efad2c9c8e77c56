/**
 * Text tracks for the published video: WebVTT chapters (from headings), descriptions (from
 * description cues, without their brackets) and the captions themselves (headings left out: they
 * structure the transcript and the chapter list, and are not said or shown in the video).
 */

import { serializeWebVtt } from '../formats/webvtt/serialize'
import type { Cue } from '../model/cue'
import { makeDocument, type CaptionDocument } from '../model/document'
import { asCueId } from '../model/ids'
import { documentInLanguage } from '../model/translation-document'

/** The tracks Eglur writes beside a published video. */
export const TRACK_KINDS = ['captions', 'chapters', 'descriptions'] as const

/** One of TRACK_KINDS. */
export type TrackKind = (typeof TRACK_KINDS)[number]

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim()
const unbracketed = (text: string): string => oneLine(text).replace(/^\[\s*|\s*\]$/g, '')

/** Chapters: one cue per heading, lasting until the next heading (or the end of the captions). */
export function chaptersTrack(doc: CaptionDocument): CaptionDocument {
  const headings = doc.cues.filter((c) => c.kind === 'heading' && unbracketed(c.text))
  const end = doc.cues.reduce((m, c) => Math.max(m, c.endMs), 0)
  const cues: Cue[] = headings.map((h, i) => ({
    id: asCueId(`c${i + 1}`),
    startMs: h.startMs,
    endMs: Math.max(h.startMs + 1, headings[i + 1]?.startMs ?? end),
    text: unbracketed(h.text),
  }))
  return makeDocument(cues)
}

/** Descriptions: the description cues alone, their text without brackets, for a `kind="descriptions"` track. */
export function descriptionsTrack(doc: CaptionDocument): CaptionDocument {
  const descriptions = doc.cues.filter((c) => c.kind === 'description' && unbracketed(c.text))
  return makeDocument(
    descriptions.map((c, i) => ({
      id: asCueId(`c${i + 1}`),
      startMs: c.startMs,
      endMs: c.endMs,
      text: unbracketed(c.text),
    })),
  )
}

/** The captions track of a published video: every cue but the headings, with speakers as voices. */
export function captionsTrack(doc: CaptionDocument): CaptionDocument {
  return { ...doc, cues: doc.cues.filter((c) => c.kind !== 'heading') }
}

/** The WebVTT text of one track of a document. */
export function trackVtt(doc: CaptionDocument, kind: TrackKind): string {
  if (kind === 'chapters') return serializeWebVtt(chaptersTrack(doc))
  if (kind === 'descriptions') return serializeWebVtt(descriptionsTrack(doc))
  return serializeWebVtt(captionsTrack(doc))
}

/** The captions track in each of the document's translations (WebVTT, timed by the master), for `<track srclang>`. */
export function languageTracks(doc: CaptionDocument): { language: string; captions: string }[] {
  return (doc.translations ?? []).map((t) => ({
    language: t.language,
    captions: serializeWebVtt(captionsTrack(documentInLanguage(doc, t.language).doc)),
  }))
}
