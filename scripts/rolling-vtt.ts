/**
 * YouTube's automated-caption WebVTT for lines of timed words: "rolling" cues where each line is shown
 * twice, word time stamps in `<c>` tags and 10 ms bridge cues — the shape people download from YouTube.
 * Used to make the bundled sample and the test files; one writer so both have the same shape.
 */

import { formatClock } from '../shared/model'

/** A word with its times in ms. */
export type TimedWord = Readonly<{ startMs: number; endMs: number; text: string }>

/** When line `k` leaves the screen: the next line's start, or 300 ms after its last word. */
export function rollingLineEnd(lines: readonly (readonly TimedWord[])[], k: number): number {
  const line = lines[k]!
  return lines[k + 1]?.[0]!.startMs ?? line[line.length - 1]!.endMs + 300
}

/** Writes the rolling WebVTT for `lines`. */
export function writeRollingVtt(lines: readonly (readonly TimedWord[])[]): string {
  const parts = ['WEBVTT\nKind: captions\nLanguage: en\n']
  let previous = ' '
  lines.forEach((line, k) => {
    const start = line[0]!.startMs
    const end = rollingLineEnd(lines, k)
    const stamped = line.map((w, i) => (i === 0 ? w.text : `<${formatClock(w.startMs)}><c> ${w.text}</c>`)).join('')
    parts.push(`${formatClock(start)} --> ${formatClock(end - 10)} align:start position:0%\n${previous}\n${stamped}\n`)
    const plain = line.map((w) => w.text).join(' ')
    parts.push(`${formatClock(end - 10)} --> ${formatClock(end)} align:start position:0%\n${plain}\n \n`)
    previous = plain
  })
  return parts.join('\n')
}
