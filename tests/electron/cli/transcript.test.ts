import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runEglur } from '../../helpers/cli'

const fixture = path.resolve(import.meta.dirname, '../../fixtures/transcript/event.json')
let dir: string
const cli = (...args: string[]) => runEglur(dir, ...args)
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-transcript-'))
  await fs.writeFile(
    path.join(dir, 'talk.vtt'),
    'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Beth>um so we we begin.\n\n00:00:03.000 --> 00:00:05.000\n<v Beth>It went well.\n',
  )
})

describe('eglur transcript', () => {
  it.each(['md', 'html', 'txt', 'docx'])('writes .%s from a project', async (ext) => {
    const r = await cli('transcript', fixture, '-o', `event.${ext}`, '--title', 'Event')
    expect(r.code).toBe(0)
    const bytes = await fs.readFile(path.join(dir, `event.${ext}`))
    expect(bytes.length).toBeGreaterThan(500)
  })

  it('matches speakers from a speakers file by name, and keeps everything with --verbatim', async () => {
    await fs.writeFile(
      path.join(dir, 'speakers.json'),
      JSON.stringify([{ name: 'beth', role: 'University of Sheffield' }]),
    )
    expect(
      (await cli('transcript', 'talk.vtt', '-o', 'talk.txt', '--speakers', 'speakers.json', '--title', 'Talk')).code,
    ).toBe(0)
    expect(await fs.readFile(path.join(dir, 'talk.txt'), 'utf8')).toBe(
      'Talk\n\nbeth, University of Sheffield:\n\nSo we begin. It went well.\n',
    )
    await cli('transcript', 'talk.vtt', '-o', 'verbatim.md', '--verbatim', '--timestamps')
    expect(await fs.readFile(path.join(dir, 'verbatim.md'), 'utf8')).toContain(
      '\\[00:00:01\\] um so we we begin. It went well.',
    )
  })

  it('convert --to md does the same with defaults', async () => {
    expect((await cli('convert', 'talk.vtt', '-o', 'talk-out.md')).code).toBe(0)
    expect(await fs.readFile(path.join(dir, 'talk-out.md'), 'utf8')).toContain('**Beth:**')
  })

  it('refuses an unknown output type and a bad speakers file with one line', async () => {
    expect(await cli('transcript', 'talk.vtt', '-o', 'talk.pdf')).toMatchObject({
      code: 2,
      stderr: 'talk.pdf: the output must end in .md, .html, .txt or .docx.\n',
    })
    await fs.writeFile(path.join(dir, 'bad.json'), '{ nope')
    const r = await cli('transcript', 'talk.vtt', '-o', 'x.md', '--speakers', 'bad.json')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^bad\.json:1: not valid JSON/)
  })
})
