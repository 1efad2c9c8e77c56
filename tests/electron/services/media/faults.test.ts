// Fault drills for the media services: ffmpeg missing, or a fake ffmpeg that writes some PCM and then
// exits 1, kills itself or stalls. computePeaks must reject with a plain sentence, never hang, and
// leave no ffmpeg process running.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { computePeaks } from '../../../../electron/services/media/peaks'
import { probeMedia } from '../../../../electron/services/media/probe'

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-ffmpeg-faults-'))
})

type Mode = 'exit' | 'kill' | 'stall' | 'first-slice-exits-others-stall'

/**
 * Writes a fake ffmpeg: as a probe (`-i` only) it prints a 3-minute banner with a sound track; as a
 * decoder it writes 0.5 s of PCM and then misbehaves as `mode` says. Each run appends its pid to a file.
 * `exec sleep` keeps the pid the same process, as a real stalled ffmpeg would be.
 */
async function fakeFfmpeg(mode: Mode): Promise<{ bin: string; pids: () => Promise<number[]> }> {
  const bin = path.join(dir, `ffmpeg-${mode}`)
  const pidFile = `${bin}.pids`
  const misbehave = {
    exit: 'echo "Error while decoding stream #0:0: Invalid data found when processing input" >&2; exit 1',
    kill: 'kill -9 $$',
    stall: 'exec sleep 600',
    'first-slice-exits-others-stall':
      'case "$*" in *-ss*) exec sleep 600;; *) echo "decoder crashed" >&2; exit 1;; esac',
  }[mode]
  await fs.writeFile(
    bin,
    `#!/bin/sh
echo $$ >> '${pidFile}'
case "$*" in
  *pipe:1*) ;;
  *) printf 'Input #0, mov,mp4,m4a, from "x":\\n  Duration: 00:03:00.00, start: 0.000000, bitrate: 128 kb/s\\n  Stream #0:0: Audio: aac (LC), 44100 Hz, mono\\n' >&2; exit 1;;
esac
head -c 8000 /dev/zero
${misbehave}
`,
    { mode: 0o755 },
  )
  const pids = async () => (await fs.readFile(pidFile, 'utf8').catch(() => '')).split('\n').filter(Boolean).map(Number)
  return { bin, pids }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits up to `ms` for every pid to be gone (the kernel reaps a killed child a moment later). */
async function allGone(pids: readonly number[], ms = 3000): Promise<boolean> {
  const until = Date.now() + ms
  while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 50))
  return !pids.some(alive)
}

const media = () => path.join(dir, 'talk.mp4')

describe('ffmpeg missing', () => {
  it('probe and peaks reject with a plain sentence naming ffmpeg', async () => {
    const bogus = path.join(dir, 'no-such-dir', 'ffmpeg')
    await expect(probeMedia(media(), bogus)).rejects.toThrow(/^ffmpeg could not be started \(spawn .* ENOENT\)\.$/)
    await expect(computePeaks(media(), { ffmpeg: bogus })).rejects.toThrow(/^ffmpeg could not be started/)
  })

  it('a file that is not executable is reported the same way', async () => {
    const notExecutable = path.join(dir, 'ffmpeg-not-executable')
    await fs.writeFile(notExecutable, 'not a program', { mode: 0o644 })
    await expect(computePeaks(media(), { ffmpeg: notExecutable })).rejects.toThrow(
      /^ffmpeg could not be started \(spawn .*(EACCES|ENOEXEC)\)\.$/,
    )
  })
})

describe('ffmpeg failing mid-stream', () => {
  it('exit 1 after some PCM: rejects with the exit code and ffmpeg’s last line, no hang', async () => {
    const fake = await fakeFfmpeg('exit')
    await expect(computePeaks(media(), { ffmpeg: fake.bin })).rejects.toThrow(
      'ffmpeg stopped while reading the audio (exit 1): Error while decoding stream #0:0: Invalid data found when processing input',
    )
    expect(await allGone(await fake.pids())).toBe(true)
  }, 15_000)

  it('killed by a signal after some PCM: rejects naming the signal', async () => {
    const fake = await fakeFfmpeg('kill')
    const error = await computePeaks(media(), { ffmpeg: fake.bin }).then(
      () => undefined,
      (e: Error) => e,
    )
    expect(error?.message).toMatch(/^ffmpeg stopped while reading the audio \(SIGKILL\)/)
    expect(error?.message).not.toMatch(/\n/)
    expect(await allGone(await fake.pids())).toBe(true)
  }, 15_000)

  it('a stalled ffmpeg is stopped by cancelling, and its process is gone', async () => {
    const fake = await fakeFfmpeg('stall')
    const controller = new AbortController()
    // Cancel once PCM has arrived, i.e. while ffmpeg is stuck in the middle of the file.
    const running = computePeaks(media(), {
      ffmpeg: fake.bin,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    await expect(running).rejects.toMatchObject({ code: 'ABORT_ERR', message: 'Cancelled.' })
    expect(await allGone(await fake.pids())).toBe(true)
  }, 15_000)

  // Regression: when one parallel slice failed, computePeaks rejected but left the other ffmpegs running.
  it('one slice of a parallel decode fails: the error is reported and the other slices are stopped', async () => {
    const fake = await fakeFfmpeg('first-slice-exits-others-stall')
    await expect(computePeaks(media(), { ffmpeg: fake.bin, parts: 3 })).rejects.toThrow(
      'ffmpeg stopped while reading the audio (exit 1): decoder crashed',
    )
    const pids = await fake.pids()
    // The probe and the failing slice at least; a slice killed before its shell wrote its pid is stopped too.
    expect(pids.length).toBeGreaterThanOrEqual(2)
    expect(await allGone(pids)).toBe(true)
  }, 15_000)
})

describe('a path that is not a file', () => {
  it('probing a FIFO answers at once that it is not media, instead of ffmpeg waiting for ever', async () => {
    const fifo = path.join(dir, 'talk-fifo.mp4')
    const { execFileSync } = await import('node:child_process')
    execFileSync('mkfifo', [fifo])
    await expect(probeMedia(fifo)).rejects.toMatchObject({
      code: 'not-media',
      message: expect.stringMatching(/not a regular file/),
    })
    await expect(probeMedia(dir)).rejects.toMatchObject({ code: 'not-media' })
  }, 10_000)
})
