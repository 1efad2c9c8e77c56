import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../../shared/formats/index'
import { looksLikeYouTubeRolling, MAX_WORD_MS, parseYouTubeRolling } from '../../../shared/import/youtube-rolling'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../../../shared/model'
import { generateWords, rollingYouTubeVtt } from '../../helpers/generate-captions'

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures/import', name), 'utf8')
const allWords = (doc: ReturnType<typeof parseYouTubeRolling>['doc']) => doc.cues.flatMap((c) => c.words ?? [])

describe('YouTube automated captions', () => {
  it('the real sample keeps every word once, in order, with its own time', () => {
    const { doc, warnings } = parseYouTubeRolling(fixture('youtube_dl.vtt'))
    expect(warnings).toEqual([])
    expect(allWords(doc).map((w) => w.text)).toEqual(['yeah', 'what', 'this', 'will', 'happen', 'is', "I'm", 'telling'])
    expect(allWords(doc).find((w) => w.text === 'happen')).toMatchObject({ startMs: 304_379, endMs: 304_620 })
    expect(doc.cues.map((c) => c.text).join(' ')).toBe("yeah what this will happen is I'm telling")
  })

  it('a word the file leaves on screen over a long silence is not kept there', () => {
    // In the sample, "what" has no stamp and its line stays up for 17.6 s before the next words.
    const { doc } = parseYouTubeRolling(fixture('youtube_dl.vtt'))
    const what = allWords(doc).find((w) => w.text === 'what')!
    expect(what.startMs).toBe(286_470)
    expect(what.endMs - what.startMs).toBeLessThanOrEqual(MAX_WORD_MS)
    for (const cue of doc.cues)
      expect(cue.endMs - cue.startMs).toBeLessThanOrEqual(ACCESSIBLE_DEFAULT_PROFILE.maxDurationMs)
  })

  it('is detected as YouTube captions, and plain WebVTT is not', () => {
    expect(detectFormat(fixture('youtube_dl.vtt'), 'talk.vtt')?.id).toBe('youtube')
    expect(
      looksLikeYouTubeRolling(
        'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n\n00:00:02.000 --> 00:00:03.000\nthere\n',
      ),
    ).toBe(false)
  })

  it('a karaoke-style WebVTT with word stamps but no rolling lines stays as its author wrote it', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/webvtt/cue_tags.vtt'), 'utf8')
    expect(looksLikeYouTubeRolling(text)).toBe(false)
    const format = detectFormat(text, 'song.vtt')!
    expect(format.id).toBe('vtt')
    expect(format.parse(text).doc.cues.map((c) => c.text)).toEqual([
      'When the moon hits your eye',
      'Like a big-a pizza pie',
      "That's amore",
    ])
  })

  it('a short YouTube file (three cues) is still recognised by its word layout and rolling line', () => {
    const { vtt } = rollingYouTubeVtt(generateWords(6_000, 3), 3)
    const three = vtt.split('\n\n').slice(0, 4).join('\n\n')
    expect(three.match(/-->/g)?.length).toBe(3)
    expect(looksLikeYouTubeRolling(three)).toBe(true)
  })

  it('a generated 3-hour file keeps every word exactly once with its timing', () => {
    const words = generateWords(3 * 3600 * 1000, 42)
    const { vtt, truth } = rollingYouTubeVtt(words, 42)
    const { doc } = parseYouTubeRolling(vtt)
    expect(vtt.length).toBeGreaterThan(1_000_000)
    expect(allWords(doc)).toEqual(truth)
  })

  it('re-segmented cues keep to the profile', () => {
    const { vtt } = rollingYouTubeVtt(generateWords(20 * 60 * 1000, 7), 7)
    const { doc } = parseYouTubeRolling(vtt)
    const p = ACCESSIBLE_DEFAULT_PROFILE
    for (const cue of doc.cues) {
      const lines = cue.text.split('\n')
      expect(lines.length).toBeLessThanOrEqual(p.maxLines)
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(p.maxCharsPerLine)
      expect(cue.endMs - cue.startMs).toBeLessThanOrEqual(p.maxDurationMs)
    }
    for (let i = 1; i < doc.cues.length; i++)
      expect(doc.cues[i]!.startMs).toBeGreaterThanOrEqual(doc.cues[i - 1]!.endMs)
    const sentenceEnds = doc.cues.filter((c) => /[.!?]$/.test(c.text)).length
    expect(sentenceEnds / doc.cues.length).toBeGreaterThan(0.3)
  })

  it('any word stream comes back whole and in order, in cues that never overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 5_000, max: 300_000 }), (seed, duration) => {
        const { vtt, truth } = rollingYouTubeVtt(generateWords(duration, seed), seed)
        const { doc } = parseYouTubeRolling(vtt)
        expect(allWords(doc)).toEqual(truth)
        expect(doc.cues.map((c) => c.text.replace(/\n/g, ' ')).join(' ')).toBe(truth.map((w) => w.text).join(' '))
        for (let i = 1; i < doc.cues.length; i++)
          expect(doc.cues[i]!.startMs).toBeGreaterThanOrEqual(doc.cues[i - 1]!.endMs)
      }),
      { numRuns: 40 },
    )
  })
})
