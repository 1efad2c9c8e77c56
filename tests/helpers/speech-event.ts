/**
 * A generated multi-speaker event with known truth, as awkward as real ones: espeak-ng voices per
 * speaker at different rates, pauses of varying length, hand-overs under a quarter of a second,
 * hesitations mid-sentence, a music bed under everything and applause; plus the YouTube-style
 * rolling WebVTT for it (lower case, no punctuation, stamps a little off, `>>` on most speaker
 * changes but not all, as YouTube writes them). Needs Debian's espeak-ng and ffmpeg.
 */

import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Word } from '../../shared/model'
import { writeRollingVtt } from '../../scripts/rolling-vtt'
import { seededRandom } from './generate-captions'

const run = promisify(execFile)
const RATE = 22050

/** One sentence of the script; `hesitate` splits it in two with a pause after that many words. */
type Line = Readonly<{ speaker: string; text: string; hesitate?: number }>

/** The event: 28 sentences, 7 speakers, 10 speaker changes (two of them not marked `>>`). */
export const EVENT_SCRIPT: readonly Line[] = [
  { speaker: 'Morwenna', text: 'Welcome everyone to the network event in Cardiff.' },
  { speaker: 'Morwenna', text: "I'm really glad that so many of you could join us today." },
  { speaker: 'Morwenna', text: 'First I will ask our guests to introduce themselves.' },
  { speaker: 'Beth', text: 'Thank you Morwenna.' },
  { speaker: 'Beth', text: 'I work on housing with the university and I have done so for ten years.', hesitate: 6 },
  { speaker: 'Beth', text: "I've seen how people change the services they use." },
  { speaker: 'Dafydd', text: 'Can I add something here?' },
  { speaker: 'Dafydd', text: 'I think the community groups carry most of the work.' },
  { speaker: 'Morwenna', text: 'Yes please go on.' },
  { speaker: 'Dafydd', text: 'They do the listening and the research follows them.', hesitate: 4 },
  { speaker: 'Dafydd', text: "I'd like to see that written into every grant." },
  { speaker: 'Priya', text: 'That is exactly what we found in Manchester.' },
  { speaker: 'Priya', text: 'I will share the evaluation after the break.' },
  { speaker: 'Priya', text: 'It shows what changed for the families.' },
  { speaker: 'Tom', text: 'Sorry to cut in.' },
  { speaker: 'Tom', text: "I'll be brief because I know time is short.", hesitate: 3 },
  { speaker: 'Tom', text: 'Who decides what counts as success?' },
  { speaker: 'Beth', text: 'The people who use the services should decide.' },
  { speaker: 'Beth', text: 'I believe that strongly.' },
  { speaker: 'Alun', text: 'I agree with Beth on this point.' },
  { speaker: 'Alun', text: 'We asked tenants to set the measures themselves and it worked.', hesitate: 5 },
  { speaker: 'Alun', text: 'The results were better than anyone expected.' },
  { speaker: 'Siân', text: 'Can I ask a question from the audience?' },
  { speaker: 'Siân', text: 'How do you pay people for their time?' },
  { speaker: 'Morwenna', text: 'That is a good question.' },
  { speaker: 'Morwenna', text: 'I will ask Priya to answer it after the break.' },
  { speaker: 'Morwenna', text: 'Thank you all for coming.' },
  { speaker: 'Morwenna', text: 'We will start again in ten minutes.' },
]

/** Voice and rate (words a minute) per speaker: more than one rate, as real speakers differ. */
const VOICES: Readonly<Record<string, readonly [string, number]>> = {
  Morwenna: ['en-gb+f3', 165],
  Beth: ['en-gb-scotland+f2', 185],
  Dafydd: ['en-gb-x-gbcwmd+m3', 150],
  Priya: ['en-us+f4', 175],
  Tom: ['en-gb-x-rp+m1', 200],
  Alun: ['en+m2', 160],
  Siân: ['en-029+f1', 170],
}

/** A heard word with its true speaker, sentence and time. */
export type TrueWord = Word & Readonly<{ speaker: string; sentence: number; endsSentence: boolean }>

/** The generated event: its audio, its rolling captions, and the truth. */
export type SpeechEvent = Readonly<{
  audio: string
  vtt: string
  words: readonly TrueWord[]
  speakers: readonly string[]
  durationMs: number
  applause: Readonly<{ startMs: number; endMs: number }>
}>

/** Reads espeak-ng's 16-bit mono WAV (22 050 Hz) into floats, trimmed of its leading and trailing quiet. */
async function readSpeech(file: string): Promise<Float32Array> {
  const bytes = await fs.readFile(file)
  let offset = 12
  while (offset + 8 <= bytes.length && bytes.toString('ascii', offset, offset + 4) !== 'data')
    offset += 8 + bytes.readUInt32LE(offset + 4)
  const data = bytes.subarray(offset + 8)
  const samples = new Float32Array(data.length >> 1)
  for (let i = 0; i < samples.length; i++) samples[i] = data.readInt16LE(2 * i) / 32768
  let from = 0
  let to = samples.length
  while (from < to && Math.abs(samples[from]!) < 0.01) from++
  while (to > from && Math.abs(samples[to - 1]!) < 0.01) to--
  return samples.subarray(from, to)
}

