import { appendFileSync, chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rememberedFfmpegVersions } from '../../../../electron/services/media/decoding-ffmpeg'
import { chooseFfmpeg } from '../../../../electron/services/media/ffmpeg-path'

const dir = mkdtempSync(path.join(os.tmpdir(), 'eglur-ffmpeg-memo-'))

/** A stand-in ffmpeg that notes each run in `runs` and prints a `-version` text with this libavcodec. */
function countingFfmpeg(name: string, codec: string): { command: string; runs: () => number } {
  const command = path.join(dir, name)
  const log = `${command}.runs`
  writeFileSync(log, '')
  writeFileSync(
    command,
    `#!/bin/sh\necho run >> '${log}'\necho 'ffmpeg version ${name} Copyright'\necho 'libavcodec     ${codec} / ${codec}'\n`,
  )
  chmodSync(command, 0o755)
  return { command, runs: () => readFileSync(log, 'utf8').split('\n').filter(Boolean).length }
}

describe('remembering what each ffmpeg answered to -version', () => {
  it('asks a binary once, then answers from the memo in later processes', async () => {
    const ffmpeg = countingFfmpeg('memo-once', '59. 37.100')
    const memo = path.join(dir, 'once', 'ffmpeg-versions.json')
    expect(await rememberedFfmpegVersions(memo)(ffmpeg.command)).toEqual({
      label: 'memo-once',
      libavcodec: [59, 37, 100],
    })
    // A new reader stands for the next `eglur peaks` run.
    expect(await rememberedFfmpegVersions(memo)(ffmpeg.command)).toEqual({
      label: 'memo-once',
      libavcodec: [59, 37, 100],
    })
    expect(ffmpeg.runs()).toBe(1)
  })

  it('asks again when the binary was replaced (an upgrade)', async () => {
    const ffmpeg = countingFfmpeg('memo-upgrade', '58. 42.100')
    const memo = path.join(dir, 'upgrade.json')
    await rememberedFfmpegVersions(memo)(ffmpeg.command)
    await new Promise((resolve) => setTimeout(resolve, 20))
    writeFileSync(
      ffmpeg.command,
      `#!/bin/sh\necho run >> '${ffmpeg.command}.runs'\necho 'ffmpeg version 7.1'\necho 'libavcodec     61. 19.100 / 61. 19.100'\n`,
    )
    expect(await rememberedFfmpegVersions(memo)(ffmpeg.command)).toEqual({ label: '7.1', libavcodec: [61, 19, 100] })
    expect(ffmpeg.runs()).toBe(2)
  })

  it('a damaged memo, or one that cannot be written, costs only a -version run', async () => {
    const ffmpeg = countingFfmpeg('memo-damaged', '59. 37.100')
    const damaged = path.join(dir, 'damaged.json')
    writeFileSync(damaged, '{"oops":')
    expect(await rememberedFfmpegVersions(damaged)(ffmpeg.command)).toMatchObject({ libavcodec: [59, 37, 100] })
    expect(JSON.parse(readFileSync(damaged, 'utf8'))[ffmpeg.command]).toMatchObject({ label: 'memo-damaged' })
    const blocked = path.join(dir, 'a-file')
    appendFileSync(blocked, 'not a folder')
    expect(await rememberedFfmpegVersions(path.join(blocked, 'memo.json'))(ffmpeg.command)).toMatchObject({
      libavcodec: [59, 37, 100],
    })
  })

  it('a wrong entry for another path never changes which candidate runs', async () => {
    const bundled = countingFfmpeg('memo-bundled', '58. 42.100')
    const system = countingFfmpeg('memo-system', '59. 37.100')
    const memo = path.join(dir, 'tampered.json')
    writeFileSync(
      memo,
      JSON.stringify({ '/usr/bin/evil': { size: 1, ctimeMs: 1, ino: 1, label: 'evil', libavcodec: [99, 0, 0] } }),
    )
    const choice = await chooseFfmpeg(
      { bundled: bundled.command, system: system.command },
      rememberedFfmpegVersions(memo),
    )
    expect(choice).toMatchObject({ command: system.command, source: 'system' })
    // Both were asked once; the choice is the same the next time without asking.
    expect(
      await chooseFfmpeg({ bundled: bundled.command, system: system.command }, rememberedFfmpegVersions(memo)),
    ).toMatchObject({ command: system.command })
    expect([bundled.runs(), system.runs()]).toEqual([1, 1])
  })
})
