/**
 * Clean verbatim: removes fillers ("um", "uh", "erm"), stutters ("th- the") and immediate word
 * repeats ("the the"), tidies spacing and sentence capitals. No other word is ever changed.
 */

/** Sounds that carry no words. "Like" and "you know" are real words and are never removed. */
const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'err', 'ah', 'hmm', 'mm', 'mhm'])

const isFiller = (token: string): boolean => FILLERS.has(token.toLowerCase().replace(/[^a-z]/g, ''))
const bare = (token: string): string => token.toLowerCase().replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '')

/** Applies clean verbatim to a run of text (one paragraph). */
export function cleanVerbatim(text: string): string {
  const tokens = text.split(/\s+/).filter(Boolean)
  const out: string[] = []
  for (const token of tokens) {
    if (isFiller(token)) {
      // Keep punctuation that ended the filler ("um." ends a sentence) on the previous word.
      const trailing = /[.!?]$/.test(token) ? token.slice(-1) : ''
      if (trailing && out.length && !/[.!?]$/.test(out[out.length - 1]!)) out[out.length - 1] = out[out.length - 1]!.replace(/,$/, '') + trailing
      continue
    }
    const previous = out[out.length - 1]
    // A stutter ("th-", "I- I") is a broken start of the next word.
    if (previous && /^[\p{L}']{1,4}-$/u.test(previous) && bare(token).startsWith(bare(previous).replace(/-$/, ''))) out.pop()
    const last = out[out.length - 1]
    if (last && bare(last) !== '' && bare(last) === bare(token) && !/[.!?,;:]$/.test(last)) {
      out[out.length - 1] = token // "the the" → keep one (the later keeps its punctuation)
      continue
    }
    out.push(token)
  }
  return capitaliseSentences(out.join(' ').replace(/\s+([,.;:!?])/g, '$1').replace(/,([.!?])/g, '$1').replace(/^,\s*/, ''))
}

/** Capitalises the first letter of the text and of every sentence. */
export function capitaliseSentences(text: string): string {
  return text.replace(/(^|[.!?]["')\]]?\s+)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}
