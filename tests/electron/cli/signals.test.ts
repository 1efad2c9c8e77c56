// Bug #15: Ctrl-C while `eglur convert` wrote its output left a hidden `.name.pid.time.tmp` beside the target.
import { spawn } from 'node:child_process'
import { promises as fs, watch } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')

/** An SRT file of `count` captions (a few tens of MB of output once converted). */
const bigSrt = (count: number): string => {
  const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23).replace('.', ',')
  const parts: string[] = []
  for (let i = 0; i < count; i++)
    parts.push(
      `${i + 1}\n${stamp(i * 1000)} --> ${stamp(i * 1000 + 900)}\nCaption ${i}: croeso i gyfarfod y cyngor, a lot of words to make the output large\n`,
    )
  return parts.join('\n')
}

/** Runs `eglur convert` and sends `signal` the moment its temp file appears; resolves with the exit code. */
async function interruptWrite(
  dir: string,
  signal: 'SIGINT' | 'SIGTERM',
): Promise<{ code: number | null; sawTemp: boolean }> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'bin/eglur.js'), 'convert', 'in.srt', '-o', 'out.json', '--to', 'json'],
    { cwd: dir, stdio: 'ignore' },
  )
  let sawTemp = false
  const watcher = watch(dir, (_event, name) => {
    if (!sawTemp && name?.endsWith('.tmp')) {
      sawTemp = true
      child.kill(signal)
    }
  })
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
  watcher.close()
  return { code, sawTemp }
}

describe('eglur interrupted while writing', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s mid-write leaves no temp file and the old output untouched, exit %i',
    async (signal, exitCode) => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-signal-'))
      await fs.writeFile(path.join(dir, 'in.srt'), bigSrt(150_000))
      await fs.writeFile(path.join(dir, 'out.json'), 'old')
      const { code, sawTemp } = await interruptWrite(dir, signal)
      expect(sawTemp).toBe(true)
      expect(code).toBe(exitCode)
      expect((await fs.readdir(dir)).sort()).toEqual(['in.srt', 'out.json'])
      expect(await fs.readFile(path.join(dir, 'out.json'), 'utf8')).toBe('old')
    },
    120_000,
  )
})
