import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { computePeaks, peaksJsonChunks, peaksToJson } from '../../../../electron/services/media/peaks'
import { parseFfmpegBanner, probeMedia } from '../../../../electron/services/media/probe'
import { unpackedPath } from '../../../../electron/services/media/ffmpeg-path'
import { runEglur } from '../../../helpers/cli'

const run = promisify(execFile)
let dir: string
let toneThenSilence: string
let long: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-peaks-'))
  toneThenSilence = path.join(dir, 'tone.mp4')
  // 2 s of a 440 Hz tone at half volume, then 1 s of silence, over a test-pattern video (Debian's ffmpeg makes the media).
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc2=size=160x120:rate=10:duration=3',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=2,volume=0.5,apad=whole_dur=3',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '128k',
    '-shortest',
    toneThenSilence,
  ])
  long = path.join(dir, 'long.m4a')
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=300:duration=150,volume=0.3',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=2:duration=150',
    '-filter_complex',
    'amix=inputs=2:normalize=0',
    '-c:a',
    'aac',
    long,
  ])
}, 60_000)

describe('waveform peaks', () => {
  it('have 100 min/max pairs a second with the right values', async () => {
    const peaks = await computePeaks(toneThenSilence)
    expect(peaks.min.length).toBe(Math.ceil((peaks.durationMs / 1000) * 100))
    const tone = [...peaks.max.slice(20, 180)]
    const silence = [...peaks.max.slice(220, 290)]
    // lavfi's sine has amplitude 1/8; at half volume its peaks are 0.0625.
    expect(Math.min(...tone)).toBeGreaterThan(0.055)
    expect(Math.max(...tone)).toBeLessThan(0.07)
    expect(Math.max(...silence)).toBeLessThan(0.001)
    expect(Math.max(...peaks.min.slice(20, 180))).toBeLessThan(-0.055)
  })

  it('decoding in parallel slices gives the same peaks as one pass', async () => {
    const one = await computePeaks(long, { parts: 1 })
    const two = await computePeaks(long, { parts: 2 })
    expect(two.max.length).toBe(one.max.length)
    let worst = 0
    for (let i = 0; i < one.max.length; i++)
      worst = Math.max(worst, Math.abs(one.max[i]! - two.max[i]!), Math.abs(one.min[i]! - two.min[i]!))
    expect(worst).toBeLessThan(0.05)
  })

  it('with rms, each bucket also has its level and pitch from the same decode, in one pass or in slices', async () => {
    const voiced = path.join(dir, 'hum.m4a')
    // 2 s of a 180 Hz tone, then 1 s of silence.
    await run('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=180:duration=2,volume=0.5,apad=whole_dur=3',
      '-c:a',
      'aac',
      voiced,
    ])
    const peaks = await computePeaks(voiced, { rms: true })
    const tone = [...peaks.pitch!.slice(20, 180)]
    for (const hz of tone) expect(Math.abs(hz - 180) / 180).toBeLessThan(0.03)
    expect([...peaks.pitch!.slice(220, 290)].every((hz) => hz === 0)).toBe(true)
    expect(Math.min(...peaks.rms!.slice(20, 180))).toBeGreaterThan(0.04) // a sine's RMS: 0.0625 / √2
    expect((await computePeaks(voiced)).pitch).toBeUndefined()
    const one = await computePeaks(long, { parts: 1, rms: true })
    const two = await computePeaks(long, { parts: 2, rms: true })
    let differ = 0
    for (let i = 0; i < one.pitch!.length; i++)
      if (Math.abs(one.pitch![i]! - two.pitch![i]!) > 3 || Math.abs(one.rms![i]! - two.rms![i]!) > 0.01) differ++
    expect(differ).toBeLessThan(one.pitch!.length / 1000) // only where the second slice starts, with no sound before it yet
  })

  it('reports progress and can be cancelled', async () => {
    const progress: number[] = []
    await computePeaks(long, { onProgress: (p) => progress.push(p) })
    expect(progress.length).toBeGreaterThan(1)
    expect(progress[progress.length - 1]).toBeGreaterThan(0.95)
    const controller = new AbortController()
    const running = computePeaks(long, { signal: controller.signal, onProgress: () => controller.abort() })
    await expect(running).rejects.toMatchObject({ code: 'ABORT_ERR' })
  })

  it('a file that is not media, a missing file and a missing ffmpeg give plain messages', async () => {
    const text = path.join(dir, 'notes.txt')
    await fs.writeFile(text, 'hello')
    await expect(computePeaks(text)).rejects.toThrow(/not a video or audio file|has no sound track/)
    await expect(computePeaks(path.join(dir, 'gone.mp4'))).rejects.toThrow('does not exist')
    await expect(computePeaks(toneThenSilence, { ffmpeg: '/nonexistent/ffmpeg' })).rejects.toThrow(
      'ffmpeg could not be started',
    )
  })

  it('probe reads duration and codecs; a packaged app runs ffmpeg from outside the asar archive', async () => {
    expect(await probeMedia(toneThenSilence)).toMatchObject({
      videoCodec: 'h264',
      audioCodec: 'aac',
      hasAudio: true,
      playableInChromium: true,
    })
    expect(parseFfmpegBanner('Duration: 01:00:00.50, start\n Stream #0:0: Video: hevc')).toMatchObject({
      durationMs: 3_600_500,
      playableInChromium: false,
    })
    expect(unpackedPath('/opt/Eglur/resources/app.asar/node_modules/@ffmpeg-installer/linux-x64/ffmpeg')).toBe(
      '/opt/Eglur/resources/app.asar.unpacked/node_modules/@ffmpeg-installer/linux-x64/ffmpeg',
    )
  })

  it('the JSON comes in pieces that join to the same JSON a single stringify gives', () => {
    const count = 50_000
    const min = Float32Array.from({ length: count }, (_, i) => -Math.abs(Math.sin(i)) * 0.9)
    const max = Float32Array.from({ length: count }, (_, i) => Math.abs(Math.cos(i)) * 0.9)
    const peaks = { perSecond: 100, durationMs: 500_000, min, max }
    const pieces = [...peaksJsonChunks(peaks)]
    expect(pieces.length).toBeGreaterThan(5)
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70_000)
    const data: number[] = []
    for (let i = 0; i < count; i++) data.push(Math.round(min[i]! * 1e4) / 1e4, Math.round(max[i]! * 1e4) / 1e4)
    expect(pieces.join('')).toBe(JSON.stringify({ version: 1, perSecond: 100, duration: 500, channels: 1, data }))
    expect(peaksToJson({ ...peaks, min: new Float32Array(0), max: new Float32Array(0) })).toBe(
      '{"version":1,"perSecond":100,"duration":500,"channels":1,"data":[]}',
    )
  })

  it('eglur peaks writes the JSON shape', async () => {
    const r = await runEglur(dir, 'peaks', 'tone.mp4', '-o', 'tone.json')
    expect(r.code).toBe(0)
    const json = JSON.parse(await fs.readFile(path.join(dir, 'tone.json'), 'utf8'))
    expect(json).toMatchObject({ version: 1, perSecond: 100, channels: 1 })
    expect(json.data.length).toBe(2 * Math.ceil(json.duration * 100))
    expect((await runEglur(dir, 'peaks', 'missing.mp4', '-o', 'x.json')).stderr).toBe(
      'missing.mp4: The media file does not exist.\n',
    )
  })

  it.runIf(process.platform === 'linux')(
    "decodes in the background at below-normal priority when asked, and at the caller's otherwise",
    async () => {
      // An ffmpeg that notes its niceness (once the caller has had time to change it), then decodes.
      const noted = path.join(dir, 'niceness')
      const ffmpeg = path.join(dir, 'nice-noting-ffmpeg')
      await fs.writeFile(ffmpeg, `#!/bin/sh\nsleep 0.3\nnice >> '${noted}'\nexec ffmpeg "$@"\n`, { mode: 0o755 })
      const own = Number((await run('nice', [])).stdout.trim())
      await computePeaks(toneThenSilence, { ffmpeg, durationMs: 3000, background: true })
      await computePeaks(toneThenSilence, { ffmpeg, durationMs: 3000 })
      const [background, normal] = (await fs.readFile(noted, 'utf8')).trim().split('\n').map(Number)
      expect(normal).toBe(own)
      expect(background).toBeGreaterThan(own)
    },
  )
})
