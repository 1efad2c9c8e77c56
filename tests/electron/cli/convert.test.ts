import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { runEglur } from '../../helpers/cli'

const root = path.resolve(import.meta.dirname, '../../..')
const fixtures = path.resolve(root, 'tests/fixtures')
let dir: string

const cli = (...args: string[]) => runEglur(dir, ...args)

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-cli-'))
})

describe('eglur convert', () => {
  it('follows the extensions: SRT to WebVTT', async () => {
    await fs.writeFile(
      path.join(dir, 'a.srt'),
      '1\n00:00:01,000 --> 00:00:02,500\nHello <i>there</i>\n\n2\n00:00:03,000 --> 00:00:04,000\nBye\n',
    )
    const r = await cli('convert', 'a.srt', '-o', 'a.vtt')
    expect(r.code).toBe(0)
    expect(await fs.readFile(path.join(dir, 'a.vtt'), 'utf8')).toBe(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello there\n\n00:00:03.000 --> 00:00:04.000\nBye\n',
    )
  })

  it('writes the JSON interchange shape with integer milliseconds', async () => {
    await fs.writeFile(path.join(dir, 'b.vtt'), 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Beth>Hi\n')
    expect((await cli('convert', 'b.vtt', '-o', 'b.out', '--to', 'json')).code).toBe(0)
    expect(JSON.parse(await fs.readFile(path.join(dir, 'b.out'), 'utf8'))).toEqual({
      version: 1,
      cues: [{ id: 'c1', start: 1000, end: 2000, text: 'Hi', speaker: 's1' }],
      speakers: [{ id: 's1', name: 'Beth' }],
    })
  })

  it('names a caption format it cannot read yet, and says what to do instead', async () => {
    await fs.copyFile(path.join(root, 'tests/fixtures/import/ttml_example.ttml'), path.join(dir, 'talk.ttml'))
    const r = await cli('convert', 'talk.ttml', '-o', 'talk.vtt')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'talk.ttml:1: This is a TTML (XML) caption file, which Eglur cannot read yet. Save the captions as WebVTT or SRT in the program that made them, and open that.\n',
    )
  })

  it('prints warnings as FILE:LINE: message and still converts', async () => {
    await fs.writeFile(path.join(dir, 'c.vtt'), 'WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nreversed\n')
    const r = await cli('convert', 'c.vtt', '-o', 'c.srt')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('c.vtt:3: This caption ends before it starts')
  })

  it.each([
    ['empty.vtt', '', 'empty.vtt:1: This is not a WebVTT file'],
    [
      'video.vtt',
      Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32, 0, 0, 0, 0]),
      'video.vtt:1: This is an MP4/MOV video, not a caption file.',
    ],
    [
      'garbage.srt',
      Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)),
      'garbage.srt:1: This file holds binary data',
    ],
    ['letter.txt', 'Dear all,\nThanks.\n', 'letter.txt:1: This does not look like'],
  ])('refuses %s with exit code 2 and one clear line', async (name, content, message) => {
    await fs.writeFile(path.join(dir, name), content)
    const r = await cli('convert', name, '-o', 'out.vtt')
    expect(r.code).toBe(2)
    expect(r.stderr.startsWith(message)).toBe(true)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(/\s+at\s/)
  })

  it('a missing input and an unwritable output give one line and exit code 2', async () => {
    expect(await cli('convert', 'nope.vtt', '-o', 'x.srt')).toMatchObject({
      code: 2,
      stderr: 'nope.vtt:1: The file does not exist (it may have been moved or deleted).\n',
    })
    await fs.writeFile(path.join(dir, 'ok.srt'), '1\n00:00:01,000 --> 00:00:02,000\nx\n')
    const r = await cli('convert', 'ok.srt', '-o', 'no/such/folder/x.vtt')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^no\/such\/folder\/x\.vtt: /)
  })

  it('a 20 MB line without a newline gets a clear message, not a hang', async () => {
    await fs.writeFile(path.join(dir, 'long.srt'), 'x'.repeat(20 * 1024 * 1024))
    const r = await cli('convert', 'long.srt', '-o', 'long.vtt')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^long\.srt:1: /)
  })

  it('converts every real sample in the corpus', async () => {
    // The corpus's samples, as copied into tests/fixtures: SRT, SBV, WebVTT (with the YouTube one) and Zoom.
    const samples = [
      ...(
        await Promise.all(
          ['realworld/srt', 'realworld/sbv', 'webvtt'].map(async (folder) =>
            (await fs.readdir(path.join(fixtures, folder)))
              .filter((f) => /\.(srt|sbv|vtt)$/.test(f))
              .map((f) => path.join(fixtures, folder, f)),
          ),
        )
      ).flat(),
      path.join(fixtures, 'import/meeting001_transcript.vtt'),
    ]
    let converted = 0
    const refused: string[] = []
    for (const sample of samples) {
      const r = await cli(
        'convert',
        sample,
        '-o',
        `${path.basename(path.dirname(sample))}-${path.basename(sample)}.vtt`,
      )
      // Deliberately broken samples may be refused (code 2), but always with one clear line.
      expect([0, 2], `${sample}: ${r.stderr}`).toContain(r.code)
      if (r.code === 0) converted++
      else refused.push(path.basename(sample))
      if (r.code !== 0) expect(r.stderr).toMatch(new RegExp(`^${sample.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `))
    }
    // Only the samples that hold no caption at all are refused.
    expect(refused.sort()).toEqual([
      'empty.vtt',
      'invalid_format.sbv',
      'invalid_format1.srt',
      'invalid_format2.srt',
      'invalid_format3.srt',
    ])
    expect(converted).toBe(28)
  })

  it('runs as a real command through bin/eglur.js (what npx eglur runs)', async () => {
    await fs.writeFile(path.join(dir, 'd.sbv'), '0:00:01.000,0:00:02.000\nHello\n')
    const { stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'bin/eglur.js'), 'convert', 'd.sbv', '-o', 'd.srt'],
      { cwd: dir },
    )
    expect(stderr).toContain('1 cue read as YouTube SubViewer (SBV)')
    expect(await fs.readFile(path.join(dir, 'd.srt'), 'utf8')).toBe('1\n00:00:01,000 --> 00:00:02,000\nHello\n')
  })
})
