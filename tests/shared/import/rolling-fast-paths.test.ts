// The single-pass rolling clean-up and re-segmentation give what the plain, line-array versions give.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { interpretCueText, readVttBlocks, type RawVttCue } from '../../../shared/formats/webvtt/index'
import { MAX_WORD_MS, wordsFromRollingCues } from '../../../shared/import/youtube-rolling'
import { ACCESSIBLE_DEFAULT_PROFILE, type Word } from '../../../shared/model'
import { segmentWords } from '../../../shared/segment/segment-words'
import { generateWords, rollingYouTubeVtt } from '../../helpers/generate-captions'

/** The clean-up written the obvious way: split lines, regex whitespace, then fix overlaps in a second pass. */
function referenceWords(cues: readonly RawVttCue[]): Word[] {
  const words: Word[] = []
  const recent: string[] = []
  for (const cue of cues) {
    for (const rawLine of cue.payload.split('\n')) {
      const line = interpretCueText(rawLine, cue.startMs, cue.endMs)
      const text = line.text.replace(/\s+/g, ' ').trim()
      if (text === '') continue
      if (!/<\d{2,}:\d{2}:\d{2}\.\d{3}>/.test(rawLine) && recent.includes(text)) continue
      recent.push(text)
      if (recent.length > 3) recent.shift()
      const tokens = text.split(' ')
      const span = Math.max(0, cue.endMs - cue.startMs)
      const spread = tokens.map((t, k) => ({
        startMs: cue.startMs + Math.round((span * k) / tokens.length),
        endMs: cue.startMs + Math.round((span * (k + 1)) / tokens.length),
        text: t,
      }))
      words.push(...(line.words ?? spread))
    }
  }
  let last = 0
  return words.map((w) => {
    const startMs = Math.max(w.startMs, last)
    const endMs = Math.min(Math.max(startMs, w.endMs), startMs + MAX_WORD_MS)
    last = startMs
    return { ...w, startMs, endMs }
  })
}

/** Rolling files roughed up: odd whitespace, repeated and unstamped lines, markers, tags (some across words), out-of-order and invalid stamps. */
const roughed = fc
  .tuple(
    fc.integer({ min: 1, max: 500 }),
    fc.array(
      fc.constantFrom(
        '\t',
        '  ',
        '\u00a0',
        ' >>',
        '<b>x</b>',
        '<00:00:00.001>',
        '<00:09:00.000>',
        '&amp;',
        '\n \n',
        '\nrepeat line\n',
        '<c>glued</c>',
        'x<00:00:02.000>y',
        '<c.colorE5E5E5>',
        '</c>',
        '<c',
        '<00:61:00.000>',
        '<v Bob>',
        '\nword\n',
        '<',
      ),
      { maxLength: 10 },
    ),
  )
  .map(([seed, noise]) => {
    const { vtt } = rollingYouTubeVtt(generateWords(20_000 + seed * 200, seed), seed)
    const lines = vtt.split('\n')
    noise.forEach((n, k) => {
      const at = 4 + ((seed * 31 + k * 17) % (lines.length - 4))
      if (!lines[at]!.includes('-->') && lines[at] !== '') lines[at] = k % 2 ? `${lines[at]}${n}` : `${n}${lines[at]}`
    })
    return lines.join('\n')
  })

describe('single-pass rolling clean-up', () => {
  it('keeps the same words with the same times as the line-array version', () => {
    fc.assert(
      fc.property(roughed, (vtt) => {
        const blocks = readVttBlocks(vtt)
        expect(wordsFromRollingCues(blocks)).toEqual(referenceWords(blocks.cues))
      }),
      { numRuns: 120 },
    )
  })
})

describe('re-segmentation sharing word objects', () => {
  it('gives the same cues as copying the words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, maxCharsPerLine, maxLines) => {
          const words = generateWords(60_000, seed)
          const profile = { ...ACCESSIBLE_DEFAULT_PROFILE, maxCharsPerLine, maxLines }
          const copied = segmentWords(words, profile)
          const shared = segmentWords(words, profile, true)
          expect(shared).toEqual(copied)
          expect(copied.flatMap((c) => c.words ?? [])).toEqual(words)
        },
      ),
      { numRuns: 100 },
    )
  })
})
