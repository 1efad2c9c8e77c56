import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../../shared/formats/index'
import { looksLikeZoom, parseZoom } from '../../../shared/import/zoom'
import { looksLikeTeams, parseTeams } from '../../../shared/import/teams'
import { findSpeaker } from '../../../shared/model'

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures/import', name), 'utf8')

describe('Zoom transcripts', () => {
  it('the real 300-cue transcript gives five speakers and text without name prefixes', () => {
    const { doc, warnings } = parseZoom(fixture('meeting001_transcript.vtt'))
    expect(warnings).toEqual([])
    expect(doc.cues).toHaveLength(300)
    expect(doc.speakers.map((s) => s.name).sort()).toEqual([
      'Andrew Knight',
      'George Harrison',
      'John Lennon',
      'Paul McCartney',
      'Ringo Starr',
    ])
    // Two cues in the real file have no "Name:" prefix; they stay without a speaker rather than guessed.
    expect(doc.cues.filter((c) => c.speakerId === undefined).map((c) => c.text)).toEqual(['And that', 'Yes. Okay.'])
    expect(doc.cues.some((c) => /^(Andrew Knight|Paul McCartney):/.test(c.text))).toBe(false)
    expect(findSpeaker(doc.speakers, doc.cues[0]!.speakerId)?.name).toBe('Andrew Knight')
    expect(doc.cues[0]!.text).toBe("Okay, so we're recording. We're streaming")
  })

  it('is detected by content, and captions with the odd "Note:" are not taken for Zoom', () => {
    expect(detectFormat(fixture('meeting001_transcript.vtt'), 'meeting.vtt')?.id).toBe('zoom')
    const plain =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nNote: this is important\n\n00:00:02.000 --> 00:00:03.000\nbecause it is\n\n00:00:03.000 --> 00:00:04.000\nand so on\n'
    expect(looksLikeZoom(plain)).toBe(false)
    expect(detectFormat(plain, 'x.vtt')?.id).toBe('vtt')
  })
})

describe('Microsoft Teams transcripts', () => {
  it('voices become speakers and GUID identifiers are dropped', () => {
    const { doc } = parseTeams(fixture('teams-synthetic.vtt'))
    expect(doc.speakers.map((s) => s.name)).toEqual(['Morwenna Foden', 'Beth Perry'])
    expect(doc.cues.map((c) => findSpeaker(doc.speakers, c.speakerId)?.name)).toEqual([
      'Morwenna Foden',
      'Beth Perry',
      'Beth Perry',
      'Morwenna Foden',
    ])
    expect(doc.cues.every((c) => c.label === undefined)).toBe(true)
    expect(doc.cues[1]!.text).toBe("Thanks, Morwenna. I'll start with what we mean by it.")
  })

  it('is detected, and a generated long Teams file with many speakers reads whole', () => {
    expect(looksLikeTeams(fixture('teams-synthetic.vtt'))).toBe(true)
    expect(detectFormat(fixture('teams-synthetic.vtt'), 'meeting.vtt')?.id).toBe('teams')
    const names = ['Ann Jones', 'Bryn Ŵyn', 'Carys <Evans> & Co']
    const body = Array.from({ length: 2000 }, (_, i) => {
      const name = names[i % 3]!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      return `0b7e4c1a-1111-4222-8333-9c0d1e2f3a4b/${i}-0\n${formatMs(i * 3000)} --> ${formatMs(i * 3000 + 2500)}\n<v ${name}>Turn ${i}</v>\n`
    })
    const { doc } = parseTeams(`WEBVTT\n\n${body.join('\n')}`)
    expect(doc.cues).toHaveLength(2000)
    expect(doc.speakers.map((s) => s.name)).toEqual(names)
  })
})

function formatMs(ms: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`
}
