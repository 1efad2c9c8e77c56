import { execFile } from 'node:child_process'
import { promises as fs, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { probeMedia } from '../../../../electron/services/media/probe'
import { hasEncoders, transcodeTargetPath, transcodeToMp4 } from '../../../../electron/services/media/transcode'

const run = promisify(execFile)
let dir: string
let hevc: string
let longAvi: string

/** Makes media with Debian's ffmpeg (it has libx265; the packaged 2018 build is what we transcode with). */
const make = (args: string[]) => run('ffmpeg', ['-v', 'error', '-y', ...args])

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-transcode-'))
  hevc = path.join(dir, 'talk.mkv')
  await make([
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=320x240:rate=25:duration=4',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=4',
    '-c:v',
    'libx265',
    '-preset',
    'ultrafast',
    '-x265-params',
    'log-level=error',
    '-c:a',
    'libmp3lame',
    '-shortest',
    hevc,
  ])
  // Long enough (2 minutes) that a cancel lands while ffmpeg is still encoding.
  longAvi = path.join(dir, 'long.avi')
  await make([
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=320x240:rate=25:duration=120',
    '-f',
    'lavfi',
    '-i',
    'sine=duration=120',
    '-c:v',
    'mpeg4',
    '-q:v',
    '8',
    '-c:a',
    'pcm_s16le',
    longAvi,
  ])
}, 120_000)

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const folder = async (name: string) => {
  const sub = path.join(dir, name)
  await fs.mkdir(sub, { recursive: true })
  return sub
}

