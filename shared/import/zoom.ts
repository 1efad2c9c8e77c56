/**
 * Zoom cloud-recording transcripts: WebVTT with numbered cues and `Name: words` text. Names become
 * the speaker list; the prefix leaves the text. Detection needs most cues to start with one of a few
 * recurring names, so ordinary captions such as "Note: …" are not mistaken for speakers.
 */

import { makeDocument } from '../model/document'
import { readVttBlocks, cuesFromRaw, SpeakerCollector, type RawVttCue } from '../formats/webvtt/index'
import type { CaptionFormat, ParseResult, ParseWarning } from '../formats/types'

const PREFIX = /^([^:\n<>]{1,60}?):[ \t]+/

/** The speaker prefix of a cue payload, if any. */
function prefixOf(cue: RawVttCue): string | undefined {
  return PREFIX.exec(cue.payload)?.[1]?.trim()
}

/** True when most cues start with a recurring `Name: ` prefix. */
export function looksLikeZoom(text: string): boolean {
  if (!/^\ufeff?WEBVTT/.test(text)) return false
  const { cues } = readVttBlocks(text.slice(0, 100_000))
  if (cues.length < 2) return false
  const counts = new Map<string, number>()
  let prefixed = 0
  for (const cue of cues) {
    const name = prefixOf(cue)
    if (name) {
      prefixed++
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  const recurring = [...counts.values()].filter((n) => n >= 2).reduce((a, b) => a + b, 0)
  return prefixed >= cues.length * 0.6 && recurring >= prefixed * 0.5 && counts.size <= Math.max(3, cues.length / 2)
}

/** Imports a Zoom transcript. */
export function parseZoom(text: string): ParseResult {
  const blocks = readVttBlocks(text)
  const warnings: ParseWarning[] = [...blocks.warnings]
  const speakers = new SpeakerCollector()
  const stripped = blocks.cues.map((cue) => {
    const name = prefixOf(cue)
    // Zoom's numeric cue ids are positions, not names: they are not kept as labels.
    const { label: _label, ...rest } = cue
    if (!name) return { ...rest, speaker: undefined }
    // The name is cut from the start, so the payload still lies in the text: payloadAt moves past it.
    const payload = cue.payload.replace(PREFIX, '')
    return { ...rest, payload, payloadAt: cue.payloadAt + cue.payload.length - payload.length, speaker: name }
  })
  const { cues, cueLines } = cuesFromRaw(stripped, blocks.text, speakers, warnings)
  const withSpeakers = cues.map((cue, i) => {
    const name = stripped[i]!.speaker
    return name ? { ...cue, speakerId: speakers.idFor(name) } : cue
  })
  return { doc: makeDocument(withSpeakers, speakers.list()), warnings, cueLines }
}

/** Zoom transcripts, import only. */
export const zoomFormat: CaptionFormat = {
  id: 'zoom',
  name: 'Zoom transcript',
  extensions: ['vtt'],
  detect: looksLikeZoom,
  parse: parseZoom,
}
