/**
 * The last lines a rolling file has shown, so that a line it shows again (as it scrolls up, and in
 * the bridge cues) is skipped. A line the fast reader read is kept as the range of its words in the
 * result, and compared with those words in place: no string is made for it unless the general path asks.
 */

import type { Word } from '../model/cue'
import { joinLines } from '../quality/line-break'

const textOf = (word: Word): string => word.text

/** A line shown: its normalised text, or (until that is asked for) the range of its words. */
type ShownLine = { text: string | undefined; from: number; to: number; length: number }

/** How many lines back a repeat is looked for: YouTube shows each line twice, at most two cues apart. */
const DEPTH = 3

/** The last few lines shown, newest last. */
export class RecentLines {
  private readonly lines: ShownLine[] = []

  /** `words` is the result the ranges refer to; words in a range must keep their texts. */
  constructor(private readonly words: readonly Word[]) {}

  /** Adds a line given by its normalised text. */
  addText(text: string): void {
    this.add({ text, from: 0, to: 0, length: text.length })
  }

  /** Adds a line given by its words, words[from..to), whose text is them joined by spaces. */
  addWords(from: number, to: number): void {
    let length = to - from - 1
    for (let k = from; k < to; k++) length += this.words[k]!.text.length
    this.add({ text: undefined, from, to, length })
  }

  /**
   * Is `src.slice(from, to)`, as it stands, one of the lines? Only a line already normalised and free
   * of character references can be, so a true answer means the general reader would skip it too.
   */
  repeats(src: string, from: number, to: number): boolean {
    let slice: string | undefined
    // Indexed: a for-of makes an iterator result per line until V8 optimises this.
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!
      if (line.length !== to - from) continue
      if (line.text === undefined) {
        if (this.sameAsWords(src, from, line)) {
          // YouTube shows the line once more (first line of the next cue): that look compares in native code.
          line.text = slice ?? src.slice(from, to)
          return true
        }
      } else if ((slice ??= src.slice(from, to)) === line.text) return !line.text.includes('&') // === compares in native code
    }
    return false
  }

  /** Is the normalised `text` one of the lines? */
  includes(text: string): boolean {
    return this.lines.some((line) => line.length === text.length && this.textOf(line) === text)
  }

  private add(line: ShownLine): void {
    this.lines.push(line)
    if (this.lines.length > DEPTH) this.lines.shift()
  }

  private textOf(line: ShownLine): string {
    line.text ??= joinLines(this.words, line.from, line.to, textOf, [])
    return line.text
  }

  /**
   * Does src[from..) spell out the line's words with single spaces between (lengths already equal)?
   * Word by word with startsWith (native code): this runs once per line shown again, mostly before
   * V8 has optimised it, where a loop over characters costs several times more.
   */
  private sameAsWords(src: string, from: number, line: ShownLine): boolean {
    let at = from
    for (let k = line.from; k < line.to; k++) {
      if (k > line.from && src.charCodeAt(at++) !== 32) return false
      const word = this.words[k]!.text
      if (!src.startsWith(word, at)) return false
      at += word.length
    }
    return true
  }
}
