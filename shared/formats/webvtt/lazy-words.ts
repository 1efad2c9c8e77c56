/**
 * Word timings read on first use: the one place the WebVTT reader bends the "plain readonly cue".
 *
 * Reading every inline timestamp of a YouTube file is most of the cost of reading it, and many uses
 * (showing the list, checking, converting to SRT) never look at word timings. So a cue with inline
 * timestamps gets `words` as an accessor that reads them from the file text the first time it is
 * asked, then keeps them. To the rest of Eglur the cue still looks like plain data: `words` is an
 * enumerable own property, so spreads, JSON, structured clone and equality see an ordinary array.
 * What is not plain: until read, the cue keeps the whole file text alive (through its hidden state),
 * and the first read of `words` does work. Edits copy cues with spreads, which read the words and
 * give ordinary objects, so the trick never outlives the first edit of a cue.
 */

import type { Word } from '../../model/cue'
import { scanCueText } from './cue-text'
import { readStampedLine } from './stamped-line'

/** Where a cue's payload lies in the file text, its times, and the words once read. */
export type LazyWords = {
  text: string
  from: number
  to: number
  startMs: number
  endMs: number
  words: readonly Word[] | undefined
}

/** Returns the object it is given, so a subclass can add a private field to any object (here a plain cue). */
class ReturnsItsArgument {
  constructor(target: object) {
    return target
  }
}

/**
 * Attaches a cue's lazy word-timing state as a private field: invisible to keys, spreads, JSON,
 * structured clone and equality, and cheaper to add than a second Object.defineProperty.
 */
class LazyWordsSlot extends ReturnsItsArgument {
  #lazy: LazyWords

  private constructor(cue: object, lazy: LazyWords) {
    super(cue)
    this.#lazy = lazy
  }

  /** Gives `cue` its state. */
  static attach(cue: object, lazy: LazyWords): void {
    new LazyWordsSlot(cue, lazy)
  }

  /** The state of a cue given one by attach. */
  static of(cue: object): LazyWords {
    return (cue as LazyWordsSlot).#lazy
  }
}

/** A stamped payload's words: by the fast reader when it is in YouTube's layout, else the general one. */
function readWords({ text, from, to, startMs, endMs }: LazyWords): readonly Word[] {
  const words: Word[] = []
  if (readStampedLine(text, from, to, startMs, endMs, words)) return words
  return scanCueText(text.slice(from, to), startMs, endMs, true).words ?? []
}

/**
 * `words` for cues with inline timestamps: read from the payload the first time they are asked for,
 * then kept. It is an enumerable own property, so spreads, JSON, structured clone and equality see
 * plain data; one shared accessor keeps the objects in V8's fast mode (a per-cue closure would not).
 */
const LAZY_WORDS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object): readonly Word[] {
    const lazy = LazyWordsSlot.of(this)
    return (lazy.words ??= readWords(lazy))
  },
  set(this: object, value: readonly Word[]) {
    LazyWordsSlot.of(this).words = value
  },
}

/** Gives `cue` a `words` property read from `state` (its payload in the file text) on first use. */
export function attachLazyWords(cue: object, state: LazyWords): void {
  Object.defineProperty(cue, 'words', LAZY_WORDS)
  LazyWordsSlot.attach(cue, state)
}
