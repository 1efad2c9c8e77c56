/** WebVTT → caption document: raw blocks interpreted into cues, speakers from voices, warnings with lines. */

import type { Cue } from '../../model/cue'
import { makeDocument, type DocumentMeta } from '../../model/document'
import { asCueId, asSpeakerId, type SpeakerId } from '../../model/ids'
import type { Speaker } from '../../model/speaker'
import type { ParseResult, ParseWarning } from '../types'
import { repairTiming } from '../timing-repairs'
import { readVttBlocks, type RawVttCue } from './blocks'
import { interpretCueText } from './cue-text'
import { normaliseSettings } from './settings'

/** Collects speakers by name in order of first appearance, with ids `s1, s2, …`. */
export class SpeakerCollector {
  private readonly byName = new Map<string, Speaker>()

  /** The id of the speaker with this name, adding the speaker on first sight. */
  idFor(name: string): SpeakerId {
    const key = name.trim().replace(/\s+/g, ' ')
    const found = this.byName.get(key.toLocaleLowerCase())
    if (found) return found.id
    const speaker: Speaker = { id: asSpeakerId(`s${this.byName.size + 1}`), name: key }
    this.byName.set(key.toLocaleLowerCase(), speaker)
    return speaker.id
  }

  /** Every speaker seen. */
  list(): Speaker[] {
    return [...this.byName.values()]
  }
}

/** Builds cues from raw cues; shared with importers that read WebVTT but interpret it differently. */
export function cuesFromRaw(raw: readonly RawVttCue[], speakers: SpeakerCollector, warnings: ParseWarning[]): { cues: Cue[]; cueLines: Map<string, number> } {
  const cues: Cue[] = []
  const cueLines = new Map<string, number>()
  const order = { previousStart: -1 }
  raw.forEach((r, index) => {
    const endMs = repairTiming(r.startMs, r.endMs, r.line, order, warnings)
    const interpreted = interpretCueText(r.payload, r.startMs, endMs)
    if (interpreted.unknownTags > 0) {
      warnings.push({ code: 'unknown-tags', line: r.line, message: 'Formatting codes that WebVTT does not know were removed from this caption.' })
    }
    const settings = normaliseSettings(r.settings)
    const id = asCueId(`c${index + 1}`)
    cueLines.set(id, r.line)
    // Built by assignment rather than spreads: this runs for every cue of hours-long files.
    const cue: { -readonly [K in keyof Cue]: Cue[K] } = { id, startMs: r.startMs, endMs, text: interpreted.text }
    if (interpreted.voice) cue.speakerId = speakers.idFor(interpreted.voice)
    if (interpreted.words) cue.words = interpreted.words
    if (settings) cue.settings = settings
    if (r.label !== undefined) cue.label = r.label
    if (r.note !== undefined) cue.note = r.note
    cues.push(cue)
  })
  return { cues, cueLines }
}

/** Parses a WebVTT file. */
export function parseWebVtt(text: string): ParseResult {
  const blocks = readVttBlocks(text)
  const warnings: ParseWarning[] = [...blocks.warnings]
  if (!blocks.hasSignature && blocks.cues.length === 0) {
    return {
      doc: makeDocument([]),
      warnings: [],
      fatal: { code: 'not-webvtt', line: 1, message: 'This is not a WebVTT file: it does not start with "WEBVTT" and has no caption timings.' },
    }
  }
  const speakers = new SpeakerCollector()
  const { cues, cueLines } = cuesFromRaw(blocks.cues, speakers, warnings)
  const meta: DocumentMeta = {
    ...(blocks.header !== '' ? { vttHeader: blocks.header } : {}),
    ...(blocks.styles.length ? { styles: blocks.styles } : {}),
    ...(blocks.regions.length ? { regions: blocks.regions } : {}),
    ...(blocks.trailingNote !== undefined ? { trailingNote: blocks.trailingNote } : {}),
  }
  const doc = makeDocument(cues, speakers.list(), Object.keys(meta).length ? meta : undefined)
  return { doc, warnings, cueLines }
}
