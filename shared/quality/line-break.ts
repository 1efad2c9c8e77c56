/**
 * Caption line breaking: keep a caption on one line when it fits; otherwise break where a reader
 * pauses (after punctuation, before a conjunction) with balanced lines, and never after an article,
 * a preposition or an auxiliary, between a first and last name, or inside a word (as the BBC and Ofcom subtitle guidelines advise).
 *
 * What a word means for a break is read once into a few bits (its traits), so re-segmenting hours of
 * words can break every new caption from arrays of lengths and traits, with no strings or regexes.
 */

/** Limits for line breaking. */
export type LineLimits = Readonly<{ maxCharsPerLine: number; maxLines: number }>

/** Words a line should not end with: articles, prepositions, auxiliaries, possessives, "to". */
const BAD_LINE_END = new Set(
  'a an the of to in on at by for with from into onto upon about as than and or but nor my your his her its our their this that these those is are was were be been being have has had do does did will would shall should can could may might must not very no every each some any'.split(
    ' ',
  ),
)
/** Words a new line reads well starting with: conjunctions and relative words. */
const GOOD_LINE_START = new Set(
  'and but or so because which who that when where while although though if then'.split(' '),
)

/** Trait bits of a word (see lineBreakTraits); re-segmentation reads the first two as well. */
export const ENDS_SENTENCE = 1 // . ! ? before any closing quotes or brackets
export const ENDS_CLAUSE = 2 // , ; : – — - before any closing quotes or brackets
const BAD_END = 4
const GOOD_START = 8
const CAPITALISED = 16
const ENDS_IN_PUNCTUATION = 32 // the very last character is . ! ? , ; :

const bareUnicode = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '')
/** ASCII letters, digits and the apostrophe: what a bare word keeps at its ends. */
const isAsciiWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39

/** The word lower-cased, without leading or trailing punctuation (apostrophes kept). */
function bare(word: string): string {
  let from = 0
  let to = word.length
  while (from < to && word.charCodeAt(from) < 128 && !isAsciiWordChar(word.charCodeAt(from))) from++
  while (to > from && word.charCodeAt(to - 1) < 128 && !isAsciiWordChar(word.charCodeAt(to - 1))) to--
  // Letters and digits outside ASCII need the Unicode classes: let the regex decide from there.
  if ((from < to && word.charCodeAt(from) >= 128) || (to > from && word.charCodeAt(to - 1) >= 128))
    return bareUnicode(word)
  return (from === 0 && to === word.length ? word : word.slice(from, to)).toLowerCase()
}

/** The character before any closing quotes or brackets at the end of a word (0 when there is none). */
export function lastMark(word: string): number {
  let i = word.length - 1
  for (let c = word.charCodeAt(i); c === 34 || c === 39 || c === 41 || c === 93; c = word.charCodeAt(--i)); // " ' ) ]
  return i >= 0 ? word.charCodeAt(i) : 0
}

/** What a word means for a line break before or after it, as bits; breakCost reads them. */
export function lineBreakTraits(word: string): number {
  const mark = lastMark(word)
  let traits = 0
  if (mark === 46 || mark === 33 || mark === 63) traits |= ENDS_SENTENCE
  else if (mark === 44 || mark === 59 || mark === 58 || mark === 0x2013 || mark === 0x2014 || mark === 45)
    traits |= ENDS_CLAUSE
  const last = word.charCodeAt(word.length - 1)
  if (last === 46 || last === 33 || last === 63 || last === 44 || last === 59 || last === 58)
    traits |= ENDS_IN_PUNCTUATION
  const b = bare(word)
  if (BAD_LINE_END.has(b)) traits |= BAD_END
  if (GOOD_LINE_START.has(b)) traits |= GOOD_START
  const first = word.charCodeAt(0)
  if (first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(word)) traits |= CAPITALISED
  return traits
}

/** Cost of breaking between a line's last word and the next line's first word, from their traits. */
function breakCost(before: number, after: number): number {
  let cost = 0
  if (before & ENDS_SENTENCE) cost -= 60
  else if (before & ENDS_CLAUSE) cost -= 40
  if (before & BAD_END) cost += 120
  if (after & GOOD_START) cost -= 15
  // Two capitalised words in a row are most likely a name ("Beth Perry"): keep them together.
  if (before & after & CAPITALISED && !(before & ENDS_IN_PUNCTUATION)) cost += 100
  return cost
}

