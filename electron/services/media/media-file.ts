/**
 * Whether a file a project names is really a video or audio file: a regular file with a media
 * extension that ffmpeg reads as media. A project file is data anyone could have written, so its
 * video path is checked before the file is put on the access list (for reading only).
 */

import { promises as fs } from 'node:fs'
import { openableKind } from '../../../shared/formats/file-kinds'
import { probeMediaCached } from './probe-cache'

/**
 * True when `realPath` has a media extension, is a regular file, and ffmpeg reads it as media. When
 * ffmpeg is not installed the extension and the file type decide (the video still plays without it).
 * The probe's answer is kept in `cacheDir` (keyed by path, size and modification time), so reopening a
 * project does not run ffmpeg again, and the editor's own probe of the video that follows is answered from it.
 */
export async function isMediaFile(
  realPath: string,
  options: Readonly<{ cacheDir: string; ffmpeg?: string | undefined }>,
): Promise<boolean> {
  if (openableKind(realPath) !== 'media') return false
  const stat = await fs.stat(realPath).catch(() => undefined)
  if (!stat?.isFile()) return false
  try {
    await probeMediaCached(realPath, options)
    return true
  } catch (error) {
    return (error as { code?: unknown }).code === 'ffmpeg-missing'
  }
}
