// Mozilla vtt.js's parser suite (264 pairs). It was written against 2013–2016 drafts, so only what
// those drafts share with the current W3C spec is compared: the cues found, their ids, times and text.
// Cue settings are left out (old drafts: `align:middle` default, old region syntax).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVttBlocks } from '../../../../shared/formats/webvtt/index'

const dir = path.resolve(import.meta.dirname, '../../../fixtures/vttjs')
const pairs = readFileSync(path.join(dir, 'tests-map.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => row.split('\t'))
  .map(([method, vtt, json]) => ({ method: method!, vtt: vtt!, json: json! }))

type ExpectedCue = { id: string; startTime: number; endTime: number; text: string }

function compare(vttPath: string, jsonPath: string): string {
  const blocks = readVttBlocks(readFileSync(path.join(dir, vttPath), 'utf8'))
  const expected = (JSON.parse(readFileSync(path.join(dir, jsonPath), 'utf8')) as { cues: ExpectedCue[] }).cues
  const actual = blocks.cues.map((c) => ({
    id: c.label ?? '',
    startTime: c.startMs / 1000,
    endTime: c.endMs / 1000,
    text: c.payload,
  }))
  const want = expected.map(({ id, startTime, endTime, text }) => ({ id, startTime, endTime, text }))
  return JSON.stringify(actual) === JSON.stringify(want)
    ? ''
    : `expected ${JSON.stringify(want).slice(0, 300)}\n got ${JSON.stringify(actual).slice(0, 300)}`
}

/** Pairs where vtt.js follows an old draft that the current spec changed, with the reason. */
const DISAGREE_WITH_SPEC: Readonly<Record<string, string>> = {
  'cue-times/min-top-digits.vtt':
    'a three-digit first unit is hours in the spec, so 000:00.000 lacks seconds and is invalid',
  'cue-times/minimum-spots-over-sixty.vtt': 'same: 120:00.000 is hours:minutes with no seconds, invalid in the spec',
  'file-layout/header-no-new-line.vtt':
    'the spec ends the header at a line holding "-->" and reads that cue; old drafts dropped it',
  'integration/id.vtt':
    'after a lone "-->" line the spec starts a new block at the next timing line; vtt.js drops that cue',
  // Eglur is deliberately more tolerant than a browser here: a file with a damaged signature is still
  // imported, with a "missing WEBVTT" warning, rather than losing every caption in it.
  'file-layout/bom-garbage-data.vtt': 'imported with a warning instead of rejected (tolerant import)',
  'file-layout/bom-tab-webvtt.vtt': 'imported with a warning instead of rejected (tolerant import)',
  'file-layout/newline-before-webvtt.vtt': 'imported with a warning instead of rejected (tolerant import)',
  'file-layout/tab-after-bom-before-header.vtt': 'imported with a warning instead of rejected (tolerant import)',
}

describe('Mozilla vtt.js parsing suite (cues, ids, times and text)', () => {
  const results = pairs.map((p) => ({ ...p, error: compare(p.vtt, p.json) }))

  it.each(results.filter((r) => !(r.vtt in DISAGREE_WITH_SPEC)).map((r) => [r.vtt, r.error]))('%s', (_name, error) => {
    expect(error).toBe('')
  })

  it.each(Object.keys(DISAGREE_WITH_SPEC))('%s differs only for its documented reason', (name) => {
    expect(results.find((r) => r.vtt === name)!.error).not.toBe('')
  })

  it('agrees on every pair except the listed old-draft ones', () => {
    expect(pairs).toHaveLength(264)
    expect(results.filter((r) => r.error === '').length).toBe(264 - Object.keys(DISAGREE_WITH_SPEC).length)
  })
})
