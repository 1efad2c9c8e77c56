import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runEglur } from '../../helpers/cli'

let dir: string
const cli = (...args: string[]) => runEglur(dir, ...args)
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-check-'))
  await fs.writeFile(path.join(dir, 'ok.vtt'), 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nWelcome to the event.\n')
  await fs.writeFile(
    path.join(dir, 'bad.vtt'),
    'WEBVTT\n\nNOTE a short one\n\n00:00:01.000 --> 00:00:01.300\nHi.\n\n00:00:05.000 --> 00:00:09.000\nWhen we talk about co-production we mean three different things\n',
  )
})

describe('eglur check', () => {
  it('exits 0 with no output lines for clean captions', async () => {
    const r = await cli('check', 'ok.vtt')
    expect(r).toMatchObject({ code: 0, stdout: '' })
    expect(r.stderr).toBe('ok.vtt: no problems with the Accessible default profile.\n')
  })

  it('prints FILE:LINE: message per problem at the caption timing line and exits 1', async () => {
    const r = await cli('check', 'bad.vtt')
    expect(r.code).toBe(1)
    expect(r.stdout.trim().split('\n')).toEqual([
      'bad.vtt:5: warning: caption 1: This caption is on screen too briefly to read (0.3 s). Extend it to 0.8 s or merge it with the next one?',
      'bad.vtt:8: warning: caption 2: A line has 63 characters; the limit is 42. Re-flow the lines or split the caption?',
    ])
  })

  it('uses a named or custom profile', async () => {
    expect((await cli('check', 'ok.vtt', '--profile', 'dcmp')).code).toBe(0)
    await fs.writeFile(path.join(dir, 'tight.json'), JSON.stringify({ name: 'Tight', maxCharsPerLine: 10 }))
    const r = await cli('check', 'ok.vtt', '--profile', 'tight.json')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('the limit is 10')
    await fs.writeFile(path.join(dir, 'broken.json'), JSON.stringify({ maxLines: -1 }))
    expect(await cli('check', 'ok.vtt', '--profile', 'broken.json')).toMatchObject({
      code: 2,
      stderr: 'broken.json:1: invalid style profile: maxLines: Too small: expected number to be >0\n',
    })
  })

  it('gives JSON with the source line of each finding', async () => {
    const r = await cli('check', 'bad.vtt', '--json')
    expect(
      JSON.parse(r.stdout).map((f: { line: number; rule: string; cue: number }) => [f.line, f.rule, f.cue]),
    ).toEqual([
      [5, 'too-short', 1],
      [8, 'line-too-long', 2],
    ])
  })

  it('exits 2 for unreadable input', async () => {
    await fs.writeFile(
      path.join(dir, 'garbage.vtt'),
      Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 31) % 256)),
    )
    expect((await cli('check', 'garbage.vtt')).code).toBe(2)
  })

  it('convert --fix applies the safe fixes', async () => {
    const r = await cli('convert', 'bad.vtt', '-o', 'fixed.vtt', '--fix')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('2 safe fixes applied')
    expect((await cli('check', 'fixed.vtt')).code).toBe(0)
    expect(await fs.readFile(path.join(dir, 'fixed.vtt'), 'utf8')).toContain(
      'When we talk about co-production\nwe mean three different things',
    )
  })
})
