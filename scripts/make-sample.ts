/**
 * `npm run sample`: regenerates the bundled sample project in assets/sample/ — a short event clip
 * with two speakers, the YouTube automated captions for it with the mistakes such captions make,
 * and `sample.eglur`, the project the welcome screen opens. The outputs are committed (the packager
 * ships them); the same espeak-ng and ffmpeg give the same files.
 *
 * Needs Debian's espeak-ng and ffmpeg (as scripts/sample-media.ts, which this builds on).
 */

import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { parseYouTubeRolling } from '../shared/import/youtube-rolling'
import { formatClock } from '../shared/model'
import { serializeProject } from '../shared/project/project-file'
import { makeSampleMedia, type SamplePhrase, type TimedPhrase } from './sample-media'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..')

/** Where the sample project lives (shipped as <resources>/sample/ by electron-builder.yml). */
export const SAMPLE_DIR = path.join(root, 'assets/sample')

/** A phrase as spoken, what automated captions heard, and how late they showed it. */
export type PlantedPhrase = SamplePhrase & Readonly<{ heard: string; lateMs?: number }>

/** The sample event. Each `heard` has a mistake a new user can find and fix in the editor. */
export const SAMPLE_EVENT: readonly PlantedPhrase[] = [
  { speaker: 'Morwenna', text: 'Welcome everyone to the co-production network event.', heard: 'welcome everyone to the co production network event' },
  { speaker: 'Morwenna', text: 'My name is Morwenna, and I chair the network in Wales.', heard: 'my name is more when a and i chair the the network in whales' },
  { speaker: 'Morwenna', text: 'We will start by hearing how networks work.', heard: 'we will start by hearing how net works work' },
  { speaker: 'Beth', text: 'Thank you, Morwenna.', heard: 'thank you more when a' },
  { speaker: 'Beth', text: 'When we talk about co-production, we mean three things.', heard: 'when we talk about co production we mean three things' },
  // Automated captions often lag the speech: this one starts late, so it needs retiming.
  { speaker: 'Beth', text: 'First, the relationship between citizens and the state.', heard: 'first the relationship between citizens and the state', lateMs: 900 },
  { speaker: 'Beth', text: 'Second, sharing power with the people who use services.', heard: 'second sharing power with the people who use services' },
  { speaker: 'Beth', text: 'And third, what this means for us as researchers.', heard: 'and third what this means for us as researchers' },
  { speaker: 'Morwenna', text: 'Thank you all for coming.', heard: 'thank you all for coming' },
]

/** The files the sample consists of, by name inside assets/sample/. */
export const SAMPLE_FILES = { project: 'sample.eglur', media: 'sample.mp4', captions: 'sample.en.vtt', sources: 'SOURCES.md' } as const

type HeardWord = { startMs: number; endMs: number; text: string }

/** Spreads the heard words over the phrase's time (by length, as sample-media does), shifted if late. */
export function heardWords(phrase: TimedPhrase, heard: string, lateMs = 0): HeardWord[] {
  const words = heard.split(/\s+/).filter(Boolean)
  const startMs = Math.min(phrase.startMs + lateMs, phrase.endMs - 100 * words.length)
  const total = words.reduce((n, w) => n + w.length + 1, 0)
  let t = startMs
  return words.map((text) => {
    const span = Math.round(((text.length + 1) / total) * (phrase.endMs - startMs))
    const word = { startMs: t, endMs: Math.min(phrase.endMs, t + span), text }
    t += span
    return word
  })
}

/**
 * YouTube's automated-caption WebVTT for the words: "rolling" cues where each line is shown twice,
 * word time stamps in `<c>` tags and 10 ms bridge cues — the shape people download from YouTube.
 */
