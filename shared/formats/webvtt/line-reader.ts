/**
 * Line-by-line reading of one string without cutting it into lines: the WebVTT block reader keeps
 * positions, and slices out only the text it returns.
 */

/**
 * Walks the lines of one string: the current line is `text.slice(pos, end)`, numbered `line`. A plain
 * object made by one literal, not a class: its hidden class then outlives every reader, so optimised
 * code that knows it is not thrown away by each garbage collection.
 */
export type LineReader = {
  readonly text: string
  pos: number
  end: number
  line: number
  /**
   * The first `-->` at or after some earlier line start (past the end: none left); kept so that searching
   * stays linear. Always a small integer: a double such as Infinity would change the field's representation.
   */
  arrow: number
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from)
  return nl < 0 ? text.length : nl
}

/** A reader at the first line of `text` (whose line breaks are all `\n`). */
export function lineReader(text: string): LineReader {
  return { text, pos: 0, end: lineEnd(text, 0), line: 1, arrow: -1 }
}

/** True once every line has been read (a text ending in `\n` still has one empty line after it). */
export function done(r: LineReader): boolean {
  return r.pos > r.text.length
}

/** Moves to the next line. */
export function next(r: LineReader): void {
  r.pos = r.end + 1
  r.line++
  if (r.pos <= r.text.length) r.end = lineEnd(r.text, r.pos)
}

/** Does the current line contain `-->`? */
export function hasArrow(r: LineReader): boolean {
  if (r.arrow < r.pos) {
    const found = r.text.indexOf('-->', r.pos)
    r.arrow = found < 0 ? r.text.length + 1 : found
  }
  return r.arrow < r.end
}
