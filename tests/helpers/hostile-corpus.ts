/**
 * The hostile-input corpus: the small hand-made files committed in tests/fixtures/hostile/, and the
 * large or binary ones generated here into a temporary folder (see that folder's README).
 */
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

/** The folder of committed hostile files. */
export const HOSTILE_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/hostile')

/** Path of a committed hostile file. */
export const hostileFixture = (name: string): string => path.join(HOSTILE_FIXTURES, name)

/** Names of the generated files, by what they are. */
export const GENERATED = {
  garbage: 'binary-garbage.srt',
  video: 'video-renamed.vtt',
  utf16leBom: 'utf16le-bom.vtt',
  utf16leNoBom: 'utf16le-no-bom.vtt',
  utf16beBom: 'utf16be-bom.srt',
  utf16beNoBom: 'utf16be-no-bom.srt',
  longLine: 'long-line-20mb.srt',
  longCue: 'long-cue-20mb.vtt',
  manyCues: 'many-cues-100k.vtt',
  nestedTags: 'nested-tags-10k.vtt',
} as const

/** One generated corpus: the folder and each file's path. */
export type GeneratedCorpus = Readonly<{ dir: string; path: Record<keyof typeof GENERATED, string> }>

/** Welsh text for the UTF-16 files: letters outside Latin-1 show a decoding mistake at once. */
export const UTF16_TEXT = 'Croeso, Siân a Gwenllïan: ŵ ŷ'

/** Deterministic noise (a linear congruential generator), so a failure can be reproduced. */
export function garbageBytes(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

/** Text as UTF-16 bytes, little or big endian, with or without a byte-order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le')
  if (endian === 'be') le.swap16()
  return le
}

/** `n` cues of one character each, 10 ms apart. */
export function manyCuesVtt(n: number): string {
  const parts = ['WEBVTT\n']
  const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23)
  for (let i = 0; i < n; i++)
    parts.push(`\n${stamp(i * 10)} --> ${stamp(i * 10 + 10)}\n${String.fromCharCode(97 + (i % 26))}\n`)
  return parts.join('')
}

/** One cue holding `depth` nested tags, never closed in the wrong order. */
export function nestedTagsVtt(depth: number): string {
  const tags = ['b', 'i', 'u', 'c.x']
  const open = Array.from({ length: depth }, (_, i) => `<${tags[i % tags.length]}>`).join('')
  const close = Array.from(
    { length: depth },
    (_, i) => `</${tags[(depth - 1 - i) % tags.length]!.replace(/\..*/, '')}>`,
  ).join('')
  return `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${open}deep${close}\n`
}

/** A tiny real MP4 (ffmpeg test pattern), the bytes a video renamed to .vtt holds. */
async function tinyMp4(target: string): Promise<void> {
  await promisify(execFile)('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=32x32:rate=5:duration=0.4',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-f',
    'mp4',
    target,
  ])
}

/** Writes a sparse file of `bytes` (no blocks used): tests that size limits are checked before reading. */
export async function sparseFile(target: string, bytes: number): Promise<void> {
  const handle = await fs.open(target, 'w')
  try {
    await handle.truncate(bytes)
  } finally {
    await handle.close()
  }
}

/** Generates every large or binary hostile file into a fresh temporary folder. */
export async function generateHostileCorpus(): Promise<GeneratedCorpus> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-hostile-'))
  const p = Object.fromEntries(
    Object.entries(GENERATED).map(([k, name]) => [k, path.join(dir, name)]),
  ) as GeneratedCorpus['path']
  const vtt = `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${UTF16_TEXT}\n`
  const srt = `1\n00:00:01,000 --> 00:00:02,000\n${UTF16_TEXT}\n`
  const twentyMb = 20 * 1024 * 1024
  await Promise.all([
    fs.writeFile(p.garbage, garbageBytes(4096)),
    tinyMp4(p.video),
    fs.writeFile(p.utf16leBom, utf16(vtt, 'le', true)),
    fs.writeFile(p.utf16leNoBom, utf16(vtt, 'le', false)),
    fs.writeFile(p.utf16beBom, utf16(srt, 'be', true)),
    fs.writeFile(p.utf16beNoBom, utf16(srt, 'be', false)),
    fs.writeFile(p.longLine, 'x'.repeat(twentyMb)),
    // A valid cue whose text is one 20 MB line with no newline at the end of the file.
    fs.writeFile(p.longCue, `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${'y'.repeat(twentyMb)}`),
    fs.writeFile(p.manyCues, manyCuesVtt(100_000)),
    fs.writeFile(p.nestedTags, nestedTagsVtt(10_000)),
  ])
  return { dir, path: p }
}
