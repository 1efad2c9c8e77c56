import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPeaksCached, peaksToInt8 } from '../../../../electron/services/media/peaks-cache'
import type { Peaks } from '../../../../electron/services/media/peaks'

const run = promisify(execFile)
let dir: string
let media: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-peaks-cache-'))
  media = path.join(dir, 'talk.mp4')
  // 3 s: a 440 Hz tone at half volume (peaks ≈ 0.0625, lavfi's sine being 1/8 full scale) over a test pattern.
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=160x120:rate=10:duration=3',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=3,volume=0.5',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-shortest',
    media,
  ])
}, 60_000)

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const freshCacheDir = () => fs.mkdtemp(path.join(dir, 'cache-'))
const entries = async (cacheDir: string) => (await fs.readdir(cacheDir)).filter((f) => f.endsWith('.peaks'))

function expectSamePeaks(a: Peaks, b: Peaks) {
  expect(b.perSecond).toBe(a.perSecond)
  expect(b.durationMs).toBe(a.durationMs)
  expect(Array.from(b.min)).toEqual(Array.from(a.min))
  expect(Array.from(b.max)).toEqual(Array.from(a.max))
}

describe('cached waveform peaks', () => {
  it('a first open computes, a second returns identical peaks from the cache', async () => {
    const cacheDir = await freshCacheDir()
    const first = await getPeaksCached(media, { cacheDir })
    expect(first.cached).toBe(false)
    expect(first.peaks.perSecond).toBe(100)
    expect(first.peaks.min.length).toBe(Math.ceil((first.peaks.durationMs / 1000) * 100))
    const middle = Array.from(first.peaks.max.subarray(50, 250))
    expect(Math.min(...middle)).toBeGreaterThan(0.055)
    expect(Math.max(...middle)).toBeLessThan(0.07)
    expect(await entries(cacheDir)).toHaveLength(1)

    const progress: number[] = []
    const second = await getPeaksCached(media, { cacheDir, onProgress: (f) => progress.push(f) })
    expect(second.cached).toBe(true)
    expectSamePeaks(first.peaks, second.peaks)
    expect(progress).toEqual([1])
  })

  it('the same file through a symbolic link is a hit; a changed modification time is a miss', async () => {
    const cacheDir = await freshCacheDir()
    const first = await getPeaksCached(media, { cacheDir })
    const link = path.join(dir, 'link-to-talk.mp4')
    await fs.symlink(media, link)
    expect((await getPeaksCached(link, { cacheDir })).cached).toBe(true)

    const later = new Date(Date.now() + 60_000)
    await fs.utimes(media, later, later)
    const changed = await getPeaksCached(media, { cacheDir })
    expect(changed.cached).toBe(false)
    expectSamePeaks(first.peaks, changed.peaks)
    expect(await entries(cacheDir)).toHaveLength(2)
    expect((await getPeaksCached(media, { cacheDir })).cached).toBe(true)
  })

  it('a damaged, truncated or foreign cache file is ignored, recomputed and replaced', async () => {
    const cacheDir = await freshCacheDir()
    const first = await getPeaksCached(media, { cacheDir })
    const [name] = await entries(cacheDir)
    const entry = path.join(cacheDir, name!)
    const good = await fs.readFile(entry)

    const flipped = Buffer.from(good)
    flipped[good.length - 3] = flipped[good.length - 3]! ^ 0x40 // one bit in the data
    const damages = [
      flipped,
      good.subarray(0, good.length - 100),
      good.subarray(0, 10),
      Buffer.from('not peaks at all, just some text of a plausible length'),
    ]
    for (const damaged of damages) {
      await fs.writeFile(entry, damaged)
      const again = await getPeaksCached(media, { cacheDir })
      expect(again.cached).toBe(false)
      expectSamePeaks(first.peaks, again.peaks)
      expect((await fs.readFile(entry)).equals(good)).toBe(true)
    }
  })

  it('a cache folder that cannot be written still gives the peaks', async () => {
    const notAFolder = path.join(dir, 'plain-file')
    await fs.writeFile(notAFolder, 'x')
    const result = await getPeaksCached(media, { cacheDir: path.join(notAFolder, 'peaks') })
    expect(result.cached).toBe(false)
    expect(result.peaks.min.length).toBeGreaterThan(0)
  })

  it('a missing media file and a cancelled computation reject', async () => {
    const cacheDir = await freshCacheDir()
    await expect(getPeaksCached(path.join(dir, 'gone.mp4'), { cacheDir })).rejects.toThrow()
    const controller = new AbortController()
    const running = getPeaksCached(media, { cacheDir, signal: controller.signal, onProgress: () => controller.abort() })
    await expect(running).rejects.toMatchObject({ code: 'ABORT_ERR' })
    expect(await entries(cacheDir)).toHaveLength(0)
  })
})

describe('peaks as 8-bit IPC data', () => {
  it('interleaves min and max, scaled by 127, rounded and clamped', () => {
    const min = Float32Array.from([-1, -0.5, 0, -2, Number.NaN])
    const max = Float32Array.from([1, 0.25, 0.004, 3, 0.5])
    const data = peaksToInt8({ perSecond: 100, durationMs: 50, min, max })
    expect(data).toBeInstanceOf(Int8Array)
    const expected: number[] = []
    for (let i = 0; i < min.length; i++) {
      for (const v of [min[i]!, max[i]!])
        expected.push(Number.isNaN(v) ? 0 : Math.max(-127, Math.min(127, Math.sign(v) * Math.round(Math.abs(v) * 127))))
    }
    expect(Array.from(data)).toEqual(expected)
    // Halves round away from zero, so ±0.5 map to ∓64 symmetrically.
    expect(Array.from(data.subarray(0, 4))).toEqual([-127, 127, -64, 32])
    expect(
      Array.from(
        peaksToInt8({ perSecond: 100, durationMs: 10, min: Float32Array.of(-0.5), max: Float32Array.of(0.5) }),
      ),
    ).toEqual([-64, 64])
  })

  it('real peaks keep their shape at 8 bits', async () => {
    const { peaks } = await getPeaksCached(media, { cacheDir: await freshCacheDir() })
    const data = peaksToInt8(peaks)
    expect(data.length).toBe(peaks.min.length * 2)
    for (let i = 50; i < 250; i++) {
      expect(Math.abs(data[2 * i + 1]! - peaks.max[i]! * 127)).toBeLessThanOrEqual(0.5)
      expect(data[2 * i]!).toBeLessThan(0)
    }
  })
})
