/** Wording shared by every transcript renderer: speaker labels and paragraph timestamps. */

import { clockParts } from '../model/time'
import type { TranscriptBlock } from './transcript'

/** "Beth Perry, University of Sheffield" on first appearance, "Beth" after; undefined for no speaker. */
export function speakerLabel(block: Extract<TranscriptBlock, { type: 'turn' }>): string | undefined {
  const s = block.speaker
  if (!s) return undefined
  return block.firstAppearance ? (s.role ? `${s.name}, ${s.role}` : s.name) : s.shortName
}

/** `[00:12:31]` for a paragraph start. */
export function timestampLabel(ms: number): string {
  const { hours, minutes, seconds } = clockParts(ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `[${pad(hours)}:${pad(minutes)}:${pad(seconds)}]`
}

/** A link back to the video at `ms` (media fragment `#t=`). */
export function videoLink(videoUrl: string, ms: number): string {
  return `${videoUrl.replace(/#.*$/, '')}#t=${Math.floor(ms / 1000)}`
}
