import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  chooseFfmpeg,
  compareFfmpegVersions,
  parseFfmpegVersion,
  systemFfmpeg,
  unpackedPath,
} from '../../../../electron/services/media/ffmpeg-path'
import { runEglur } from '../../../helpers/cli'

const dir = mkdtempSync(path.join(os.tmpdir(), 'eglur-ffmpeg-choice-'))

/** A stand-in ffmpeg that prints this `-version` text (or exits 1 when `text` is undefined). */
function fakeFfmpeg(name: string, text: string | undefined): string {
  const file = path.join(dir, name)
  writeFileSync(
    file,
    text === undefined
      ? '#!/bin/sh\necho "Segmentation fault" >&2\nexit 139\n'
      : `#!/bin/sh\ncat <<'EOF'\n${text}\nEOF\n`,
  )
  chmodSync(file, 0o755)
  return file
}

const versionText = (label: string, codec: string) =>
  `ffmpeg version ${label} Copyright (c) 2000-2026 the FFmpeg developers\nbuilt with gcc 12\nlibavutil      57. 28.100 / 57. 28.100\nlibavcodec     ${codec} / ${codec}\nlibavformat    59. 27.100 / 59. 27.100`

const OLD = versionText('N-47683-g0e8eb07980-static', '58. 42.100')
const NEW = versionText('5.1.9-0+deb12u1', '59. 37.100')

describe('reading ffmpeg versions', () => {
  it('reads the label and the libavcodec version, and orders builds by libavcodec', () => {
    const old = parseFfmpegVersion(OLD)!
    const current = parseFfmpegVersion(NEW)!
    expect(old).toEqual({ label: 'N-47683-g0e8eb07980-static', libavcodec: [58, 42, 100] })
    expect(current).toEqual({ label: '5.1.9-0+deb12u1', libavcodec: [59, 37, 100] })
    expect(compareFfmpegVersions(current, old)).toBeGreaterThan(0)
    expect(compareFfmpegVersions(old, current)).toBeLessThan(0)
    expect(compareFfmpegVersions(parseFfmpegVersion(versionText('x', '59. 37.101'))!, current)).toBeGreaterThan(0)
    expect(compareFfmpegVersions(current, parseFfmpegVersion(NEW)!)).toBe(0)
  })

  it("output that is not ffmpeg's gives no version", () => {
    expect(parseFfmpegVersion('')).toBeUndefined()
    expect(parseFfmpegVersion('ffmpeg version 6.0\nsomething else')).toBeUndefined()
  })
})

describe('choosing the ffmpeg that decodes', () => {
  const bundled = fakeFfmpeg('bundled-ffmpeg', OLD)
  const newer = fakeFfmpeg('system-new', NEW)
  const older = fakeFfmpeg('system-old', versionText('4.0', '58. 18.100'))
  const same = fakeFfmpeg('system-same', versionText('4.1-system', '58. 42.100'))
  const broken = fakeFfmpeg('system-broken', undefined)
  const missing = path.join(dir, 'no-such-ffmpeg')

  it("takes the system's when it is newer than the bundled one, and says so", async () => {
    const choice = await chooseFfmpeg({ bundled, system: newer })
    expect(choice).toMatchObject({ command: newer, source: 'system', version: '5.1.9-0+deb12u1' })
    expect(choice.description).toContain('bundled N-47683-g0e8eb07980-static is older')
  })

  it("keeps the bundled one when the system's is older, the same, broken or missing", async () => {
    for (const system of [older, same, broken, missing, undefined]) {
      expect(await chooseFfmpeg({ bundled, system })).toMatchObject({ command: bundled, source: 'bundled' })
    }
  })

  it("uses the system's when there is no working bundled build", async () => {
    expect(await chooseFfmpeg({ bundled: undefined, system: older })).toMatchObject({
      command: older,
      source: 'system',
    })
    expect(await chooseFfmpeg({ bundled: broken, system: older })).toMatchObject({ command: older, source: 'system' })
  })

  it('with neither working, names what it will try so the failure says ffmpeg is missing', async () => {
    const choice = await chooseFfmpeg({ bundled: undefined, system: undefined })
    expect(choice).toMatchObject({ command: 'ffmpeg', source: 'none' })
    expect(choice.description).toContain('no working ffmpeg')
  })

  it("finds the system's ffmpeg on PATH as a shell would", () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), 'eglur-path-'))
    fakeFfmpeg('ffmpeg', NEW)
    expect(systemFfmpeg({ PATH: [bin, dir].join(path.delimiter) })).toBe(path.join(dir, 'ffmpeg'))
    expect(systemFfmpeg({ PATH: bin })).toBeUndefined()
    expect(systemFfmpeg({})).toBeUndefined()
  })

  it('a packaged app runs the bundled ffmpeg from outside the asar archive', () => {
    expect(
      unpackedPath(
        'C:\\Program Files\\Eglur\\resources\\app.asar\\node_modules\\@ffmpeg-installer\\win32-x64\\ffmpeg.exe',
      ),
    ).toBe(
      'C:\\Program Files\\Eglur\\resources\\app.asar.unpacked\\node_modules\\@ffmpeg-installer\\win32-x64\\ffmpeg.exe',
    )
  })
})

describe('eglur peaks says which ffmpeg it runs', () => {
  it('in --help', async () => {
    const r = await runEglur(dir, 'peaks', '--help')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^ffmpeg here: .+ \((system|bundled|no working)/m)
  })

  it('with --verbose, before it decodes', async () => {
    const { execFileSync } = await import('node:child_process')
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:duration=2',
      '-c:a',
      'aac',
      path.join(dir, 'tone.m4a'),
    ])
    const r = await runEglur(dir, 'peaks', 'tone.m4a', '-o', 'tone.json', '--verbose')
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(
      /^eglur peaks: ffmpeg \S+ \((system|bundled), [^;]+; .+\); \d+ slices? at once\.\neglur peaks: \d+ pairs for 2\.\d s written to tone\.json in \d+ ms\.\n$/,
    )
  })
})
