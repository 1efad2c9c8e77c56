/** `eglur report IN [--json]`: the plain-English report of a transcript, each finding with its time. */

import { parseArgs } from 'node:util'
import {
  documentReport,
  lacksFullStops,
  LONG_SENTENCE_WORDS,
  type DocumentReport,
} from '../../../shared/transcript/readability'
import { timestampLabel } from '../../../shared/transcript/labels'
import { EXIT, type CliIo } from '../io'
import { loadForTranscript } from './transcript'
import { UsageError, type CliCommandModule } from './command-module'

const HELP = `Usage: eglur report IN [--json] [--from auto|vtt|srt|sbv|youtube|zoom|teams|json]

IN is any caption file or an Eglur project. Reports reading ease (Flesch), reading age, words and
sentences of the speech (after fillers and repeats are left out), then each sentence over ${LONG_SENTENCE_WORDS} words,
each passive sentence and each wordy word with a plainer one, with the time of its caption.
Exit code 0; 2 when the input cannot be read.
`

/** The report as `--json` prints it: times in milliseconds, no caption ids. */
export function reportJson(r: DocumentReport): unknown {
  return {
    readingEase: r.readingEase,
    readingAge: r.readingAge,
    words: r.words,
    sentences: r.sentences,
    longSentences: r.longSentences.map((s) => ({ start: s.startMs, text: s.text, words: s.words })),
    passives: r.passives.map((p) => ({ start: p.startMs, text: p.text })),
    plainerWords: r.plainerWords.map((w) => ({ start: w.startMs, word: w.word, suggestion: w.suggestion })),
  }
}

/** Flesch's own bands, in words a reader of the report understands. */
function easeInWords(ease: number): string {
  if (ease >= 80) return 'very easy to read'
  if (ease >= 60) return 'plain English'
  if (ease >= 50) return 'fairly hard to read'
  return 'hard to read'
}

/** The report as readable lines. */
export function reportLines(input: string, r: DocumentReport): string {
  const time = (ms: number) => timestampLabel(ms).slice(1, -1)
  const out = [
    `${input}: reading ease ${r.readingEase} (${easeInWords(r.readingEase)}), reading age ${r.readingAge}`,
    `${r.words} ${r.words === 1 ? 'word' : 'words'} in ${r.sentences} ${r.sentences === 1 ? 'sentence' : 'sentences'}, ${r.averageSentenceWords} words a sentence on average`,
  ]
  if (lacksFullStops(r))
    out.push('Few full stops: automated captions have none, so put in the punctuation before trusting these figures.')
  const section = (title: string, lines: string[]) =>
    out.push('', `${title}: ${lines.length === 0 ? 'none' : lines.length}`, ...lines.map((l) => `  ${l}`))
  section(
    `Sentences over ${LONG_SENTENCE_WORDS} words`,
    r.longSentences.map((s) => `${time(s.startMs)}  ${s.words} words: ${s.text}`),
  )
  section(
    'Passive sentences',
    r.passives.map((p) => `${time(p.startMs)}  "${p.phrase}": ${p.text}`),
  )
  section(
    'Plainer words',
    r.plainerWords.map((w) => `${time(w.startMs)}  ${w.word} → ${w.suggestion}`),
  )
  return `${out.join('\n')}\n`
}

/** The report command. */
export const reportCommand: CliCommandModule = {
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, from: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.ok
    }
    const input = positionals[0]
    if (!input) throw new UsageError('needs a caption file or project')
    const report = documentReport(await loadForTranscript(input, io, values.from))
    io.stdout(values.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : reportLines(input, report))
    return EXIT.ok
  },
}
