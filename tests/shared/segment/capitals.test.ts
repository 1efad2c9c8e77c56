// Capitals and full stops suggested for automated captions: "I" always, sentence ends at long
// pauses and speaker changes, names as written in the speaker list and glossary; times never change.
import { describe, expect, it } from 'vitest'
import { addCapitals } from '../../../shared/segment/capitals'
import { emptyHints, hintsFromWords } from '../../../shared/segment/speech-hints'

const stream = (text: string, pauses: Record<number, number> = {}) => {
  let t = 0
  return text.split(' ').map((w, i) => {
    const word = { startMs: t, endMs: t + 300, text: w }
    t += 300 + (pauses[i] ?? 0)
    return word
  })
}
const texts = (ws: readonly { text: string }[]) => ws.map((w) => w.text).join(' ')

describe('capitals and full stops', () => {
  it('"I" and its contractions always, whatever else', () => {
    const words = stream("so i think i'm right and i've said i'll go if i'd time")
    const { words: out, counts } = addCapitals(words, emptyHints(words.length))
    expect(texts(out)).toBe("So I think I'm right and I've said I'll go if I'd time.")
    expect(counts).toEqual({ capitals: 6, fullStops: 1 })
    expect(out.map((w) => [w.startMs, w.endMs])).toEqual(words.map((w) => [w.startMs, w.endMs]))
  })

  it('a full stop before a long pause and a capital after it, but not after a word that cannot end a sentence', () => {
    const words = stream('we start now then we talk about the results', { 2: 900, 7: 900 })
    const hints = hintsFromWords(words)
    expect(texts(addCapitals(words, hints).words)).toBe('We start now. Then we talk about the results.')
  })

  it('a change of speaker ends the sentence before it', () => {
    const words = stream('thank you yes please')
    const breaks = new Uint8Array(words.length)
    breaks[2] = 1
    expect(texts(addCapitals(words, emptyHints(words.length, breaks)).words)).toBe('Thank you. Yes please.')
  })

  it('names from the speaker list and glossary keep their capitals, whole words only, several words too', () => {
    const words = stream('thank you morwenna and beth perry from the bethel chapel in new york')
    const { words: out } = addCapitals(words, emptyHints(words.length), [
      'Morwenna',
      'Beth Perry',
      'New York',
      'lowercase term',
    ])
    expect(texts(out)).toBe('Thank you Morwenna and Beth Perry from the bethel chapel in New York.')
  })

  it('leaves punctuation already there alone and adds nothing twice', () => {
    const words = stream('Hello, world. I am here!')
    const { words: out, counts } = addCapitals(words, emptyHints(words.length))
    expect(texts(out)).toBe('Hello, world. I am here!')
    expect(counts).toEqual({ capitals: 0, fullStops: 0 })
  })
})
