/**
 * Whole-process `eglur convert` of a generated 3-hour YouTube rolling WebVTT (~7,000 cues) to JSON,
 * side by side with a naive Node script that splits the file into blocks, reads the timings with a
 * regex and writes the cues as JSON (no clean-up, no re-segmentation, no checks). Goal: ≤ 2.0×.
 * Both run as processes, spawned and waited for, paired round by round (see measurePaired). Also a
 * batch row: eglur convert of four such files at once (worker threads) against four script runs in a row.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateWords, rollingYouTubeVtt } from '../tests/helpers/generate-captions'
import { runNode, snapshotCli } from './cli-snapshot'
import { measurePaired } from './harness'

const root = path.resolve(import.meta.dirname, '..')
const ROUNDS = 9

const NAIVE = `const fs = require('node:fs')
const text = fs.readFileSync(process.argv[2], 'utf8')
const toMs = (h, m, s, f) => ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(f)
const cues = []
for (const block of text.split(/\\n\\n+/)) {
  const m = /(\\d+):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d+):(\\d\\d):(\\d\\d)\\.(\\d{3})[^\\n]*\\n([\\s\\S]*)/.exec(block)
  if (m) cues.push({ start: toMs(m[1], m[2], m[3], m[4]), end: toMs(m[5], m[6], m[7], m[8]), text: m[9].replace(/<[^>]*>/g, '') })
}
fs.writeFileSync(process.argv[3], JSON.stringify({ cues }))
`

/** Runs the benchmark and returns its Markdown section. */
export function run(): string {
  runNode([path.join(root, 'scripts/build-cli.js')], root)
  const bin = snapshotCli()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eglur-bench-convert-'))
  const files = [42, 43, 44, 45].map((seed) => {
    const file = path.join(dir, `talk-${seed}.vtt`)
    writeFileSync(file, rollingYouTubeVtt(generateWords(3 * 3600 * 1000, seed), seed).vtt)
    return file
  })
  writeFileSync(path.join(dir, 'naive.cjs'), NAIVE)
  const naive = (file: string) => runNode(['naive.cjs', file, `${file}.naive.json`], dir)
  if (runNode([bin, '--help'], dir) !== '') throw new Error('bin/eglur.js did not run the bundle')
  const [baseline, ...rows] = measurePaired(
    { name: 'naive split + regex script writing JSON (baseline)', fn: () => naive(files[0]!) },
    [
      {
        name: '`eglur convert talk.vtt -o talk.json` (import, clean-up, re-segment, write)',
        fn: () => runNode([bin, 'convert', files[0]!, '-o', `${files[0]}.json`], dir),
      },
    ],
    ROUNDS,
    1,
  )
  const [batchBase, ...batch] = measurePaired(
    { name: 'the naive script on 4 files, one after another', fn: () => files.map(naive) },
    [
      {
        name: '`eglur convert` of the 4 files at once (`-o DIR --to json`, worker threads)',
        fn: () => runNode([bin, 'convert', ...files, '-o', path.join(dir, 'out'), '--to', 'json'], dir),
      },
    ],
    5,
    1,
  )
  const lines = ['| command | median ms | min ms | × baseline |', '|---|---:|---:|---:|']
  for (const r of [baseline!, ...rows])
    lines.push(`| ${r.name} | ${r.medianMs.toFixed(0)} | ${r.minMs.toFixed(0)} | ${r.ratio.toFixed(2)} |`)
  for (const r of [batchBase!, ...batch])
    lines.push(`| ${r.name} | ${r.medianMs.toFixed(0)} | ${r.minMs.toFixed(0)} | ${r.ratio.toFixed(2)} |`)
  return [
    `Whole processes, ${ROUNDS} paired rounds (batch: 5); input: generated 3-hour YouTube rolling WebVTT, ${os.availableParallelism()} cores.`,
    '',
    ...lines,
  ].join('\n')
}
