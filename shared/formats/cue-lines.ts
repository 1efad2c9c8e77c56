/** Where each cue was in its file (ParseResult.cueLines). */

/**
 * Cue id → 1-based line, kept as two lists and made a map only when first asked: checks ask, the
 * editor never does, and building a map of ten thousand fresh ids was a sixth of a WebVTT parse.
 */
export class CueLineMap implements ReadonlyMap<string, number> {
  readonly #cues: readonly { readonly id: string }[]
  readonly #lines: readonly number[]
  #map: Map<string, number> | undefined

  /** `lines[i]` is the line of `cues[i]`; both lists must not change afterwards. */
  constructor(cues: readonly { readonly id: string }[], lines: readonly number[]) {
    this.#cues = cues
    this.#lines = lines
  }

  /** The map itself, built on first use. */
  #built(): Map<string, number> {
    if (!this.#map) {
      this.#map = new Map()
      for (let i = 0; i < this.#cues.length; i++) this.#map.set(this.#cues[i]!.id, this.#lines[i]!)
    }
    return this.#map
  }

  /** How many cues have a line. */
  get size(): number {
    return this.#built().size
  }

  /** The line of a cue, by id. */
  get(id: string): number | undefined {
    return this.#built().get(id)
  }

  /** Whether a cue has a line. */
  has(id: string): boolean {
    return this.#built().has(id)
  }

  /** Calls `callback` for each cue id and line, in file order. */
  forEach(callback: (line: number, id: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    this.#built().forEach((line, id) => callback.call(thisArg, line, id, this))
  }

  /** [id, line] pairs in file order. */
  entries(): MapIterator<[string, number]> {
    return this.#built().entries()
  }

  /** Cue ids in file order. */
  keys(): MapIterator<string> {
    return this.#built().keys()
  }

  /** Lines in file order. */
  values(): MapIterator<number> {
    return this.#built().values()
  }

  /** [id, line] pairs in file order. */
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries()
  }
}
