/**
 * Makes a short event recording for the sample project and the browser tests: two speakers
 * (espeak-ng voices) over a test-pattern video, plus the exact timing of every phrase and word.
 *
 * Needs Debian's espeak-ng and ffmpeg (installed by .ci/run). Word times inside a phrase are spread
 * by word length, which is close enough for an "automated caption" that the editor then corrects.
 */

import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** One spoken phrase of the sample script. */
export type SamplePhrase = Readonly<{ speaker: string; text: string }>

/** A phrase as recorded, with its times and word times in ms. */
export type TimedPhrase = SamplePhrase &
  Readonly<{ startMs: number; endMs: number; words: readonly { startMs: number; endMs: number; text: string }[] }>

/** The sample event: short, with names and terms that automated captions get wrong. */
export const SAMPLE_SCRIPT: readonly SamplePhrase[] = [
  { speaker: 'Morwenna', text: 'Welcome everyone to the co-production network event.' },
  { speaker: 'Morwenna', text: 'We will start by hearing how networks work.' },
  { speaker: 'Beth', text: 'When we talk about co-production, we mean three things.' },
  { speaker: 'Beth', text: 'The relationship between citizens and the state.' },
  { speaker: 'Beth', text: 'And what this means for us as researchers.' },
]

const VOICES: Readonly<Record<string, string>> = { Morwenna: 'en-gb+f3', Beth: 'en-gb-scotland+f2' }
const GAP_MS = 400

/** Reads the duration of a PCM WAV file from its header. */
async function wavDurationMs(file: string): Promise<number> {
  const bytes = await fs.readFile(file)
  const byteRate = bytes.readUInt32LE(28)
  let offset = 12
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4)
    const size = bytes.readUInt32LE(offset + 4)
    // espeak-ng writes 0x7fffffff as the data size when streaming; the real size is what is left.
    if (id === 'data') return Math.round((Math.min(size, bytes.length - offset - 8) / byteRate) * 1000)
    offset += 8 + size
  }
  throw new Error(`${file}: no data chunk`)
}

function spreadWords(text: string, startMs: number, endMs: number): TimedPhrase['words'] {
  const words = text.split(/\s+/).filter(Boolean)
  const total = words.reduce((n, w) => n + w.length + 1, 0)
  let t = startMs
  return words.map((word) => {
    const span = Math.round(((word.length + 1) / total) * (endMs - startMs))
    const timed = { startMs: t, endMs: Math.min(endMs, t + span), text: word }
    t += span
    return timed
  })
}

/** Writes `sample.mp4` (H.264/AAC, 640×360) into `outDir` and returns the timed phrases. */
export async function makeSampleMedia(
  outDir: string,
  script: readonly SamplePhrase[] = SAMPLE_SCRIPT,
): Promise<{ video: string; phrases: TimedPhrase[]; durationMs: number }> {
  await fs.mkdir(outDir, { recursive: true })
  const phrases: TimedPhrase[] = []
  const parts: string[] = []
  let t = 500
  for (const [i, phrase] of script.entries()) {
    const wav = path.join(outDir, `phrase-${i}.wav`)
    await run('espeak-ng', ['-v', VOICES[phrase.speaker] ?? 'en-gb', '-s', '165', '-w', wav, phrase.text])
    const ms = await wavDurationMs(wav)
    phrases.push({ ...phrase, startMs: t, endMs: t + ms, words: spreadWords(phrase.text, t, t + ms) })
    parts.push(wav)
    t += ms + GAP_MS
  }
  const durationMs = t + 600
  const video = path.join(outDir, 'sample.mp4')
  // Place each phrase at its start time with adelay, then mix: exact, and independent of WAV sample rates.
  const inputs = parts.flatMap((p) => ['-i', p])
  const delays = phrases.map((p, i) => `[${i + 1}:a]aresample=48000,adelay=${p.startMs}|${p.startMs}[a${i}]`).join(';')
  const mix = `${delays};${phrases.map((_, i) => `[a${i}]`).join('')}amix=inputs=${phrases.length}:normalize=0,apad[aout]`
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=640x360:rate=25:duration=${durationMs / 1000}`,
    ...inputs,
    '-filter_complex',
    mix,
    '-map',
    '0:v',
    '-map',
    '[aout]',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '96k',
    '-ac',
    '2',
    '-t',
    String(durationMs / 1000),
    '-movflags',
    '+faststart',
    video,
  ])
  await Promise.all(parts.map((p) => fs.rm(p, { force: true })))
  return { video, phrases, durationMs }
}
