/**
 * Which ffmpeg to run: the one shipped inside the @ffmpeg-installer npm package (works offline),
 * with its path moved out of `app.asar` (a binary inside the archive cannot be spawned), else the
 * system's `ffmpeg` on PATH.
 */

import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'

const require = createRequire(import.meta.url)

/** A path inside the packaged app's archive points at its unpacked copy instead. */
export function unpackedPath(binaryPath: string): string {
  return binaryPath.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2')
}

/** The ffmpeg command to run. Loaded lazily: a missing package must disable media work, not the app. */
export function resolveFfmpeg(): string {
  try {
    const installed = unpackedPath((require('@ffmpeg-installer/ffmpeg') as { path: string }).path)
    if (existsSync(installed)) return installed
  } catch {
    // No build for this platform: fall back to the system's ffmpeg.
  }
  return 'ffmpeg'
}
