/**
 * The one place the caption readers work around a V8 habit, for speed on hours-long files.
 *
 * V8 forgets a hidden class (an object "shape") once no object has it, and throws away the
 * optimised code built on it. The readers' working objects and results die after every file, so a
 * garbage collection between two files used to leave the next one to unoptimised code (the
 * caption-import benchmark measured up to 1.6× slower, and V8 logged "insufficient type feedback"
 * for the YouTube clean-up twenty times over). Keeping one object of each common shape alive for
 * the life of the program prevents that. Nothing reads these objects; they only exist.
 *
 * Loaded by the format registry (shared/formats/index.ts); code that calls a reader directly
 * (a benchmark) imports this module itself.
 */

import { RecentLines } from '../import/recent-lines'
import { newBlock, readVttBlocks } from './webvtt/blocks'
import { interpretCueText, scanCueText, wordBuilder } from './webvtt/cue-text'
import { lineReader } from './webvtt/line-reader'
import { cuesFromRaw, SpeakerCollector } from './webvtt/parse'

/** One object of each common shape the readers make, kept alive on purpose. */
export const KEPT_SHAPES: readonly unknown[] = [
  // The block reader: its line reader, a block, raw cues with and without settings, notes and labels.
  lineReader(''),
  newBlock(),
  readVttBlocks('WEBVTT\n\n00:00:00.000 --> 00:00:01.000 align:start\nx\n\nNOTE n\n\nid\n00:00.000 --> 00:01.000\nx'),
  // Cue text: a word builder and read texts, plain, stamped and voiced.
  wordBuilder(0, 0, []),
  scanCueText('x', 0, 0, false),
  scanCueText('x<00:00:00.000><c> y</c>', 0, 0, true),
  interpretCueText('<v a>x', 0, 0),
  // Cues: plain, stamped (lazy words), voiced and stamped, each with and without settings.
  shapedCues(),
  // The YouTube clean-up's window of recent lines, kept both ways.
  recentLines(),
]

function shapedCues(): unknown {
  const payloads = ['x', 'x<00:00:00.000>y', '<v x>x<00:00:00.000>y']
  const text = payloads.join('\n')
  const raw = ['', 'align:start'].flatMap((settings) =>
    payloads.map((payload) => ({ startMs: 0, endMs: 0, settings, payload, payloadAt: text.indexOf(payload), line: 1 })),
  )
  return cuesFromRaw(raw, text, new SpeakerCollector(), [])
}

function recentLines(): unknown {
  const sample = new RecentLines([{ startMs: 0, endMs: 0, text: 'x' }])
  sample.addText('x')
  sample.addWords(0, 1)
  return sample
}
