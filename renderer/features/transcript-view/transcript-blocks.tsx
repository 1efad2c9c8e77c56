/**
 * The transcript's blocks as a document: section headings, speaker headings over their paragraphs,
 * descriptions and on-screen text in place. Rendered in chunks that only re-render when one of their
 * blocks changed, so a keystroke re-renders one paragraph, not the whole transcript.
 */

import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { speakerLabel } from '../../../shared/transcript/labels'
import type { TranscriptBlock, TranscriptParagraph } from '../../../shared/transcript/transcript'

/** How many blocks one chunk holds. */
export const CHUNK_SIZE = 40

/** True when two blocks would render the same (a rebuilt turn keeps its paragraphs' identity when its cues did not change). */
export function sameBlock(a: TranscriptBlock | undefined, b: TranscriptBlock | undefined): boolean {
  if (a === b) return true
  if (!a || !b || a.type !== b.type) return false
  if (a.type === 'turn' && b.type === 'turn') return a.paragraphs === b.paragraphs && a.firstAppearance === b.firstAppearance && speakerLabel(a) === speakerLabel(b)
  return a.type !== 'turn' && b.type !== 'turn' && a.text === b.text && a.cueId === b.cueId
}

/** Props of a chunk: its blocks, the index of its first block, and whether a section heading came before it. */
export type ChunkProps = Readonly<{ blocks: readonly TranscriptBlock[]; first: number; afterHeading: boolean }>

const Paragraph = memo(function Paragraph({ paragraph, block, index }: { paragraph: TranscriptParagraph; block: number; index: number }) {
  return (
    <p className="transcript-view__paragraph" data-b={block} data-p={index}>
      {paragraph.text}
    </p>
  )
})

/** A run of blocks. */
export const TranscriptChunk = memo(
  function TranscriptChunk({ blocks, first, afterHeading }: ChunkProps) {
    const { t } = useTranslation()
    let headingSeen = afterHeading
    return (
      <div className="transcript-view__chunk">
        {blocks.map((block, i) => {
          const index = first + i
          if (block.type === 'heading') {
            headingSeen = true
            return (
              <h3 key={index} className="transcript-view__heading" contentEditable={false} data-cue={block.cueId}>
                {block.text}
              </h3>
            )
          }
          if (block.type === 'description' || block.type === 'caption') {
            return (
              <p key={index} className="transcript-view__description" contentEditable={false} data-cue={block.cueId}>
                {block.type === 'caption' ? t('transcriptView.onScreen', { text: block.text }) : block.text}
              </p>
            )
          }
          const label = speakerLabel(block)
          const Heading = headingSeen ? 'h4' : 'h3'
          return (
            <div key={index} className="transcript-view__turn">
              {label ? (
                <Heading className="transcript-view__speaker" contentEditable={false}>
                  {label}
                </Heading>
              ) : null}
              {block.paragraphs.map((paragraph, p) => (
                <Paragraph key={p} paragraph={paragraph} block={index} index={p} />
              ))}
            </div>
          )
        })}
      </div>
    )
  },
  (a, b) => a.first === b.first && a.afterHeading === b.afterHeading && a.blocks.length === b.blocks.length && a.blocks.every((block, i) => sameBlock(block, b.blocks[i])),
)
