/**
 * Which ffmpeg to run. Two candidates: the one shipped inside the @ffmpeg-installer npm package (works
 * offline; its path moved out of `app.asar`, since a binary inside the archive cannot be spawned), and
 * the system's `ffmpeg` on PATH. Decoding (peaks, probing) runs whichever is newer, judged by the
 * libavcodec version each prints with `-version` — the bundled build is from 2018 and decodes AAC
 * noticeably slower than a current one — and falls back to the other when one is missing or broken.
 */

import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** A path inside the packaged app's archive points at its unpacked copy instead. */
export function unpackedPath(binaryPath: string): string {
  return binaryPath.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2')
}

/** The bundled ffmpeg's path (unpacked from the asar), or undefined when this platform has no build. */
export function bundledFfmpeg(): string | undefined {
  try {
    const installed = unpackedPath((require('@ffmpeg-installer/ffmpeg') as { path: string }).path)
    if (existsSync(installed)) return installed
  } catch {
    // No build for this platform.
  }
  return undefined
}

/** The ffmpeg command for work that needs the bundled build's encoders (transcoding): bundled, else the system's. */
export function resolveFfmpeg(): string {
  return bundledFfmpeg() ?? 'ffmpeg'
}

/** The first `ffmpeg` executable on PATH (what a shell would run), or undefined. */
export function systemFfmpeg(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const names = process.platform === 'win32' ? ['ffmpeg.exe'] : ['ffmpeg']
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    for (const name of names) {
      const file = path.join(dir, name)
      try {
        if (statSync(file).isFile()) return file
      } catch {
        // Not in this folder.
      }
    }
  }
  return undefined
}

/** What `ffmpeg -version` says: its own version label and the libavcodec version (comparable). */
export type FfmpegVersion = Readonly<{ label: string; libavcodec: readonly [number, number, number] }>

/** Reads `ffmpeg -version` output; undefined when it is not ffmpeg's (no libavcodec line). */
export function parseFfmpegVersion(text: string): FfmpegVersion | undefined {
  const codec = /^libavcodec\s+(\d+)\.\s*(\d+)\.\s*(\d+)/m.exec(text)
  if (!codec) return undefined
  const label = /^ffmpeg version (\S+)/m.exec(text)?.[1] ?? 'unknown'
  return { label, libavcodec: [Number(codec[1]), Number(codec[2]), Number(codec[3])] }
}

/** Negative when `a` is older than `b`, 0 when the same, positive when newer. */
export function compareFfmpegVersions(a: FfmpegVersion, b: FfmpegVersion): number {
  for (let i = 0; i < 3; i++) if (a.libavcodec[i] !== b.libavcodec[i]) return a.libavcodec[i]! - b.libavcodec[i]!
  return 0
}

/** Runs `command -version`; undefined when it cannot start, fails or is not ffmpeg. */
export function readFfmpegVersion(command: string): Promise<FfmpegVersion | undefined> {
  return new Promise((resolve) => {
    execFile(command, ['-hide_banner', '-version'], { timeout: 10_000, maxBuffer: 1 << 20 }, (error, stdout) =>
      resolve(error ? undefined : parseFfmpegVersion(String(stdout))),
    )
  })
}

/** The ffmpeg chosen for decoding and why. */
export type FfmpegChoice = Readonly<{
  /** What to spawn. */
  command: string
  /** Where it comes from; 'none' when neither candidate works (spawning it then fails as missing). */
  source: 'system' | 'bundled' | 'none'
  /** Its version label, when it answered `-version`. */
  version?: string
  /** One line for `--help`/`--verbose`, e.g. "/usr/bin/ffmpeg (system, 5.1.9; the bundled N-47683 is older)". */
  description: string
}>

/** The candidates to choose between (injectable for tests). */
export type FfmpegCandidates = Readonly<{ bundled?: string | undefined; system?: string | undefined }>

/** Chooses the newer of the system's and the bundled ffmpeg; a tie goes to the bundled one (the one we ship and test). */
export async function chooseFfmpeg(
  candidates: FfmpegCandidates = { bundled: bundledFfmpeg(), system: systemFfmpeg() },
  readVersion: (command: string) => Promise<FfmpegVersion | undefined> = readFfmpegVersion,
): Promise<FfmpegChoice> {
  const { bundled, system } = candidates
  const [bundledVersion, systemVersion] = await Promise.all([
    bundled ? readVersion(bundled) : undefined,
    system ? readVersion(system) : undefined,
  ])
  const pick = (source: 'system' | 'bundled', why: string): FfmpegChoice => {
    const command = (source === 'system' ? system : bundled)!
    const version = (source === 'system' ? systemVersion : bundledVersion)!
    return { command, source, version: version.label, description: `${command} (${source}, ${version.label}; ${why})` }
  }
  if (systemVersion && bundledVersion) {
    return compareFfmpegVersions(systemVersion, bundledVersion) > 0
      ? pick('system', `the bundled ${bundledVersion.label} is older`)
      : pick('bundled', `the system's ${systemVersion.label} is not newer`)
  }
  if (systemVersion)
    return pick('system', bundled ? 'the bundled one does not run' : 'no bundled build for this platform')
  if (bundledVersion) return pick('bundled', system ? `the system's ${system} does not run` : 'no ffmpeg on PATH')
  const command = bundled ?? system ?? 'ffmpeg'
  return { command, source: 'none', description: `${command} (no working ffmpeg found)` }
}
