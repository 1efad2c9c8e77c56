/**
 * fast-check generators for caption documents. Text includes the characters formats must escape
 * (`&`, `<`, `>`, `-->`), leading and trailing spaces, Welsh letters and emoji.
 */
import fc from 'fast-check'
import { asCueId, asSpeakerId, makeDocument, type CaptionDocument, type Cue, type Speaker } from '../../shared/model'

const piece = fc.constantFrom(
  'a',
  'b',
  'the',
  'ŵ',
  'ŷ',
  'é',
  '😀',
  '&',
  '<',
  '>',
  '-->',
  '&amp;',
  ' ',
  '  ',
  'x y',
  '<b>',
  'Dr.',
  '1',
  '2:30',
  '"',
  "'",
)

/** One line of cue text (never empty, may start or end with spaces). */
export const arbitraryLine = fc
  .array(piece, { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((l) => l.trim() !== '')

/** Options for the document generator. */
export type DocOptions = { withSpeakers?: boolean; withWords?: boolean; withKinds?: boolean; maxCues?: number }

/** An arbitrary document: sorted, non-negative integer times, ids c1…cN, optional speakers/kinds/words. */
export function arbitraryDocument(options: DocOptions = {}): fc.Arbitrary<CaptionDocument> {
  const speakerNames = fc.uniqueArray(fc.constantFrom('Beth Perry', 'Morwenna', 'Niccola', 'Dr <Who> & Co', 'Siân Ŵ'), {
    minLength: 1,
    maxLength: 3,
  })
  return fc
    .record({
      names: options.withSpeakers ? speakerNames : fc.constant([] as string[]),
      cues: fc.array(
        fc.record({
          gap: fc.integer({ min: 0, max: 5000 }),
          length: fc.integer({ min: 0, max: 8000 }),
          lines: fc.array(arbitraryLine, { minLength: 1, maxLength: 3 }),
          speaker: fc.integer({ min: -1, max: 2 }),
          kind: fc.constantFrom(undefined, 'description', 'caption', 'heading'),
        }),
        { maxLength: options.maxCues ?? 12 },
      ),
    })
    .map(({ names, cues }) => {
      const speakers: Speaker[] = names.map((name, i) => ({ id: asSpeakerId(`s${i + 1}`), name }))
      let t = 0
      const built: Cue[] = cues.map((c, i) => {
        const startMs = t + c.gap
        t = startMs + c.length
        const text = c.lines.join('\n')
        const speaker = speakers[c.speaker]
        const words = options.withWords
          ? text
              .split(/\s+/)
              .filter(Boolean)
              .map((w, k) => ({ startMs: startMs + k, endMs: startMs + k + 1, text: w }))
          : undefined
        return {
          id: asCueId(`c${i + 1}`),
          startMs,
          endMs: startMs + c.length,
          text,
          ...(speaker ? { speakerId: speaker.id } : {}),
          ...(options.withKinds && c.kind ? { kind: c.kind as Cue['kind'] } : {}),
          ...(words && words.length ? { words } : {}),
        }
      })
      return makeDocument(built, speakers)
    })
}
