/**
 * The fast reader for YouTube's word-stamped lines (`Government<00:00:01.033><c> citizens</c>…`):
 * half of a rolling file's lines, and nearly all of its words. It reads the words straight from the
 * payload, with no literal text or run strings in between, and gives exactly what the general cue-text
 * reader gives (cue-text.ts), which still reads every line outside this layout. A cue payload of
 * such lines reads the same way (a line break is whitespace between words).
 */

import type { Word } from '../../model/cue'
import { isJsSpace } from './cue-text'
import { fixedTimestamp } from './timestamp'

/** Token ranges of the line being read (scratch space, grown as needed; the reader never re-enters). */
let tokenFrom = new Int32Array(64)
let tokenTo = new Int32Array(64)

/** Appends the words of scratch tokens [first, first + count), sharing runStart..runEnd evenly (as the general reader does). */
function emit(src: string, first: number, count: number, runStart: number, runEnd: number, into: Word[]): void {
  const span = Math.max(0, runEnd - runStart)
  if (count === 1) {
    // The usual run: one word between two stamps.
    into.push({ startMs: runStart, endMs: runStart + span, text: src.slice(tokenFrom[first]!, tokenTo[first]!) })
    return
  }
  for (let k = 0; k < count; k++) {
    const t = first + k
    into.push({
      startMs: runStart + Math.round((span * k) / count),
      endMs: runStart + Math.round((span * (k + 1)) / count),
      text: src.slice(tokenFrom[t]!, tokenTo[t]!),
    })
  }
}

/**
 * Reads `src.slice(from, to)`, a line with at least one `HH:MM:SS.mmm` word stamp and otherwise only
 * text without character references, `<c>`/`<c.class>` tags and closing tags, and appends its words
 * to `into` (the line's text is them joined by spaces). Returns false, appending nothing, for a line
 * outside that layout, or one where a word runs across a tag: the general reader then reads it.
 */
export function readStampedLine(
  src: string,
  from: number,
  to: number,
  startMs: number,
  endMs: number,
  into: Word[],
): boolean {
  const before = into.length
  const latest = Math.max(startMs, endMs)
  let tokens = 0
  let runFirst = 0 // the current run's first token
  let runStart = startMs
  // The run before the current one, whose words wait for the time the current run starts.
  let pendingFirst = 0
  let pendingCount = 0
  let pendingStart = 0
  let stamped = false
  let afterSpace = true // the last text character was whitespace (the line start counts as such)
  let tagSince = false // a tag came after the last text character
  for (let i = from; i < to;) {
    const c = src.charCodeAt(i)
    if (c === 60) {
      const first = src.charCodeAt(i + 1)
      // Where the tag ends: YouTube's three tags are told by their first characters, others searched for.
      let gt: number
      if (first >= 48 && first <= 57)
        gt = i + 13 // a stamp, HH:MM:SS.mmm (checked below)
      else if (first === 99 && src.charCodeAt(i + 2) === 62)
        gt = i + 2 // <c>
      else if (first === 47 && src.charCodeAt(i + 2) === 99 && src.charCodeAt(i + 3) === 62)
        gt = i + 3 // </c>
      else gt = src.indexOf('>', i + 1)
      if (gt < 0 || gt >= to || src.charCodeAt(gt) !== 62) return undo(into, before)
      if (first >= 48 && first <= 57) {
        const ms = fixedTimestamp(src, i + 1)
        if (ms < 0) return undo(into, before)
        // The run so far ends here: the pending run ends where it starts, and it becomes the pending one.
        if (tokens > runFirst) {
          if (pendingCount > 0) emit(src, pendingFirst, pendingCount, pendingStart, runStart, into)
          pendingFirst = runFirst
          pendingCount = tokens - runFirst
          pendingStart = runStart
          runFirst = tokens
        }
        runStart = Math.min(Math.max(ms, startMs), latest)
        stamped = true
      } else if (first !== 47 && !(first === 99 && (gt === i + 2 || src.charCodeAt(i + 2) === 46)))
        return undo(into, before) // not </…>, <c> or <c.…>
      tagSince = true
      i = gt + 1
      continue
    }
    if (c === 38) return undo(into, before) // a character reference
    if (isJsSpace(c)) {
      afterSpace = true
      tagSince = false
      i++
      continue
    }
    if (!afterSpace && tagSince) return undo(into, before) // a word across a tag
    // A token: to the next whitespace or tag.
    let end = i + 1
    for (
      let d = src.charCodeAt(end);
      end < to && d !== 60 && d !== 38 && (d > 32 && d < 127 ? true : !isJsSpace(d));
      d = src.charCodeAt(++end)
    );
    if (tokens === tokenFrom.length) {
      tokenFrom = grow(tokenFrom)
      tokenTo = grow(tokenTo)
    }
    tokenFrom[tokens] = i
    tokenTo[tokens] = end
    tokens++
    afterSpace = false
    tagSince = false
    i = end
  }
  if (!stamped) return undo(into, before)
  // The last run ends at the cue end.
  if (tokens > runFirst) {
    if (pendingCount > 0) emit(src, pendingFirst, pendingCount, pendingStart, runStart, into)
    emit(src, runFirst, tokens - runFirst, runStart, Math.max(runStart, endMs), into)
  } else if (pendingCount > 0) emit(src, pendingFirst, pendingCount, pendingStart, Math.max(pendingStart, endMs), into)
  return true
}

/** Takes back what a line appended, and says the general reader should read it. */
function undo(into: Word[], before: number): false {
  into.length = before
  return false
}

/** A scratch array twice as long, its contents kept. */
function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(array.length * 2)
  longer.set(array)
  return longer
}
