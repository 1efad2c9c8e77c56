/**
 * Microsoft Teams transcripts: WebVTT whose cues carry `<v First Last>` voices and GUID-like
 * identifiers (`5fd7f1de-…/13-0`). Voices become the speaker list; the GUID identifiers are dropped
 * (they mean nothing to readers and would clutter exported files).
 */

import { makeDocument } from '../model/document'
import { readVttBlocks, cuesFromRaw, SpeakerCollector } from '../formats/webvtt/index'
import type { CaptionFormat, ParseResult, ParseWarning } from '../formats/types'

const TEAMS_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/\d+-\d+$/i

/** True when most cues have Teams-style identifiers and voice spans. */
export function looksLikeTeams(text: string): boolean {
  if (!/^\ufeff?WEBVTT/.test(text)) return false
  const { cues } = readVttBlocks(text.slice(0, 100_000))
  if (cues.length === 0) return false
  const teamsIds = cues.filter((c) => c.label !== undefined && TEAMS_ID.test(c.label)).length
  const voices = cues.filter((c) => /^<v[ \t]/.test(c.payload)).length
  return teamsIds >= cues.length * 0.6 && voices >= cues.length * 0.5
}

/** Imports a Teams transcript. */
export function parseTeams(text: string): ParseResult {
  const blocks = readVttBlocks(text)
  const warnings: ParseWarning[] = [...blocks.warnings]
  const speakers = new SpeakerCollector()
  const raw = blocks.cues.map(({ label, ...rest }) =>
    label !== undefined && TEAMS_ID.test(label) ? rest : { ...rest, ...(label !== undefined ? { label } : {}) },
  )
  const { cues, cueLines } = cuesFromRaw(raw, blocks.text, speakers, warnings)
  return { doc: makeDocument(cues, speakers.list()), warnings, cueLines }
}

/** Teams transcripts, import only. */
export const teamsFormat: CaptionFormat = {
  id: 'teams',
  name: 'Microsoft Teams transcript',
  extensions: ['vtt'],
  detect: looksLikeTeams,
  parse: parseTeams,
}
