import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { WebVTTParser as WebVttParserClass } from 'webvtt-parser'
import { describe, expect, it } from 'vitest'
import { parseCaptionJson } from '../../../shared/formats/json'
import { trackVtt } from '../../../shared/transcript/tracks'
import { makeCue, makeDoc } from '../../helpers/builders'

const { WebVTTParser } = createRequire(import.meta.url)('webvtt-parser') as { WebVTTParser: typeof WebVttParserClass }
const w3c = (text: string, mode: 'subtitles' | 'chapters' | 'metadata') => new WebVTTParser().parse(text, mode)
const event = parseCaptionJson(
  readFileSync(path.resolve(import.meta.dirname, '../../fixtures/transcript/event.json'), 'utf8'),
).doc

describe('chapter and description tracks by the W3C parser', () => {
  it('chapters: one cue per heading, from its time to the next heading, valid in chapters mode', () => {
    const parsed = w3c(trackVtt(event, 'chapters'), 'chapters')
    expect(parsed.errors).toEqual([])
    const headings = event.cues.filter((c) => c.kind === 'heading')
    expect(parsed.cues.map((c) => c.text)).toEqual(headings.map((h) => h.text))
    expect(parsed.cues.map((c) => Math.round(c.startTime * 1000))).toEqual(headings.map((h) => h.startMs))
    expect(Math.round(parsed.cues[0]!.endTime * 1000)).toBe(headings[1]!.startMs)
    expect(Math.round(parsed.cues.at(-1)!.endTime * 1000)).toBe(Math.max(...event.cues.map((c) => c.endMs)))
  })

  it('descriptions: one cue per description, its text without the brackets, valid in metadata and subtitles modes', () => {
    const text = trackVtt(event, 'descriptions')
    for (const mode of ['metadata', 'subtitles'] as const) expect(w3c(text, mode).errors).toEqual([])
    const descriptions = event.cues.filter((c) => c.kind === 'description')
    expect(w3c(text, 'metadata').cues.map((c) => c.text)).toEqual(
      descriptions.map((d) => d.text.replace(/^\[|\]$/g, '')),
    )
    expect(w3c(text, 'metadata').cues.map((c) => Math.round(c.startTime * 1000))).toEqual(
      descriptions.map((d) => d.startMs),
    )
  })

  it('brackets and line breaks in a hand-made description and heading are taken out', () => {
    const doc = makeDoc([
      makeCue(1, '[Part one]', { kind: 'heading' }),
      makeCue(2, 'Hello.'),
      makeCue(3, '[A slide shows\nthe plan.]', { kind: 'description' }),
    ])
    expect(w3c(trackVtt(doc, 'chapters'), 'chapters').cues.map((c) => c.text)).toEqual(['Part one'])
    expect(w3c(trackVtt(doc, 'descriptions'), 'metadata').cues.map((c) => c.text)).toEqual(['A slide shows the plan.'])
  })

  it('the captions track leaves the headings out and keeps speech and descriptions', () => {
    const parsed = w3c(trackVtt(event, 'captions'), 'subtitles')
    expect(parsed.errors).toEqual([])
    expect(parsed.cues).toHaveLength(event.cues.filter((c) => c.kind !== 'heading').length)
  })
})
