import { describe, expect, it } from 'vitest'
import { asCueId, asSpeakerId, makeDocument, type Cue } from '../../../../shared/model'
import { buildTranscript } from '../../../../shared/transcript/builder'
import type { TranscriptParagraph } from '../../../../shared/transcript/transcript'
import {
  displayOffset,
  paragraphOfCue,
  sourceEdit,
  sourcePoint,
  spokenRange,
  wordStartMs,
} from '../../../../renderer/features/transcript-view/text-map'

const s1 = asSpeakerId('s1')
const cue = (n: number, text: string, extra: Partial<Cue> = {}): Cue => ({
  id: asCueId(`c${n}`),
  startMs: n * 1000,
  endMs: n * 1000 + 1000,
  text,
  speakerId: s1,
  ...extra,
})
const paragraphOf = (cues: readonly Cue[]): TranscriptParagraph => {
  const block = buildTranscript(makeDocument(cues)).blocks[0]!
  return block.type === 'turn' ? block.paragraphs[0]! : { text: '', startMs: 0 }
}

/** Applies typing `data` over paragraph offsets a–b and returns the cue texts after it. */
function type(cues: readonly Cue[], a: number, b: number, data: string) {
  const p = paragraphOf(cues)
  const text = (id: string) => cues.find((c) => c.id === id)!.text
  const edit = sourceEdit(
    sourcePoint(p, a, 'start', text)!,
    sourcePoint(p, b, 'end', text)!,
    data,
    p.cueIds ?? [],
    text,
  )
  return { texts: Object.fromEntries(edit.texts), caret: edit.caret }
}

describe('typing in the transcript edits the captions underneath', () => {
  const cues = [cue(1, 'my name is\nmore when a'), cue(2, 'and i chair')]
  // Paragraph: "my name is more when a and i chair"

  it('turns a change inside a word into the same change in its caption, line break kept', () => {
    expect(type(cues, 27, 27, 'I').texts).toEqual({ c2: 'and Ii chair' })
    expect(type(cues, 27, 28, 'I')).toEqual({ texts: { c2: 'and I chair' }, caret: { cueId: 'c2', offset: 5 } })
  })

  it('replaces words across a line break of one caption, and deletes without leaving two spaces', () => {
    expect(type(cues, 11, 22, 'Morwenna').texts).toEqual({ c1: 'my name is\nMorwenna' })
    expect(type(cues, 3, 8, '').texts).toEqual({ c1: 'my is\nmore when a' })
  })

  it('empties the captions between when a selection spans several, keeping the outer ones', () => {
    const three = [cue(1, 'one two'), cue(2, 'three'), cue(3, 'four five')]
    expect(type(three, 4, 19, '').texts).toEqual({ c1: 'one', c2: '', c3: 'five' })
  })

  it('writes back a word the clean-up changed as it is shown, keeping the filler it hid', () => {
    const cleaned = [cue(1, 'um so we went')]
    expect(paragraphOf(cleaned).text).toBe('So we went')
    expect(type(cleaned, 2, 2, 'o').texts).toEqual({ c1: 'um Soo we went' })
  })

  it('finds the caret again in the paragraph after an edit', () => {
    const p = paragraphOf(cues)
    expect(displayOffset(p, 'c2', 5, 'and I chair')).toBe(p.text.indexOf('i chair') + 1)
    expect(displayOffset(p, 'c1', 11, cues[0]!.text)).toBe(11)
    expect(displayOffset(p, 'c9', 0, '')).toBeUndefined()
  })

  it('finds the paragraph of a caption, also far from where it looked first', () => {
    const s2 = asSpeakerId('s2')
    const t = buildTranscript(
      makeDocument([
        cue(1, 'One.'),
        cue(2, 'Two.', { speakerId: s2 }),
        cue(3, 'Three.', { startMs: 9000, endMs: 9500, speakerId: s2 }),
      ]),
    )
    expect(paragraphOfCue(t.blocks, 'c3', 1)).toEqual({ block: 1, paragraph: 1 })
    expect(paragraphOfCue(t.blocks, 'c1', 1)).toEqual({ block: 0, paragraph: 0 })
    expect(paragraphOfCue(t.blocks, 'c9', 0)).toBeUndefined()
  })
})

describe('playing from a word and marking the word being spoken', () => {
  const timed = cue(1, 'thank you all', {
    startMs: 1000,
    endMs: 4000,
    words: [
      { startMs: 1000, endMs: 1500, text: 'thank' },
      { startMs: 2000, endMs: 2500, text: 'you' },
      { startMs: 3000, endMs: 3500, text: 'all' },
    ],
  })
  const plain = cue(2, 'for coming', { startMs: 4000, endMs: 5000 })
  const p = paragraphOf([timed, plain])

  it('starts at the word when the caption has word timings, else at the caption start', () => {
    expect(wordStartMs(p.spans![1]!, timed)).toBe(2000)
    expect(wordStartMs(p.spans![4]!, plain)).toBe(4000)
  })

  it('marks the word at the playhead, or the whole caption without word timings', () => {
    const marked = (c: Cue, ms: number) => {
      const r = spokenRange(p, c, ms)
      return r && p.text.slice(r.start, r.end)
    }
    expect(marked(timed, 2700)).toBe('you')
    expect(marked(timed, 3100)).toBe('all')
    expect(marked(plain, 4500)).toBe('for coming')
  })
})