export function rollingVtt(lines: readonly (readonly HeardWord[])[]): string {
  const parts = ['WEBVTT\nKind: captions\nLanguage: en\n']
  let previous = ' '
  lines.forEach((line, k) => {
    const start = line[0]!.startMs
    const end = lines[k + 1]?.[0]!.startMs ?? line[line.length - 1]!.endMs + 300
    const stamped = line.map((w, i) => (i === 0 ? w.text : `<${formatClock(w.startMs)}><c> ${w.text}</c>`)).join('')
    parts.push(`${formatClock(start)} --> ${formatClock(end - 10)} align:start position:0%\n${previous}\n${stamped}\n`)
    const plain = line.map((w) => w.text).join(' ')
    parts.push(`${formatClock(end - 10)} --> ${formatClock(end)} align:start position:0%\n${plain}\n \n`)
    previous = plain
  })
  return parts.join('\n')
}

/** Re-encodes the clip small (15 fps, CRF 32, mono audio) and bit-exact, so it diffs only when it changes. */
async function shrink(input: string, output: string): Promise<void> {
  await run('ffmpeg', [
    '-v', 'error', '-y', '-i', input,
    '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact',
    '-c:v', 'libx264', '-preset', 'medium', '-crf', '32', '-r', '15', '-g', '30', '-pix_fmt', 'yuv420p', '-threads', '1',
    '-c:a', 'aac', '-b:a', '48k', '-ac', '1',
    '-movflags', '+faststart', output,
  ])
}

function sourcesNote(durationMs: number): string {
  return `# Sample project: where it comes from

Generated by \`npm run sample\` (scripts/make-sample.ts); do not edit by hand. Licence: the same as
Eglur (MIT, see package.json). No recordings of real people: the voices are espeak-ng's synthetic
voices, the picture is ffmpeg's \`testsrc2\` pattern.

- \`${SAMPLE_FILES.media}\`: ${(durationMs / 1000).toFixed(1)} s, 640×360 H.264 at 15 fps with mono AAC audio. Two
  speakers: Morwenna (espeak-ng \`en-gb+f3\`) opens and closes, Beth (\`en-gb-scotland+f2\`) speaks in between.
- \`${SAMPLE_FILES.captions}\`: the captions as YouTube's automatic captioning writes them (rolling
  cues with word times). They make the usual mistakes, planted on purpose so every feature has
  something to do: no capital letters or punctuation, "co production" for "co-production", "more when a"
  for "Morwenna", "whales" for "Wales", "net works" for "networks", a doubled "the the", one caption
  that starts almost a second after the speech, and no speaker names.
- \`${SAMPLE_FILES.project}\`: an Eglur project with those captions imported (as Eglur's YouTube
  import cleans them up) and the video linked by its relative path, so the folder can move.

What was said:

${SAMPLE_EVENT.map((p) => `- ${p.speaker}: ${p.text}`).join('\n')}
`
}

/** Regenerates every sample file in `dir`; returns the project file's path. */
export async function makeSample(dir = SAMPLE_DIR): Promise<string> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-sample-'))
  try {
    const { video, phrases, durationMs } = await makeSampleMedia(work, SAMPLE_EVENT)
    await fs.mkdir(dir, { recursive: true })
    await shrink(video, path.join(dir, SAMPLE_FILES.media))
    // One YouTube line per phrase, longer phrases in two, as YouTube breaks lines at about 7 words.
    const lines = phrases.flatMap((p, i) => {
      const words = heardWords(p, SAMPLE_EVENT[i]!.heard, SAMPLE_EVENT[i]!.lateMs)
      return words.length > 7 ? [words.slice(0, Math.ceil(words.length / 2)), words.slice(Math.ceil(words.length / 2))] : [words]
    })
    const vtt = rollingVtt(lines)
    await fs.writeFile(path.join(dir, SAMPLE_FILES.captions), vtt)
    const { doc } = parseYouTubeRolling(vtt)
    const project = { title: 'Sample: co-production network event', media: { relativePath: SAMPLE_FILES.media }, doc, glossary: [] }
    // A fixed date keeps the file identical from run to run.
    await fs.writeFile(path.join(dir, SAMPLE_FILES.project), serializeProject(project, new Date('2026-01-01T00:00:00Z')))
    await fs.writeFile(path.join(dir, SAMPLE_FILES.sources), sourcesNote(durationMs))
    return path.join(dir, SAMPLE_FILES.project)
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`Wrote the sample project: ${path.relative(root, await makeSample())}`)
}
