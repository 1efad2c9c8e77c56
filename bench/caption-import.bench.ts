/**
 * Caption import on a generated 3-hour YouTube rolling WebVTT (~7,000 cues, ~1.3 MB), side by side:
 * a naive split+regex parse (baseline), the W3C webvtt-parser, our plain WebVTT parse, and our full
 * automated-caption import (parse + rolling clean-up + re-segmentation).
 * Goals: plain parse ≤ 1.5× the naive parse; full import ≤ 2× it.
 *
 * Each of our variants is timed next to a run of the baseline, and its ratio is the median of
 * those run-by-run ratios (see measurePaired): on this shared machine whole seconds run slow or fast,
 * which moves separate medians by half but falls on both sides of a paired ratio.
 *
 * The plain parse reads a cue's word timings when they are first asked for, so a row also shows the
 * parse followed by reading every cue's words; and one row times breakLines on the text of every cue
 * the import makes (what "Reflow" does to them; the import itself breaks lines from word traits).
 */
import { createRequire } from 'node:module'
import type { WebVTTParser as WebVttParserClass } from 'webvtt-parser'
import '../shared/formats/keep-shapes'
import { parseWebVtt } from '../shared/formats/webvtt/index'
import { parseYouTubeRolling } from '../shared/import/youtube-rolling'
import { ACCESSIBLE_DEFAULT_PROFILE } from '../shared/model'
import { breakLines } from '../shared/quality/line-break'
import { generateWords, rollingYouTubeVtt } from '../tests/helpers/generate-captions'
import { measure, measurePaired, table } from './harness'

const require = createRequire(import.meta.url)
const { WebVTTParser } = require('webvtt-parser') as { WebVTTParser: typeof WebVttParserClass }

/** The baseline: what a quick script would do (no spec, no tags, no warnings). */
function naiveParse(text: string): Array<{ start: number; end: number; text: string }> {
  const toMs = (h: string, m: string, s: string, f: string) =>
    ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(f)
  const cues: Array<{ start: number; end: number; text: string }> = []
  for (const block of text.split(/\n\n+/)) {
    const m = /(\d+):(\d\d):(\d\d)\.(\d{3}) --> (\d+):(\d\d):(\d\d)\.(\d{3})[^\n]*\n([\s\S]*)/.exec(block)
    if (m)
      cues.push({
        start: toMs(m[1]!, m[2]!, m[3]!, m[4]!),
        end: toMs(m[5]!, m[6]!, m[7]!, m[8]!),
        text: m[9]!.replace(/<[^>]*>/g, ''),
      })
  }
  return cues
}

/** Parses, then reads every cue's word timings (what a consumer of all the words pays in total). */
function parseAndReadWords(vtt: string): number {
  let words = 0
  for (const cue of parseWebVtt(vtt).doc.cues) words += cue.words?.length ?? 0
  return words
}

/** Runs the benchmark and returns its Markdown section. */
export function run(): string {
  const { vtt } = rollingYouTubeVtt(generateWords(3 * 3600 * 1000, 42), 42)
  const cueCount = naiveParse(vtt).length
  const out = parseYouTubeRolling(vtt).doc
  // The text each re-segmented cue is line-broken from: its words joined, as segmentWords passes them.
  const cueTexts = out.cues.map((c) => (c.words ?? []).map((w) => w.text).join(' '))
  const [baseline, ...ours] = measurePaired(
    { name: 'naive split+regex parse (baseline)', fn: () => naiveParse(vtt) },
    [
      { name: 'Eglur WebVTT parse', fn: () => parseWebVtt(vtt) },
      { name: 'Eglur WebVTT parse, then every cue’s words read', fn: () => parseAndReadWords(vtt) },
      { name: 'Eglur full import (parse + clean-up + re-segment)', fn: () => parseYouTubeRolling(vtt) },
      {
        name: 'breakLines on the text of every new cue (quality/line-break)',
        fn: () => cueTexts.map((t) => breakLines(t, ACCESSIBLE_DEFAULT_PROFILE)),
      },
    ],
    41,
  )
  // The reference parser is ~30× slower: timed on its own, and its ratio is the plain one of medians.
  const reference = measure('webvtt-parser (W3C reference)', () => new WebVTTParser().parse(vtt, 'metadata'), 5)
  const rows = [baseline!, reference, ...ours]
  return [
    `Input: generated 3-hour YouTube rolling WebVTT, ${cueCount} cues, ${(vtt.length / 1048576).toFixed(2)} MB → ${out.cues.length} re-segmented cues.`,
    '',
    table(rows, 'naive split+regex parse (baseline)'),
  ].join('\n')
}
