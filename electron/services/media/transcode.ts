/**
 * A playable copy of media Chromium cannot play (HEVC, MPEG-4 Part 2 in AVI, some MOV/MKV): H.264
 * (libx264, veryfast, CRF 23, yuv420p) and AAC 128k in an MP4 with the index at the front, so the
 * video element can seek before the whole file is read. Written beside the original under a
 * temporary name and renamed at the end, so a half-written file never looks finished.
 *
 * The ffmpeg in the @ffmpeg-installer package (a 2018 build) has libx264 and the native AAC encoder
 * on linux-x64; a build without them falls back to the system's ffmpeg, checked once per binary.
 */

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { resolveFfmpeg } from './ffmpeg-path'
import { probeMedia } from './probe'

/** Options for {@link transcodeToMp4}. */
export type TranscodeOptions = Readonly<{
  /** Fraction done, 0..1, never decreasing; 1 once the file is in place. */
  onProgress?: (fraction: number) => void
  /** Stops the conversion; the promise rejects with code 'cancelled' and no file is left. */
  signal?: AbortSignal
  /** The ffmpeg command (default: the packaged one when it has libx264 and aac, else the system's). */
  ffmpeg?: string
}>

/**
 * Why a conversion failed: cancelled, ffmpeg could not convert (or start), or the finished file
 * could not be moved into place (then the errno name, e.g. 'EACCES', as other file errors carry).
 */
export type TranscodeErrorCode = 'cancelled' | 'ffmpeg-failed' | `E${string}`

/** An Error whose message is a plain sentence and whose `code` says which kind of failure it was. */
export type TranscodeError = Error & { code: TranscodeErrorCode }

/** Where the playable copy of `input` goes: `talk.mkv` → `talk.eglur.mp4` beside it, else `talk-2.eglur.mp4`, … */
export async function transcodeTargetPath(input: string): Promise<string> {
  const dir = path.dirname(input)
  const stem = path.basename(input, path.extname(input))
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `${stem}${n === 1 ? '' : `-${n}`}.eglur.mp4`)
    if (!(await exists(candidate))) return candidate
  }
}

/** Converts `input` to an H.264/AAC MP4 at `output` (replacing it), reporting progress. */
export async function transcodeToMp4(input: string, output: string, options: TranscodeOptions = {}): Promise<void> {
  const { signal } = options
  if (signal?.aborted) throw failure('cancelled', 'The conversion was cancelled.')
  const ffmpeg = options.ffmpeg ?? (await transcodingFfmpeg())
  let durationMs: number
  try {
    durationMs = (await probeMedia(input, ffmpeg)).durationMs
  } catch (error) {
    throw failure('ffmpeg-failed', (error as Error).message)
  }
  if (signal?.aborted) throw failure('cancelled', 'The conversion was cancelled.')
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.${randomBytes(4).toString('hex')}.part`)
  let reported = 0
  const report = (fraction: number) => {
    // Never backwards, and 1 only once the file is really in place.
    const f = Math.min(fraction, 0.999)
    if (f > reported) options.onProgress?.((reported = f))
  }
  options.onProgress?.(0)
  try {
    await runFfmpeg(ffmpeg, encodeArgs(input, temp), durationMs, report, signal)
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  try {
    await fs.rename(temp, output)
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined)
    const errno = (error as NodeJS.ErrnoException).code ?? 'EIO'
    throw failure(
      errno.startsWith('E') ? (errno as `E${string}`) : 'EIO',
      `The converted file could not be saved as ${path.basename(output)} (${errno}).`,
    )
  }
  options.onProgress?.(1)
}

function encodeArgs(input: string, temp: string): string[] {
  return [
    '-hide_banner',
    '-v',
    'error',
    '-nostdin',
    '-y',
    '-i',
    input,
    // The first video and audio streams, each optional (`?`), so audio-only files convert too;
    // `V` skips cover art, which would otherwise become a one-frame video track.
    '-map',
    '0:V:0?',
    '-map',
    '0:a:0?',
    '-sn',
    '-dn',
    // yuv420p needs even dimensions; odd-sized sources lose at most one pixel row/column.
    '-vf',
    'scale=trunc(iw/2)*2:trunc(ih/2)*2',
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '23',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '128k',
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    '-progress',
    'pipe:1',
    '-nostats',
    temp,
  ]
}

/** Runs ffmpeg, turning `-progress` lines into fractions of the probed duration. */
function runFfmpeg(
  ffmpeg: string,
  args: string[],
  durationMs: number,
  report: (f: number) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpeg, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const abort = () => child.kill('SIGKILL')
    signal?.addEventListener('abort', abort, { once: true })
    let stderr = ''
    let pending = ''
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        // out_time_us is microseconds (so is the misnamed out_time_ms); "N/A" before the first frame.
        const us = /^out_time_(?:us|ms)=(\d+)/.exec(line.trim())?.[1]
        if (us !== undefined && durationMs > 0) report(Number(us) / 1000 / durationMs)
      }
    })
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)))
    child.on('error', (error) => {
      signal?.removeEventListener('abort', abort)
      reject(failure('ffmpeg-failed', `ffmpeg could not be started (${error.message}).`))
    })
    child.on('close', (code, killedBy) => {
      signal?.removeEventListener('abort', abort)
      if (signal?.aborted) return reject(failure('cancelled', 'The conversion was cancelled.'))
      if (code === 0) return resolve()
      const last = stderr.trim().split('\n').pop()?.trim()
      reject(
        failure(
          'ffmpeg-failed',
          `ffmpeg could not convert this file (${killedBy ?? `exit ${code}`})${last ? `: ${last}` : '.'}`,
        ),
      )
    })
  })
}

const encoderCheck = new Map<string, Promise<boolean>>()

/** The packaged ffmpeg when it can encode H.264 and AAC, else the system's (resolveFfmpeg's own fallback). */
async function transcodingFfmpeg(): Promise<string> {
  const packaged = resolveFfmpeg()
  if (packaged === 'ffmpeg') return packaged
  let check = encoderCheck.get(packaged)
  if (!check) encoderCheck.set(packaged, (check = hasEncoders(packaged, ['libx264', 'aac'])))
  return (await check) ? packaged : 'ffmpeg'
}

/** Whether `ffmpeg -encoders` lists every one of `names`. */
export function hasEncoders(ffmpeg: string, names: readonly string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(ffmpeg, ['-hide_banner', '-encoders'], { stdio: ['ignore', 'pipe', 'ignore'] })
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.on('error', () => resolve(false))
    child.on('close', () => {
      const listed = new Set(out.split('\n').map((line) => line.trim().split(/\s+/)[1]))
      resolve(names.every((n) => listed.has(n)))
    })
  })
}

function failure(code: TranscodeErrorCode, message: string): TranscodeError {
  return Object.assign(new Error(message), { code })
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file)
    return true
  } catch {
    return false
  }
}
