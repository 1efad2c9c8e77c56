import { describe, expect, it } from 'vitest'
import { sameBlock } from '../../../../renderer/features/transcript-view/transcript-blocks'
import type { TranscriptBlock } from '../../../../shared/transcript/transcript'

describe('which transcript blocks need drawing again', () => {
  const paragraphs = [{ text: 'Hello.', startMs: 0 }]
  const turn = (extra: Partial<Extract<TranscriptBlock, { type: 'turn' }>> = {}): TranscriptBlock => ({ type: 'turn', speaker: { name: 'Beth Perry', shortName: 'Beth' }, firstAppearance: true, paragraphs, ...extra })

  it('a rebuilt turn with the same paragraphs and label is the same; a new paragraph list or label is not', () => {
    expect(sameBlock(turn(), turn())).toBe(true)
    expect(sameBlock(turn(), turn({ paragraphs: [{ text: 'Hello.', startMs: 0 }] }))).toBe(false)
    expect(sameBlock(turn(), turn({ firstAppearance: false }))).toBe(false)
  })

  it('headings and descriptions compare by text and caption', () => {
    expect(sameBlock({ type: 'heading', text: 'Intro', startMs: 0, cueId: 'c1' }, { type: 'heading', text: 'Intro', startMs: 5, cueId: 'c1' })).toBe(true)
    expect(sameBlock({ type: 'heading', text: 'Intro', startMs: 0, cueId: 'c1' }, { type: 'heading', text: 'Introduction', startMs: 0, cueId: 'c1' })).toBe(false)
    expect(sameBlock({ type: 'heading', text: 'Intro', startMs: 0 }, { type: 'description', text: 'Intro', startMs: 0 })).toBe(false)
  })
})
