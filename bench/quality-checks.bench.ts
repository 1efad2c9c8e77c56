/**
 * Quality checks on a generated 10,000-cue document, side by side with a bare loop that only works
 * out each cue's reading speed (the least any check must do). Goal: all checks < 100 ms.
 */
import { checkDocument } from '../shared/quality/checks'
import { ACCESSIBLE_DEFAULT_PROFILE, asCueId, makeDocument, type Cue } from '../shared/model'
import { generateWords } from '../tests/helpers/generate-captions'
import { segmentWords } from '../shared/segment/segment-words'
import { measure, table } from './harness'

/** Runs the benchmark and returns its Markdown section. */
export function run(): string {
  // About 10,000 cues of realistic text, with word timings, from the generated word stream.
  const cues = segmentWords(generateWords(10.5 * 3600 * 1000, 5), ACCESSIBLE_DEFAULT_PROFILE).slice(0, 10_000)
  const doc = makeDocument(cues.map((c, i): Cue => ({ ...c, id: asCueId(`c${i + 1}`) })))
  const glossary = [
    { from: 'co production', to: 'co-production' },
    { from: 'manchester', to: 'Manchester' },
  ]
  const bare = () => {
    let fast = 0
    for (const cue of doc.cues) if (cue.text.length / ((cue.endMs - cue.startMs) / 1000) > 20) fast++
    return fast
  }
  const rows = [
    measure('bare reading-speed loop (baseline)', bare),
    measure('all checks', () => checkDocument(doc, ACCESSIBLE_DEFAULT_PROFILE)),
    measure('all checks + 2-term glossary', () => checkDocument(doc, ACCESSIBLE_DEFAULT_PROFILE, { glossary })),
  ]
  return [
    `Input: ${doc.cues.length} cues with word timings; ${checkDocument(doc, ACCESSIBLE_DEFAULT_PROFILE).length} findings.`,
    '',
    table(rows, 'bare reading-speed loop (baseline)'),
  ].join('\n')
}
