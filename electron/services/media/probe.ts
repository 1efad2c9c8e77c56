/** Media facts from `ffmpeg -i` (there is no ffprobe in the npm package): duration, codecs, audio present. */

import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { decodingFfmpeg } from './decoding-ffmpeg'

/** Why media work failed, carried as `code` on the Error (the message stays a plain sentence). */
export type MediaErrorCode = 'ffmpeg-missing' | 'not-found' | 'not-media' | 'no-audio' | 'ffmpeg-failed'

/** An Error with a plain message and a {@link MediaErrorCode}. */
export function mediaError(code: MediaErrorCode, message: string): Error & { code: MediaErrorCode } {
  return Object.assign(new Error(message), { code })
}

/** What Eglur needs to know about a media file. */
export type MediaInfo = Readonly<{
  durationMs: number
  videoCodec?: string
  audioCodec?: string
  hasAudio: boolean
  playableInChromium: boolean
}>

const PLAYABLE_VIDEO = new Set(['h264', 'vp8', 'vp9', 'av1', 'theora'])
const PLAYABLE_AUDIO = new Set(['aac', 'mp3', 'opus', 'vorbis', 'flac', 'pcm_s16le', 'pcm_f32le'])

/** Reads the facts from ffmpeg's banner text. */
export function parseFfmpegBanner(stderr: string): MediaInfo | undefined {
  const d = /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(stderr)
  if (!d) return undefined
  const durationMs = Math.round(((Number(d[1]) * 60 + Number(d[2])) * 60 + Number(d[3])) * 1000)
  const videoCodec = /Stream #\S+.*?: Video: (\w+)/.exec(stderr)?.[1]
  const audioCodec = /Stream #\S+.*?: Audio: (\w+)/.exec(stderr)?.[1]
  const playable = (!videoCodec || PLAYABLE_VIDEO.has(videoCodec)) && (!audioCodec || PLAYABLE_AUDIO.has(audioCodec))
  return {
    durationMs,
    ...(videoCodec ? { videoCodec } : {}),
    ...(audioCodec ? { audioCodec } : {}),
    hasAudio: !!audioCodec,
    playableInChromium: playable,
  }
}

/** Probes a media file (with the decoding ffmpeg unless told which); rejects with a plain message when ffmpeg cannot read it. */
export async function probeMedia(file: string, ffmpeg?: string): Promise<MediaInfo> {
  // A FIFO or device would keep ffmpeg waiting for bytes for ever: only regular files are probed.
  const stat = await fs.stat(file).catch(() => undefined)
  if (stat && !stat.isFile())
    throw mediaError(
      'not-media',
      'This is not a regular file (it is a folder, device or pipe), so it cannot be a video or audio file.',
    )
  const command = ffmpeg ?? (await decodingFfmpeg()).command
  return new Promise((resolve, reject) => {
    const child = spawn(command, ['-hide_banner', '-nostdin', '-i', file], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', (error) =>
      reject(mediaError('ffmpeg-missing', `ffmpeg could not be started (${error.message}).`)),
    )
    child.on('close', () => {
      const info = parseFfmpegBanner(stderr)
      if (info) resolve(info)
      else
        reject(
          stderr.includes('No such file')
            ? mediaError('not-found', 'The media file does not exist.')
            : mediaError('not-media', 'This file is not a video or audio file ffmpeg can read.'),
        )
    })
  })
}