describe('playable copies of media Chromium cannot play', () => {
  it('the packaged ffmpeg can encode H.264 and AAC (so no system ffmpeg is needed)', async () => {
    const { resolveFfmpeg } = await import('../../../../electron/services/media/ffmpeg-path')
    expect(await hasEncoders(resolveFfmpeg(), ['libx264', 'aac'])).toBe(true)
    expect(await hasEncoders(resolveFfmpeg(), ['no-such-encoder'])).toBe(false)
    expect(await hasEncoders('/nonexistent/ffmpeg', ['aac'])).toBe(false)
  })

  it('HEVC in MKV becomes H.264/AAC MP4 that Chromium plays, with progress rising to 1', async () => {
    const before = await probeMedia(hevc)
    expect(before).toMatchObject({ videoCodec: 'hevc', playableInChromium: false })
    const output = await transcodeTargetPath(hevc)
    expect(output).toBe(path.join(dir, 'talk.eglur.mp4'))
    const progress: number[] = []
    await transcodeToMp4(hevc, output, { onProgress: (f) => progress.push(f) })
    const after = await probeMedia(output)
    expect(after).toMatchObject({ videoCodec: 'h264', audioCodec: 'aac', playableInChromium: true })
    expect(Math.abs(after.durationMs - before.durationMs)).toBeLessThan(200)
    expect(progress[0]).toBe(0)
    expect(progress.length).toBeGreaterThan(2)
    expect(progress[progress.length - 1]).toBe(1)
    for (let i = 1; i < progress.length; i++) expect(progress[i]!).toBeGreaterThan(progress[i - 1]!)
    // faststart: the index (moov) comes before the media data (mdat), so seeking works before the file is read.
    const head = (await fs.readFile(output)).toString('latin1')
    expect(head.indexOf('moov')).toBeLessThan(head.indexOf('mdat'))
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.part'))).toEqual([])
  })

  it('a taken target name gets -2, -3 …', async () => {
    const sub = await folder('names')
    const input = path.join(sub, 'meeting.mov')
    await fs.writeFile(input, '')
    await fs.writeFile(path.join(sub, 'meeting.eglur.mp4'), '')
    expect(await transcodeTargetPath(input)).toBe(path.join(sub, 'meeting-2.eglur.mp4'))
    await fs.writeFile(path.join(sub, 'meeting-2.eglur.mp4'), '')
    expect(await transcodeTargetPath(input)).toBe(path.join(sub, 'meeting-3.eglur.mp4'))
    // An HEVC .mp4 gets a copy beside it, never itself.
    expect(await transcodeTargetPath(path.join(sub, 'phone.mp4'))).toBe(path.join(sub, 'phone.eglur.mp4'))
  })

  it('odd-sized MPEG-4 Part 2 video and audio-only files convert too', async () => {
    const sub = await folder('odd')
    const odd = path.join(sub, 'odd.avi')
    await make([
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=161x121:rate=10:duration=2',
      '-f',
      'lavfi',
      '-i',
      'sine=duration=2',
      '-c:v',
      'mpeg4',
      '-c:a',
      'pcm_s16le',
      odd,
    ])
    await transcodeToMp4(odd, path.join(sub, 'odd.eglur.mp4'))
    expect(await probeMedia(path.join(sub, 'odd.eglur.mp4'))).toMatchObject({
      videoCodec: 'h264',
      audioCodec: 'aac',
      playableInChromium: true,
    })
    const audio = path.join(sub, 'voice.ac3')
    await make(['-f', 'lavfi', '-i', 'sine=duration=2', '-c:a', 'ac3', audio])
    await transcodeToMp4(audio, path.join(sub, 'voice.eglur.mp4'))
    const info = await probeMedia(path.join(sub, 'voice.eglur.mp4'))
    expect(info).toMatchObject({ audioCodec: 'aac', hasAudio: true, playableInChromium: true })
    expect(info.videoCodec).toBeUndefined()
    // Cover art is a picture, not a video: the copy stays audio-only.
    const song = path.join(sub, 'song.mp3')
    await make([
      '-f',
      'lavfi',
      '-i',
      'sine=duration=2',
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=64x64:duration=0.1',
      '-map',
      '0',
      '-map',
      '1',
      '-c:a',
      'libmp3lame',
      '-c:v',
      'mjpeg',
      '-disposition:v',
      'attached_pic',
      song,
    ])
    await transcodeToMp4(song, path.join(sub, 'song.eglur.mp4'))
    expect((await probeMedia(path.join(sub, 'song.eglur.mp4'))).videoCodec).toBeUndefined()
  })

  it('cancelling stops ffmpeg and removes the half-written file', async () => {
    const sub = await folder('cancel')
    const output = path.join(sub, 'long.eglur.mp4')
    const controller = new AbortController()
    let partSeen = false
    const running = transcodeToMp4(longAvi, output, {
      signal: controller.signal,
      onProgress: (f) => {
        if (f === 0 || controller.signal.aborted) return
        partSeen = readdirSync(sub).some((name) => name.endsWith('.part'))
        controller.abort()
      },
    })
    await expect(running).rejects.toMatchObject({ code: 'cancelled', message: 'The conversion was cancelled.' })
    expect(partSeen).toBe(true)
    expect(await fs.readdir(sub)).toEqual([])
    const already = new AbortController()
    already.abort()
    await expect(transcodeToMp4(longAvi, output, { signal: already.signal })).rejects.toMatchObject({
      code: 'cancelled',
    })
  })

  it('a file ffmpeg cannot read, a missing ffmpeg and an unwritable target fail with plain sentences', async () => {
    const sub = await folder('fail')
    const text = path.join(sub, 'notes.mkv')
    await fs.writeFile(text, 'not a video')
    await expect(transcodeToMp4(text, path.join(sub, 'notes.eglur.mp4'))).rejects.toMatchObject({
      code: 'ffmpeg-failed',
      message: expect.stringMatching(/^[A-Z].*\.$/),
    })
    await expect(
      transcodeToMp4(hevc, path.join(sub, 'x.mp4'), { ffmpeg: '/nonexistent/ffmpeg' }),
    ).rejects.toMatchObject({ code: 'ffmpeg-failed', message: expect.stringContaining('ffmpeg could not be started') })
    const blocked = path.join(sub, 'blocked.eglur.mp4')
    await fs.mkdir(path.join(blocked, 'inside'), { recursive: true })
    // A folder in the way: the rename fails and its errno name is the code (ENOTEMPTY, or EISDIR on some systems).
    await expect(transcodeToMp4(hevc, blocked)).rejects.toMatchObject({
      code: expect.stringMatching(/^E[A-Z]+$/),
      message: expect.stringContaining('could not be saved as blocked.eglur.mp4'),
    })
    expect((await fs.readdir(sub)).filter((f) => f.endsWith('.part'))).toEqual([])
  })
})