/**
 * Where the lines of words[from..to) start, given each word's length and traits (words contain no
 * spaces): the indices of the words that begin a new line, none when the words fit on one line.
 */
export function lineStarts(
  lengths: ArrayLike<number>,
  traits: ArrayLike<number>,
  from: number,
  to: number,
  limits: LineLimits,
): number[] {
  const n = to - from
  let joined = n - 1
  for (let k = from; k < to; k++) joined += lengths[k]!
  if (n <= 1 || joined <= limits.maxCharsPerLine || limits.maxLines <= 1) return []
  const lineCount = Math.min(limits.maxLines, n, Math.max(2, Math.ceil(joined / limits.maxCharsPerLine)))
  return bestSplit(lengths, traits, from, to, lineCount, limits.maxCharsPerLine, joined)
}

/** Scratch space for bestSplit, grown as needed: it runs for every new caption, and never re-entrantly. */
let prefix = new Float64Array(64)
let cost = new Float64Array(256)
let back = new Int32Array(256)

/**
 * Dynamic programme over break positions: squared imbalance + overflow + linguistic costs.
 * cost[k][j] is the best cost of setting the first j words on k lines. The first line can only start
 * at word 0 and the last must end at word n, so with the usual two lines this is linear.
 */
function bestSplit(
  lengths: ArrayLike<number>,
  traits: ArrayLike<number>,
  from: number,
  to: number,
  lineCount: number,
  maxChars: number,
  joined: number,
): number[] {
  const n = to - from
  const width = n + 1
  if (prefix.length < width) prefix = new Float64Array(width * 2)
  if (cost.length < (lineCount + 1) * width) {
    cost = new Float64Array((lineCount + 1) * width * 2)
    back = new Int32Array((lineCount + 1) * width * 2)
  }
  prefix[0] = 0
  for (let j = 0; j < n; j++) prefix[j + 1] = prefix[j]! + lengths[from + j]! + 1
  const target = joined / lineCount
  for (let j = 1; j <= n; j++)
    cost[width + j] = (prefix[j]! - 1 - target) ** 2 / 4 + Math.max(0, prefix[j]! - 1 - maxChars) * 1000
  for (let k = 2; k <= lineCount; k++) {
    for (let j = k === lineCount ? n : k; j <= n; j++) {
      let best = Infinity
      let bestFrom = -1
      for (let i = k - 1; i < j; i++) {
        // Summed in this order, as the costs always have been, so that ties break the same way.
        const len = prefix[j]! - prefix[i]! - 1
        const c =
          cost[(k - 1) * width + i]! +
          (len - target) ** 2 / 4 +
          Math.max(0, len - maxChars) * 1000 +
          breakCost(traits[from + i - 1]!, traits[from + i]!)
        if (c < best) {
          best = c
          bestFrom = i
        }
      }
      cost[k * width + j] = best
      back[k * width + j] = bestFrom
    }
  }
  const starts = new Array<number>(lineCount - 1)
  for (let k = lineCount, j = n; k > 1; k--) {
    j = back[k * width + j]!
    starts[k - 2] = from + j
  }
  return starts
}

/** The texts of items[from..to) joined by spaces, with a line break before each index in `starts` (ascending). */
export function joinLines<T>(
  items: readonly T[],
  from: number,
  to: number,
  textOf: (item: T) => string,
  starts: readonly number[],
): string {
  // Added piece by piece, which measures twice as fast as Array.prototype.join here.
  let text = from < to ? textOf(items[from]!) : ''
  for (let k = from + 1, s = 0; k < to; k++) {
    const newLine = s < starts.length && starts[s] === k
    if (newLine) s++
    text += (newLine ? '\n' : ' ') + textOf(items[k]!)
  }
  return text
}

const itself = (word: string): string => word

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxCharsPerLine` characters where possible.
 * Existing line breaks are replaced. When the text cannot fit, lines are still balanced (the quality
 * checks then report the overflow).
 */
export function breakLines(text: string, limits: LineLimits): string {
  const words = text.split(/\s+/).filter(Boolean)
  const joined = words.join(' ')
  if (words.length <= 1 || joined.length <= limits.maxCharsPerLine || limits.maxLines <= 1) return joined
  return joinLines(
    words,
    0,
    words.length,
    itself,
    lineStarts(
      words.map((w) => w.length),
      words.map(lineBreakTraits),
      0,
      words.length,
      limits,
    ),
  )
}
