/**
 * Caption document → WebVTT that is always valid: padded hours, three-digit milliseconds,
 * escaped text (so `-->` never appears), voices as `<v Name>`, NOTE/STYLE/REGION kept.
 *
 * WebVTT cannot hold an empty line inside a cue or a NOTE (it would end the block), nor `-->` in a
 * NOTE, label or STYLE; such lines are dropped on write. A valid file also needs every cue to end
 * after it starts, so a zero-length cue is written 1 ms long, and old-style header lines
 * (`Kind: captions`) are not written. That is the normal form the round-trip tests use.
 */

import type { Cue } from '../../model/cue'
import type { CaptionDocument } from '../../model/document'
import { findSpeaker } from '../../model/speaker'
import type { SerializeOptions } from '../types'
import { escapeAnnotation, escapeCueText } from './cue-text'
import { normaliseSettings } from './settings'
import { formatVttTimestamp } from './timestamp'

/** Lines of a free-text block with the lines WebVTT cannot hold removed. */
export function blockSafeLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line !== '' && !line.includes('-->'))
}

/** A cue label is kept only when WebVTT can hold it and it is unique. */
function validLabel(label: string | undefined, used: Set<string>): string | undefined {
  if (!label || label.includes('-->') || /[\r\n]/.test(label) || used.has(label)) return undefined
  used.add(label)
  return label
}

function header(doc: CaptionDocument): string {
  const raw = doc.meta?.vttHeader ?? ''
  if (raw === '') return 'WEBVTT'
  // Only the signature line's own text is valid WebVTT; later header lines were a draft feature.
  const first = raw.split('\n')[0] ?? ''
  const firstLine = first === '' || /^[ \t]/.test(first) ? first : ` ${first}`
  return `WEBVTT${firstLine.includes('-->') ? '' : firstLine}`
}

function noteBlock(note: string): string | undefined {
  const lines = note.split('\n')
  const [first = '', ...rest] = lines
  // The first line follows "NOTE " directly; the rest are lines of their own.
  const safeRest = blockSafeLines(rest.join('\n'))
  if (first.includes('-->')) return safeRest.length ? `NOTE\n${safeRest.join('\n')}` : 'NOTE'
  return [first === '' ? 'NOTE' : `NOTE ${first}`, ...safeRest].join('\n')
}

/** The payload lines of a cue: escaped text with a voice span when it has a speaker. */
export function cuePayload(cue: Cue, doc: CaptionDocument, includeSpeakers: boolean): string {
  const text = cue.text
    .split('\n')
    .filter((line) => line !== '')
    .map(escapeCueText)
    .join('\n')
  const speaker = includeSpeakers ? findSpeaker(doc.speakers, cue.speakerId) : undefined
  const name = speaker ? escapeAnnotation(speaker.name) : ''
  return name ? `<v ${name}>${text}` : text
}

/** Writes a document as WebVTT. */
export function serializeWebVtt(doc: CaptionDocument, options: SerializeOptions = {}): string {
  const includeSpeakers = options.includeSpeakers ?? true
  const blocks: string[] = [header(doc)]
  for (const css of doc.meta?.styles ?? []) blocks.push(['STYLE', ...blockSafeLines(css)].join('\n'))
  for (const region of doc.meta?.regions ?? []) blocks.push(['REGION', ...blockSafeLines(region)].join('\n'))
  const usedLabels = new Set<string>()
  for (const cue of doc.cues) {
    if (cue.note !== undefined) blocks.push(noteBlock(cue.note)!)
    const label = validLabel(cue.label, usedLabels)
    const settings = cue.settings ? normaliseSettings(cue.settings) : ''
    const timing = `${formatVttTimestamp(cue.startMs)} --> ${formatVttTimestamp(Math.max(cue.startMs + 1, cue.endMs))}${settings ? ` ${settings}` : ''}`
    const payload = cuePayload(cue, doc, includeSpeakers)
    blocks.push([...(label ? [label] : []), timing, ...(payload ? [payload] : [])].join('\n'))
  }
  if (doc.meta?.trailingNote !== undefined) blocks.push(noteBlock(doc.meta.trailingNote)!)
  return `${blocks.join('\n\n')}\n`
}
