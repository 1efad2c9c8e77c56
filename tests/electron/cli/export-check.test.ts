// `eglur convert` and `eglur publish` make the export menu's check: a WebVTT writer that broke the
// W3C rules (here made to leave `&` unescaped) is reported and nothing is written.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type * as Serialize from '../../../shared/formats/webvtt/serialize'
import { runEglur } from '../../helpers/cli'

vi.mock('../../../shared/formats/webvtt/serialize', async (importOriginal) => {
  const real = await importOriginal<typeof Serialize>()
  return {
    ...real,
    serializeWebVtt: (...args: Parameters<typeof real.serializeWebVtt>) =>
      real.serializeWebVtt(...args).replaceAll('&amp;', '&'),
  }
})

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-cli-check-'))
  await fs.writeFile(path.join(dir, 'a.srt'), '1\n00:00:01,000 --> 00:00:02,000\nFish & chips\n')
})

describe('the export check on the command line', () => {
  it('convert reports a WebVTT file that fails the check, and writes nothing', async () => {
    const r = await runEglur(dir, 'convert', 'a.srt', '-o', 'a.vtt')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^a\.vtt: The written WebVTT breaks the W3C rules at line \d+: Incorrect escape\.$/m)
    await expect(fs.access(path.join(dir, 'a.vtt'))).rejects.toThrow()
  })

  it('convert still writes the formats whose writers are sound', async () => {
    expect((await runEglur(dir, 'convert', 'a.srt', '-o', 'a.sbv')).code).toBe(0)
  })

  it('publish refuses a track that fails the check', async () => {
    const r = await runEglur(dir, 'publish', 'a.srt', '-o', 'site', '--youtube', 'https://youtu.be/x')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/captions\.vtt: The written WebVTT breaks the W3C rules/)
    await expect(fs.access(path.join(dir, 'site', 'index.html'))).rejects.toThrow()
  })
})
