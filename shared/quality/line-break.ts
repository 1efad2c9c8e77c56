/**
 * Caption line breaking: keep a caption on one line when it fits; otherwise break where a reader
 * pauses (after punctuation, before a conjunction) with balanced lines, and never after an article,
 * a preposition or an auxiliary, between a first and last name, or inside a word (caption-guidelines §3).
 */

/** Limits for line breaking. */
export type LineLimits = Readonly<{ maxCharsPerLine: number; maxLines: number }>

/** Words a line should not end with: articles, prepositions, auxiliaries, possessives, "to". */
const BAD_LINE_END = new Set(
  'a an the of to in on at by for with from into onto upon about as than and or but nor my your his her its our their this that these those is are was were be been being have has had do does did will would shall should can could may might must not very no every each some any'.split(' '),
)
/** Words a new line reads well starting with: conjunctions and relative words. */
const GOOD_LINE_START = new Set('and but or so because which who that when where while although though if then'.split(' '))

const bare = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '')
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word)

/** Cost of breaking between `before` (last word of a line) and `after` (first word of the next). */
function breakCost(before: string, after: string): number {
  let cost = 0
  if (/[.!?]["')\]]*$/.test(before)) cost -= 60
  else if (/[,;:–—-]["')\]]*$/.test(before)) cost -= 40
  if (BAD_LINE_END.has(bare(before))) cost += 120
  if (GOOD_LINE_START.has(bare(after))) cost -= 15
  // Two capitalised words in a row are most likely a name ("Beth Perry"): keep them together.
  if (isCapitalised(before) && isCapitalised(after) && !/[.!?,;:]$/.test(before)) cost += 100
  return cost
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxCharsPerLine` characters where possible.
 * Existing line breaks are replaced. When the text cannot fit, lines are still balanced (the quality
 * checks then report the overflow).
 */
export function breakLines(text: string, limits: LineLimits): string {
  const words = text.split(/\s+/).filter(Boolean)
  if (words.length === 0) return ''
  const joined = words.join(' ')
  if (joined.length <= limits.maxCharsPerLine || limits.maxLines <= 1 || words.length === 1) return joined
  const lineCount = Math.min(limits.maxLines, words.length, Math.max(2, Math.ceil(joined.length / limits.maxCharsPerLine)))
  return bestSplit(words, lineCount, limits.maxCharsPerLine).join('\n')
}

/** Dynamic programme over break positions: squared imbalance + overflow + linguistic costs. */
function bestSplit(words: readonly string[], lineCount: number, maxChars: number): string[] {
  const n = words.length
  const prefix = [0]
  for (const w of words) prefix.push(prefix[prefix.length - 1]! + w.length + 1)
  const target = (prefix[n]! - 1) / lineCount
  // The cost of a break before word i depends only on i: work it out once.
  const breakAt = words.map((w, i) => (i > 0 ? breakCost(words[i - 1]!, w) : 0))
  // cost[k][j]: best cost of putting words[0..j) on k lines.
  const cost: number[][] = Array.from({ length: lineCount + 1 }, () => new Array<number>(n + 1).fill(Infinity))
  const from: number[][] = Array.from({ length: lineCount + 1 }, () => new Array<number>(n + 1).fill(-1))
  cost[0]![0] = 0
  for (let k = 1; k <= lineCount; k++) {
    for (let j = k; j <= n; j++) {
      for (let i = k - 1; i < j; i++) {
        const prev = cost[k - 1]![i]!
        if (prev === Infinity) continue
        const len = prefix[j]! - prefix[i]! - 1
        const c = prev + (len - target) ** 2 / 4 + Math.max(0, len - maxChars) * 1000 + breakAt[i]!
        if (c < cost[k]![j]!) {
          cost[k]![j] = c
          from[k]![j] = i
        }
      }
    }
  }
  const lines: string[] = []
  for (let k = lineCount, j = n; k > 0; k--) {
    const i = from[k]![j]!
    lines.unshift(words.slice(i, j).join(' '))
    j = i
  }
  return lines
}
