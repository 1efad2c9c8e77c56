import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runEglur } from '../../helpers/cli'

let dir: string
const cli = (...args: string[]) => runEglur(dir, ...args)
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-publish-cli-'))
  await fs.writeFile(path.join(dir, 'talk.vtt'), 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Beth>Hello, everyone.\n')
  await fs.writeFile(path.join(dir, 'talk.mp4'), 'not really a video')
})

describe('eglur publish', () => {
  it('writes the page, the three tracks and the blog fragment, and copies the video', async () => {
    const r = await cli('publish', 'talk.vtt', '--media', 'talk.mp4', '-o', 'out/site', '--title', 'Our talk')
    expect(r).toMatchObject({ code: 0, stderr: 'talk.vtt: web page written to out/site/index.html with talk.mp4.\n' })
    const site = path.join(dir, 'out/site')
    expect((await fs.readdir(site)).sort()).toEqual([
      'captions.vtt',
      'chapters.vtt',
      'descriptions.vtt',
      'index.html',
      'talk.mp4',
      'transcript-fragment.html',
    ])
    expect(await fs.readFile(path.join(site, 'talk.mp4'), 'utf8')).toBe('not really a video')
    expect(await fs.readFile(path.join(site, 'index.html'), 'utf8')).toContain('<h1>Our talk</h1>')
    expect(await fs.readFile(path.join(site, 'captions.vtt'), 'utf8')).toContain('<v Beth>Hello, everyone.')
  })

  it('refuses a missing video, a bad YouTube address and unreadable input with exit 2', async () => {
    expect((await cli('publish', 'talk.vtt', '-o', 'x')).code).toBe(2)
    expect((await cli('publish', 'talk.vtt', '-o', 'x', '--youtube', 'youtube')).stderr).toContain(
      '--youtube needs a web address',
    )
    expect((await cli('publish', 'talk.vtt', '-o', 'x', '--media', 'missing.mp4')).code).toBe(2)
    const r = await cli('publish', 'missing.vtt', '-o', 'x', '--media', 'talk.mp4')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^missing\.vtt/)
  })
})
