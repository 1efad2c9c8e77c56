/** Text tracks for the published video: WebVTT chapters (from headings) and descriptions (from description cues). */

import type { Cue } from '../model/cue'
import { makeDocument, type CaptionDocument } from '../model/document'
import { asCueId } from '../model/ids'

/** Chapters: one cue per heading, lasting until the next heading (or the end of the captions). */
export function chaptersTrack(doc: CaptionDocument): CaptionDocument {
  const headings = doc.cues.filter((c) => c.kind === 'heading')
  const end = doc.cues.reduce((m, c) => Math.max(m, c.endMs), 0)
  const cues: Cue[] = headings.map((h, i) => ({
    id: asCueId(`c${i + 1}`),
    startMs: h.startMs,
    endMs: Math.max(h.startMs + 1, headings[i + 1]?.startMs ?? end),
    text: h.text.replace(/\s*\n\s*/g, ' ').replace(/^\[|\]$/g, ''),
  }))
  return makeDocument(cues)
}

/** Descriptions: the description cues alone, for a `kind="descriptions"` track. */
export function descriptionsTrack(doc: CaptionDocument): CaptionDocument {
  return makeDocument(doc.cues.filter((c) => c.kind === 'description').map((c, i) => ({ id: asCueId(`c${i + 1}`), startMs: c.startMs, endMs: c.endMs, text: c.text })))
}
