import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { computePeaks } from '../../../../electron/services/media/peaks'
import { computeWindowPeaks } from '../../../../electron/services/media/window-peaks'
import { knownMediaInfo, probeMediaCached } from '../../../../electron/services/media/probe-cache'

const run = promisify(execFile)
let dir: string
let media: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-window-peaks-'))
  media = path.join(dir, 'rising.m4a')
  // A tone whose loudness rises over 40 s, so every stretch has peaks of its own.
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=300:duration=40',
    '-af',
    "volume='t/40':eval=frame",
    '-c:a',
    'aac',
    media,
  ])
}, 60_000)

describe('the peaks of one stretch', () => {
  it("line up with the same stretch of the whole recording's peaks", async () => {
    const whole = await computePeaks(media)
    const part = await computeWindowPeaks(media, 12_345, 20_000, { durationMs: whole.durationMs })
    expect(part.startMs).toBe(12_340)
    expect(part.min.length).toBe(766)
    let worst = 0
    for (let i = 5; i < part.max.length - 5; i++)
      worst = Math.max(
        worst,
        Math.abs(part.max[i]! - whole.max[1234 + i]!),
        Math.abs(part.min[i]! - whole.min[1234 + i]!),
      )
    expect(worst).toBeLessThan(0.02)
    expect(part.max[300]).toBeGreaterThan(0.03)
  })

  it('stop at the end of the recording and are empty past it', async () => {
    const durationMs = 40_000
    expect((await computeWindowPeaks(media, 39_000, 99_000, { durationMs })).min.length).toBe(100)
    expect((await computeWindowPeaks(media, 50_000, 60_000, { durationMs })).min.length).toBe(0)
  })
})

describe('probing once per unchanged file', () => {
  it('answers a second probe from the cache, without ffmpeg, and probes again after a change', async () => {
    const cacheDir = path.join(dir, 'cache')
    expect(await knownMediaInfo(media, cacheDir)).toBeUndefined()
    const first = await probeMediaCached(media, { cacheDir })
    expect(first).toMatchObject({ hasAudio: true, audioCodec: 'aac' })
    expect(await probeMediaCached(media, { cacheDir, ffmpeg: '/nonexistent/ffmpeg' })).toEqual(first)
    await fs.utimes(media, new Date(), new Date(Date.now() + 5000))
    await expect(probeMediaCached(media, { cacheDir, ffmpeg: '/nonexistent/ffmpeg' })).rejects.toThrow(
      'ffmpeg could not be started',
    )
  })
})
