import { describe, expect, it } from 'vitest'
import { sameItem, transcriptItems } from '../../../../renderer/features/transcript-view/transcript-blocks'
import type { TranscriptBlock } from '../../../../shared/transcript/transcript'

const paragraph = { text: 'Hello.', startMs: 0 }
const turn = (extra: Partial<Extract<TranscriptBlock, { type: 'turn' }>> = {}): TranscriptBlock => ({
  type: 'turn',
  speaker: { name: 'Beth Perry', shortName: 'Beth' },
  firstAppearance: true,
  paragraphs: [paragraph],
  ...extra,
})

describe('the transcript laid out as a document', () => {
  it('puts speaker names as headings below section headings, paragraphs with their place, descriptions in place', () => {
    const items = transcriptItems([
      turn(),
      { type: 'heading', text: 'Questions', startMs: 0, cueId: 'c2' },
      turn({ firstAppearance: false, paragraphs: [paragraph, paragraph] }),
      { type: 'description', text: '[Applause]', startMs: 0 },
    ])
    expect(
      items.map((i) =>
        i.kind === 'speaker'
          ? `${i.label}/h${i.level}`
          : i.kind === 'paragraph'
            ? `p${i.block}.${i.index}`
            : `${i.kind}:${i.text}`,
      ),
    ).toEqual(['Beth Perry/h3', 'p0.0', 'heading:Questions', 'Beth/h4', 'p2.0', 'p2.1', 'description:[Applause]'])
  })

  it('an item is unchanged when its paragraph is the same object in the same place, or its words are the same', () => {
    const [, p] = transcriptItems([turn()])
    expect(sameItem(p, transcriptItems([turn()])[1])).toBe(true)
    expect(sameItem(p, transcriptItems([turn({ paragraphs: [{ ...paragraph }] })])[1])).toBe(false)
    expect(
      sameItem({ kind: 'heading', text: 'Intro', cueId: 'c1' }, { kind: 'heading', text: 'Intro', cueId: 'c1' }),
    ).toBe(true)
    expect(sameItem({ kind: 'heading', text: 'Intro' }, { kind: 'description', text: 'Intro' })).toBe(false)
    expect(sameItem({ kind: 'speaker', label: 'Beth', level: 3 }, { kind: 'speaker', label: 'Beth', level: 4 })).toBe(
      false,
    )
  })
})
