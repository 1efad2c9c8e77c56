/** Plain-text and Markdown transcripts. */

import { speakerLabel, timestampLabel, videoLink } from './labels'
import type { Transcript, TranscriptParagraph } from './transcript'

/** Markdown special characters in speech are escaped so a "*" or "#" said aloud stays text. */
const escapeMarkdown = (text: string): string =>
  text.replace(/([\\`*_{}[\]<>#])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ')

function paragraphPrefix(t: Transcript, p: TranscriptParagraph, markdown: boolean): string {
  if (!t.timestamps) return ''
  const stamp = timestampLabel(p.startMs)
  return markdown && t.videoUrl
    ? `[${stamp.replace(/[[\]]/g, '')}](${videoLink(t.videoUrl, p.startMs)}) `
    : `${markdown ? `\\${stamp.slice(0, -1)}\\]` : stamp} `
}

/** Renders Markdown: `#` title, `##` headings, speaker names in bold, one paragraph per paragraph. */
export function renderMarkdown(t: Transcript): string {
  const out: string[] = [`# ${escapeMarkdown(t.title)}`]
  if (t.introduction) out.push(escapeMarkdown(t.introduction))
  for (const block of t.blocks) {
    if (block.type === 'heading') out.push(`## ${escapeMarkdown(block.text)}`)
    else if (block.type === 'description') out.push(`*${escapeMarkdown(block.text)}*`)
    else if (block.type === 'caption') out.push(`*Caption: ${escapeMarkdown(block.text)}*`)
    else {
      const label = speakerLabel(block)
      if (label) out.push(`**${escapeMarkdown(label)}:**`)
      for (const p of block.paragraphs) out.push(`${paragraphPrefix(t, p, true)}${escapeMarkdown(p.text)}`)
    }
  }
  return `${out.join('\n\n')}\n`
}

/** Renders plain text, laid out like the hand-written transcripts editors publish today. */
export function renderPlainText(t: Transcript): string {
  const out: string[] = [t.title]
  if (t.introduction) out.push(t.introduction)
  for (const block of t.blocks) {
    if (block.type === 'heading')
      out.push(
        block.text.toUpperCase() === block.text
          ? block.text
          : `${block.text}\n${'-'.repeat(Math.min(60, block.text.length))}`,
      )
    else if (block.type === 'description') out.push(block.text)
    else if (block.type === 'caption') out.push(`Caption: ${block.text}`)
    else {
      const label = speakerLabel(block)
      if (label) out.push(`${label}:`)
      for (const p of block.paragraphs) out.push(`${paragraphPrefix(t, p, false)}${p.text}`)
    }
  }
  return `${out.join('\n\n')}\n`
}
