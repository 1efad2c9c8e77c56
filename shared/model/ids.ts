/** Branded identifier types: a cue's id is stable across edits and never equals its displayed number. */

declare const brand: unique symbol

/** A stable cue identifier (survives splits, merges, reordering and saving). */
export type CueId = string & { readonly [brand]: 'CueId' }

/** A stable speaker identifier, referenced by cues. */
export type SpeakerId = string & { readonly [brand]: 'SpeakerId' }

/** Marks a string as a cue id (used at parse and storage boundaries only). */
export const asCueId = (value: string): CueId => value as CueId

/** Marks a string as a speaker id (used at parse and storage boundaries only). */
export const asSpeakerId = (value: string): SpeakerId => value as SpeakerId

/**
 * Returns a function that hands out ids not yet in `taken`, shaped `prefix` + number.
 *
 * Pure and deterministic (no randomness), so parsing the same file twice gives the same ids
 * and round-trip tests can compare documents whole.
 */
export function idAllocator(prefix: string, taken: Iterable<string> = []): () => string {
  const used = new Set(taken)
  let next = 1
  for (const id of used) {
    if (id.startsWith(prefix)) {
      const n = Number(id.slice(prefix.length))
      if (Number.isInteger(n) && n >= next) next = n + 1
    }
  }
  return () => {
    while (used.has(prefix + next)) next++
    const id = prefix + next
    used.add(id)
    next++
    return id
  }
}
