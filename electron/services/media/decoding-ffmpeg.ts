/**
 * The ffmpeg this process decodes with (see ffmpeg-path.ts for the choice), remembering what each
 * ffmpeg answered to `-version`, so choosing the decoder does not start ffmpeg
 * once more on every run: a dynamically linked system ffmpeg takes a quarter of a second just to load
 * its libraries and print its version, a tenth of a one-hour peaks run. An answer is kept per binary
 * with the binary's size, change time and inode, so an upgraded or replaced ffmpeg is asked again.
 * The memo only ever chooses between the two candidates found at run time; a stale or tampered file
 * can at worst make the older of the two run. Keeping it is best effort: a read-only or full disk
 * costs only the `-version` run.
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import { eglurDataDir } from '../data-dir'
import { chooseFfmpeg, readFfmpegVersion, type FfmpegChoice, type FfmpegVersion } from './ffmpeg-path'

/** What was asked of one binary, and the binary's identity when it answered. */
type MemoEntry = { size: number; ctimeMs: number; ino: number; label: string; libavcodec: [number, number, number] }
type Memo = Record<string, MemoEntry>

// Checked by hand rather than with a schema library: this runs at the start of `eglur peaks`, where
// loading a validator would cost more than the check.
function isEntry(value: unknown): value is MemoEntry {
  const e = value as Partial<MemoEntry> | null
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.size === 'number' &&
    typeof e.ctimeMs === 'number' &&
    typeof e.ino === 'number' &&
    typeof e.label === 'string' &&
    Array.isArray(e.libavcodec) &&
    e.libavcodec.length === 3 &&
    e.libavcodec.every((n) => typeof n === 'number')
  )
}

async function readMemo(file: string): Promise<Memo> {
  try {
    const raw: unknown = JSON.parse(await fs.readFile(file, 'utf8'))
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {}
    return Object.fromEntries(Object.entries(raw).filter(([, entry]) => isEntry(entry))) as Memo
  } catch {
    return {}
  }
}

/** `readFfmpegVersion` through a memo file: asks the binary only when it is new or changed since last asked. */
export function rememberedFfmpegVersions(memoFile: string): (command: string) => Promise<FfmpegVersion | undefined> {
  const memo = readMemo(memoFile)
  let pending = Promise.resolve()
  return async (command) => {
    const stat = await fs.stat(command).catch(() => undefined)
    if (!stat) return readFfmpegVersion(command)
    const known = (await memo)[command]
    if (known && known.size === stat.size && known.ctimeMs === stat.ctimeMs && known.ino === stat.ino) {
      return { label: known.label, libavcodec: known.libavcodec }
    }
    const version = await readFfmpegVersion(command)
    if (!version) return undefined
    const entries = await memo
    entries[command] = {
      size: stat.size,
      ctimeMs: stat.ctimeMs,
      ino: stat.ino,
      label: version.label,
      libavcodec: [...version.libavcodec],
    }
    // One write at a time, each of the whole memo, through a temporary file renamed into place.
    pending = pending.then(() => writeMemo(memoFile, entries))
    await pending
    return version
  }
}

async function writeMemo(file: string, memo: Memo): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`
  try {
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
    await fs.writeFile(temp, JSON.stringify(memo), { mode: 0o600 })
    await fs.rename(temp, file)
  } catch {
    await fs.rm(temp, { force: true }).catch(() => undefined)
  }
}

let chosen: Promise<FfmpegChoice> | undefined

/** The ffmpeg for decoding this process uses, chosen once (versions from the memo in Eglur's data folder) and remembered. */
export function decodingFfmpeg(): Promise<FfmpegChoice> {
  chosen ??= chooseFfmpeg(undefined, rememberedFfmpegVersions(path.join(eglurDataDir(), 'ffmpeg-versions.json')))
  return chosen
}
