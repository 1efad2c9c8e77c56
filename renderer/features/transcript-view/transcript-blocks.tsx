/**
 * The transcript as a document: section headings, speaker headings, paragraphs, descriptions and
 * on-screen text in place. The blocks are laid out flat as items and drawn in chunks that re-render
 * only when one of their items changed, so a keystroke re-renders one paragraph, not the transcript
 * (even when nobody is named and the whole event is one speaker's turn).
 */

import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { speakerLabel } from '../../../shared/transcript/labels'
import type { TranscriptBlock, TranscriptParagraph } from '../../../shared/transcript/transcript'

/** How many items one chunk holds. */
export const CHUNK_SIZE = 60

/** One line of the document: a heading, a speaker's name, a paragraph (block and paragraph index), a description or on-screen text. */
export type TranscriptItem = Readonly<
  | { kind: 'heading'; text: string; cueId?: string }
  | { kind: 'speaker'; label: string; level: 3 | 4 }
  | { kind: 'paragraph'; paragraph: TranscriptParagraph; block: number; index: number }
  | { kind: 'description' | 'on-screen'; text: string; cueId?: string }
>

/** The blocks as items; speaker names are headings one level below the section headings (once there is one). */
export function transcriptItems(blocks: readonly TranscriptBlock[]): TranscriptItem[] {
  const items: TranscriptItem[] = []
  let headingSeen = false
  blocks.forEach((block, b) => {
    if (block.type === 'heading') {
      headingSeen = true
      items.push({ kind: 'heading', text: block.text, ...(block.cueId ? { cueId: block.cueId } : {}) })
    } else if (block.type === 'description' || block.type === 'caption') {
      items.push({
        kind: block.type === 'caption' ? 'on-screen' : 'description',
        text: block.text,
        ...(block.cueId ? { cueId: block.cueId } : {}),
      })
    } else {
      const label = speakerLabel(block)
      if (label) items.push({ kind: 'speaker', label, level: headingSeen ? 4 : 3 })
      block.paragraphs.forEach((paragraph, index) => items.push({ kind: 'paragraph', paragraph, block: b, index }))
    }
  })
  return items
}

/** True when two items draw the same (a paragraph the builder reused keeps its identity). */
export function sameItem(a: TranscriptItem | undefined, b: TranscriptItem | undefined): boolean {
  if (a === b) return true
  if (!a || !b || a.kind !== b.kind) return false
  if (a.kind === 'paragraph' && b.kind === 'paragraph')
    return a.paragraph === b.paragraph && a.block === b.block && a.index === b.index
  if (a.kind === 'speaker' && b.kind === 'speaker') return a.label === b.label && a.level === b.level
  return 'text' in a && 'text' in b && a.text === b.text && a.cueId === b.cueId
}

const Paragraph = memo(function Paragraph({
  paragraph,
  block,
  index,
}: {
  paragraph: TranscriptParagraph
  block: number
  index: number
}) {
  return (
    <p className="transcript-view__paragraph" data-b={block} data-p={index}>
      {paragraph.text}
    </p>
  )
})

function Item({ item }: { item: TranscriptItem }) {
  const { t } = useTranslation()
  switch (item.kind) {
    case 'paragraph':
      return <Paragraph paragraph={item.paragraph} block={item.block} index={item.index} />
    case 'heading':
      return (
        <h3 className="transcript-view__heading" contentEditable={false} data-cue={item.cueId}>
          {item.text}
        </h3>
      )
    case 'speaker': {
      const Heading = item.level === 4 ? 'h4' : 'h3'
      return (
        <Heading className="transcript-view__speaker" contentEditable={false}>
          {item.label}
        </Heading>
      )
    }
    default:
      return (
        <p className="transcript-view__description" contentEditable={false} data-cue={item.cueId}>
          {item.kind === 'on-screen' ? t('transcriptView.onScreen', { text: item.text }) : item.text}
        </p>
      )
  }
}

/** A run of items, re-rendered only when one of them changed. */
export const TranscriptChunk = memo(
  function TranscriptChunk({ items, first }: { items: readonly TranscriptItem[]; first: number }) {
    return (
      <div className="transcript-view__chunk">
        {items.map((item, i) => (
          <Item key={first + i} item={item} />
        ))}
      </div>
    )
  },
  (a, b) =>
    a.first === b.first && a.items.length === b.items.length && a.items.every((item, i) => sameItem(item, b.items[i])),
)
