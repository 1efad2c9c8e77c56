/**
 * How a speaker is told apart at a glance: a colour (from a palette people with colour-blindness can
 * still separate) and, because colour alone is never enough, their initials and key number.
 */

import type { SpeakerId } from '../../../shared/model/ids'
import type { Speaker } from '../../../shared/model/speaker'

/** Okabe–Ito colours, in the order speakers are listed; the tenth speaker on starts again. */
export const SPEAKER_COLOURS: readonly string[] = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#7a6a00',
  '#5d3a9b',
  '#6b6b6b',
]

/** How many speakers have a key of their own (Alt+1 … Alt+9). */
export const SPEAKER_KEYS = 9

/** A speaker's chip: position in the list (1-based), initials and colour. */
export type SpeakerBadge = Readonly<{ number: number; initials: string; colour: string; name: string }>

/** Up to two initials, of the first and last word: "Beth Perry" → "BP", "Cher" → "C". */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}|\p{N}/u.test(w))
  if (words.length === 0) return '?'
  const first = [...words[0]!].find((c) => /\p{L}|\p{N}/u.test(c)) ?? '?'
  const last = words.length > 1 ? ([...words[words.length - 1]!].find((c) => /\p{L}|\p{N}/u.test(c)) ?? '') : ''
  return (first + last).toLocaleUpperCase()
}

/** The badge of speaker `id`, or undefined for a caption without a (known) speaker. */
export function speakerBadge(speakers: readonly Speaker[], id: SpeakerId | undefined): SpeakerBadge | undefined {
  if (id === undefined) return undefined
  const index = speakers.findIndex((s) => s.id === id)
  if (index < 0) return undefined
  const speaker = speakers[index]!
  return {
    number: index + 1,
    initials: initialsOf(speaker.name),
    colour: SPEAKER_COLOURS[index % SPEAKER_COLOURS.length]!,
    name: speaker.name,
  }
}