/** Writes 16-bit mono PCM as a WAV file. */
async function writeWav(file: string, samples: Float32Array): Promise<void> {
  const data = Buffer.alloc(samples.length * 2)
  for (let i = 0; i < samples.length; i++)
    data.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(samples[i]! * 32767))), 2 * i)
  const header = Buffer.alloc(44)
  header.write('RIFF', 0, 'ascii')
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVEfmt ', 8, 'ascii')
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(RATE, 24)
  header.writeUInt32LE(RATE * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36, 'ascii')
  header.writeUInt32LE(data.length, 40)
  await fs.writeFile(file, Buffer.concat([header, data]))
}

/** Words spread over [startMs, endMs) by length: what an automated caption stamps, near enough. */
function spread(
  texts: readonly string[],
  startMs: number,
  endMs: number,
): { startMs: number; endMs: number; text: string }[] {
  const total = texts.reduce((n, w) => n + w.length + 1, 0)
  let t = startMs
  return texts.map((text) => {
    const span = ((text.length + 1) / total) * (endMs - startMs)
    const word = { startMs: Math.round(t), endMs: Math.round(t + span), text }
    t += span
    return word
  })
}

/** What YouTube writes for a sentence: lower case, no punctuation ("I'm" → "i'm"). */
const heard = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[.,?!]/g, '')
    .split(/\s+/)
    .filter(Boolean)

/** Generates the event into `dir` (audio.wav, captions.vtt). Deterministic for a seed. */
export async function makeSpeechEvent(dir: string, seed = 17): Promise<SpeechEvent> {
  await fs.mkdir(dir, { recursive: true })
  const random = seededRandom(seed)
  const pieces: { at: number; samples: Float32Array }[] = []
  const words: TrueWord[] = []
  let t = 1200
  let applauseAt = 0
  const voiced = async (speaker: string, text: string, k: string): Promise<Float32Array> => {
    const [voice, rate] = VOICES[speaker]!
    const wav = path.join(dir, `part-${k}.wav`)
    await run('espeak-ng', ['-v', voice, '-s', String(rate), '-w', wav, text])
    const samples = await readSpeech(wav)
    await fs.rm(wav, { force: true })
    return samples
  }
  for (const [n, line] of EVENT_SCRIPT.entries()) {
    const all = line.text.split(/\s+/)
    const parts = line.hesitate ? [all.slice(0, line.hesitate), all.slice(line.hesitate)] : [all]
    for (const [p, part] of parts.entries()) {
      const samples = await voiced(line.speaker, part.join(' '), `${n}-${p}`)
      const ms = (samples.length / RATE) * 1000
      pieces.push({ at: t, samples })
      const texts = heard(part.join(' '))
      spread(texts, t, t + ms).forEach((w, i) =>
        words.push({
          ...w,
          speaker: line.speaker,
          sentence: n,
          endsSentence: p === parts.length - 1 && i === texts.length - 1,
        }),
      )
      t += ms + (p < parts.length - 1 ? 350 + random() * 350 : 0) // a hesitation mid-sentence
    }
    const next = EVENT_SCRIPT[n + 1]
    if (n === 2) {
      applauseAt = t + 300
      t += 2600 // applause after the introduction
    } else if (next && next.speaker !== line.speaker)
      t += n % 3 === 0 ? 120 + random() * 100 : 300 + random() * 900 // hand-overs, some under 0.25 s
    else t += 250 + random() * 900
  }
  const durationMs = Math.round(t + 1500)
  const mix = new Float32Array(Math.ceil((durationMs / 1000) * RATE))
  for (const { at, samples } of pieces) mix.set(samples, Math.round((at / 1000) * RATE))
  const noise = seededRandom(seed + 1)
  for (let i = 0; i < mix.length; i++) {
    const s = i / RATE
    // A quiet music bed (a slow chord, about 24 dB under the voices) all through.
    mix[i] =
      mix[i]! * 0.8 +
      0.012 *
        (Math.sin(2 * Math.PI * 196 * s) + Math.sin(2 * Math.PI * 247 * s) + Math.sin(2 * Math.PI * 294 * s)) *
        (0.8 + 0.2 * Math.sin(2 * Math.PI * 0.3 * s))
    const ms = s * 1000
    if (ms >= applauseAt && ms < applauseAt + 2000)
      mix[i] = mix[i]! + (noise() * 2 - 1) * 0.15 * (noise() < 0.3 ? 1 : 0.4)
  }
  const audio = path.join(dir, 'audio.wav')
  await writeWav(audio, mix)
  return {
    audio,
    vtt: rollingCaptions(words, seed),
    words,
    speakers: [...new Set(EVENT_SCRIPT.map((l) => l.speaker))],
    durationMs,
    applause: { startMs: Math.round(applauseAt), endMs: Math.round(applauseAt + 2000) },
  }
}

/** YouTube's rolling captions for the words: lines of 5–9 words, stamps up to 80 ms off, `>>` on 10 of 13 changes. */
function rollingCaptions(words: readonly TrueWord[], seed: number): string {
  const random = seededRandom(seed + 2)
  const stream: Word[] = []
  let changes = 0
  let last = 0
  words.forEach((w, i) => {
    if (i > 0 && w.speaker !== words[i - 1]!.speaker && changes++ % 4 !== 3)
      stream.push({ startMs: Math.max(last, w.startMs - 1), endMs: w.startMs, text: '>>' })
    const startMs = Math.max(last + 1, Math.round(w.startMs + (random() * 2 - 1) * 80))
    stream.push({ startMs, endMs: w.endMs, text: w.text })
    last = startMs
  })
  const lines: Word[][] = []
  for (let i = 0; i < stream.length;) {
    const n = 5 + Math.floor(random() * 5)
    lines.push(stream.slice(i, i + n))
    i += n
  }
  return writeRollingVtt(lines)
}
