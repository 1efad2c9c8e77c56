/**
 * Clean verbatim: removes fillers ("um", "uh", "erm"), stutters ("th- the") and immediate word
 * repeats ("the the") and tidies spacing. No other word is ever changed, and a letter's case only
 * changes where the clean-up itself moved a sentence start: the word after a removed filler that
 * began a sentence ("um so" → "So") or whose full stop it took over ("shop, erm. and" → "shop. And").
 * Capitals the editor never typed are never added anywhere else ("and i chair" stays as typed).
 */

/** A word of caption text and where it came from (a cue and a character range of its text), so edits can find their way back. */
export type SourceToken = Readonly<{
  text: string
  /** The cue the word came from. */
  cueId?: string
  /** Character range of the word in that cue's text. */
  from: number
  to: number
}>

/** Sounds that carry no words. "Like" and "you know" are real words and are never removed. */
const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'err', 'ah', 'hmm', 'mm', 'mhm'])

// Fillers are short: longer tokens (most words) skip the lookup.
const isFiller = (token: string): boolean =>
  token.length <= 6 && FILLERS.has(token.toLowerCase().replace(/[^a-z]/g, ''))
const bare = (token: string): string => token.toLowerCase().replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '')
/** True when two tokens are the same word, ignoring case and surrounding punctuation (cheap test first). */
const sameWord = (a: string, b: string): boolean => {
  if (Math.abs(a.length - b.length) > 4) return false
  // Most neighbours differ in their first ASCII letter: no need to strip punctuation to tell.
  const x = a.charCodeAt(0) | 32
  const y = b.charCodeAt(0) | 32
  if (x !== y && x >= 97 && x <= 122 && y >= 97 && y <= 122) return false
  const word = bare(a)
  return word !== '' && word === bare(b)
}
const endsSentence = (token: string): boolean => /[.!?]["')\]]?$/.test(token)
const startsUpper = (token: string): boolean => /^\P{L}*\p{Lu}/u.test(token)
const capitalise = (token: string): string =>
  token.replace(/^(\P{L}*)(\p{Ll})/u, (_, before: string, letter: string) => before + letter.toUpperCase())

/** Joins two tokens into one (punctuation typed apart, "shop ,"), keeping the source range when both come from one cue. */
const glue = (a: SourceToken, b: SourceToken, text: string): SourceToken => ({
  ...a,
  text,
  ...(a.cueId === b.cueId ? { to: Math.max(a.to, b.to) } : {}),
})

/** Applies clean verbatim to the words of one paragraph, keeping each word's source. */
export function cleanTokens(tokens: readonly SourceToken[]): SourceToken[] {
  const out: SourceToken[] = []
  let capitaliseNext = false
  const last = () => out[out.length - 1]
  const replaceLast = (token: SourceToken) => (out[out.length - 1] = token)
  for (const token of tokens) {
    const previous = last()
    if (isFiller(token.text)) {
      if (!previous || endsSentence(previous.text)) capitaliseNext = true
      // Keep punctuation that ended the filler ("um." ends a sentence) on the previous word.
      const trailing = /[.!?]$/.test(token.text) ? token.text.slice(-1) : ''
      if (trailing && previous && !/[.!?]$/.test(previous.text)) {
        replaceLast({ ...previous, text: previous.text.replace(/,$/, '') + trailing })
        capitaliseNext = true
      }
      continue
    }
    if (previous && /^[,.;:!?]+$/.test(token.text)) {
      // Punctuation typed apart from its word ("shop ,") joins it; a comma before a full stop goes.
      replaceLast(
        glue(
          previous,
          token,
          /,$/.test(previous.text) && /^[.!?]/.test(token.text)
            ? previous.text.slice(0, -1) + token.text
            : previous.text + token.text,
        ),
      )
      continue
    }
    // A stutter ("th-", "I- I") is a broken start of the next word.
    if (
      previous &&
      previous.text.endsWith('-') &&
      /^[\p{L}']{1,4}-$/u.test(previous.text) &&
      bare(token.text).startsWith(bare(previous.text).replace(/-$/, ''))
    ) {
      out.pop()
      if (startsUpper(previous.text)) capitaliseNext = true
    }
    const before = last()
    if (before && sameWord(before.text, token.text) && !/[.!?,;:]$/.test(before.text)) {
      // "the the" → keep one (the later keeps its punctuation, the earlier its capital).
      replaceLast({ ...token, text: startsUpper(before.text) ? capitalise(token.text) : token.text })
      continue
    }
    const leadingComma = out.length === 0 && /^,/.test(token.text)
    const text = leadingComma ? token.text.replace(/^,\s*/, '') : token.text
    if (!text) continue
    const shown = capitaliseNext ? capitalise(text) : text
    out.push(shown === token.text ? token : { ...token, text: shown })
    capitaliseNext = false
  }
  return out
}

/** Splits text into source tokens (no cue). */
export function tokensOf(text: string, cueId?: string): SourceToken[] {
  const out: SourceToken[] = []
  const pattern = /\S+/g
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    out.push(
      cueId !== undefined
        ? { text: m[0], cueId, from: m.index, to: m.index + m[0].length }
        : { text: m[0], from: m.index, to: m.index + m[0].length },
    )
  return out
}

/** Applies clean verbatim to a run of text (one paragraph). */
export function cleanVerbatim(text: string): string {
  return cleanTokens(tokensOf(text))
    .map((t) => t.text)
    .join(' ')
}
