/** WebVTT → caption document: raw blocks interpreted into cues, speakers from voices, warnings with lines. */

import type { Cue } from '../../model/cue'
import { makeDocument, type DocumentMeta } from '../../model/document'
import { asCueId, asSpeakerId, type SpeakerId } from '../../model/ids'
import type { Speaker } from '../../model/speaker'
import { CueLineMap } from '../cue-lines'
import type { ParseResult, ParseWarning } from '../types'
import { repairTiming } from '../timing-repairs'
import { readVttBlocks, type RawVttCue } from './blocks'
import { scanCueText } from './cue-text'
import { attachLazyWords } from './lazy-words'
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

type MutableCue = { -readonly [K in keyof Cue]: Cue[K] }

/**
 * Builds cues from raw cues; shared with importers that read WebVTT but interpret it differently.
 * `text` is the block reader's text, in which each raw cue's payload lies at its payloadAt.
 */
export function cuesFromRaw(
  raw: readonly RawVttCue[],
  text: string,
  speakers: SpeakerCollector,
  warnings: ParseWarning[],
): { cues: Cue[]; cueLines: CueLineMap } {
  const cues: Cue[] = []
  const lines: number[] = []
  const order = { previousStart: -1 }
  let rawSettings = ''
  let settings = ''
  for (let index = 0; index < raw.length; index++) {
    const r = raw[index]!
    const endMs = repairTiming(r.startMs, r.endMs, r.line, order, warnings)
    const scanned = scanCueText(r.payload, r.startMs, endMs, false)
    if (scanned.unknownTags > 0) {
      warnings.push({
        code: 'unknown-tags',
        line: r.line,
        message: 'Formatting codes that WebVTT does not know were removed from this caption.',
      })
    }
    // Consecutive cues usually share one settings string (the block reader reuses it): normalise it once.
    if (r.settings !== rawSettings) {
      rawSettings = r.settings
      settings = normaliseSettings(rawSettings)
    }
    const id = asCueId(`c${index + 1}`)
    lines.push(r.line)
    const speakerId = scanned.voice ? speakers.idFor(scanned.voice) : undefined
    // Built by assignment rather than spreads, and the commonest shape in one literal: this runs for
    // every cue of hours-long files. Key order stays id, times, text, speaker, words, settings, label, note.
    const simple = speakerId === undefined && !scanned.timed
    const cue: MutableCue =
      simple && settings
        ? { id, startMs: r.startMs, endMs, text: scanned.text, settings }
        : { id, startMs: r.startMs, endMs, text: scanned.text }
    if (speakerId !== undefined) cue.speakerId = speakerId
    if (scanned.timed) {
      // Word timings are most of the cost of reading stamped (YouTube) files, and many uses never need them.
      attachLazyWords(cue, {
        text,
        from: r.payloadAt,
        to: r.payloadAt + r.payload.length,
        startMs: r.startMs,
        endMs,
        words: undefined,
      })
    }
    if (settings && !simple) cue.settings = settings
    if (r.label !== undefined) cue.label = r.label
    if (r.note !== undefined) cue.note = r.note
    cues.push(cue)
  }
  return { cues, cueLines: new CueLineMap(cues, lines) }
}

/** Parses a WebVTT file. */
export function parseWebVtt(text: string): ParseResult {
  const blocks = readVttBlocks(text)
  const warnings: ParseWarning[] = [...blocks.warnings]
  if (!blocks.hasSignature && blocks.cues.length === 0) {
    return {
      doc: makeDocument([]),
      warnings: [],
      fatal: {
        code: 'not-webvtt',
        line: 1,
        message: 'This is not a WebVTT file: it does not start with "WEBVTT" and has no caption timings.',
      },
    }
  }
  const speakers = new SpeakerCollector()
  const { cues, cueLines } = cuesFromRaw(blocks.cues, blocks.text, speakers, warnings)
  const meta: DocumentMeta = {
    ...(blocks.header !== '' ? { vttHeader: blocks.header } : {}),
    ...(blocks.styles.length ? { styles: blocks.styles } : {}),
    ...(blocks.regions.length ? { regions: blocks.regions } : {}),
    ...(blocks.trailingNote !== undefined ? { trailingNote: blocks.trailingNote } : {}),
  }
  const doc = makeDocument(cues, speakers.list(), Object.keys(meta).length ? meta : undefined)
  return { doc, warnings, cueLines }
}
