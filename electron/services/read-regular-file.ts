/**
 * The one way to read a file the user named. Opening never blocks (a FIFO with no writer would hang
 * the read forever, and a hung read ties up one of libuv's few file-system threads for good); the open
 * handle is checked to be a regular file (not /dev/zero, a pipe, a socket or a folder); and the size
 * limit is enforced while reading too, because the size `stat` reports is only a moment's: a file
 * still being written grows past it.
 */

import { constants, promises as fs } from 'node:fs'

/** Why a file was refused: not a regular file, or more bytes than the caller accepts. */
export type FileRefusal = 'not-a-file' | 'too-large'

/** A refused file; `code` is the reason, `maxBytes` the limit, `size` the file's size when known. */
export class FileRefusedError extends Error {
  /** Creates the error for `path`. */
  constructor(
    readonly code: FileRefusal,
    readonly path: string,
    readonly maxBytes?: number,
    readonly size?: number,
  ) {
    super(code === 'not-a-file' ? `${path} is not a regular file` : `${path} is larger than ${maxBytes} bytes`)
  }
}

/** Options for `readRegularFile`. */
export type ReadRegularFileOptions = Readonly<{
  /** More bytes than this and the file is refused with `too-large` (checked as the bytes arrive). */
  maxBytes: number
}>

/** Bytes read per call: large enough to be quick, small enough that other requests run in between. */
const CHUNK_BYTES = 1024 * 1024

/**
 * Reads a regular file whole. Rejects with `FileRefusedError` ('not-a-file', 'too-large'), with
 * `EISDIR` for a folder, or with the file system's own error (ENOENT, EACCES…).
 */
export async function readRegularFile(filePath: string, options: ReadRegularFileOptions): Promise<Buffer> {
  // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer (0 where it does not exist).
  const handle = await fs.open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const stat = await handle.stat()
    if (stat.isDirectory())
      throw Object.assign(new Error(`${filePath} is a folder`), { code: 'EISDIR', path: filePath })
    if (!stat.isFile()) throw new FileRefusedError('not-a-file', filePath)
    // Already too large: refused without reading. Smaller: it may still grow while being read.
    if (stat.size > options.maxBytes) throw new FileRefusedError('too-large', filePath, options.maxBytes, stat.size)
    // One buffer of the size stat gave, and a byte more: a file that has grown since fills that byte,
    // and only then is the buffer enlarged (no chunks to join for a file that holds still).
    let buffer = Buffer.allocUnsafeSlow(stat.size + 1)
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        const larger = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, options.maxBytes + 1))
        buffer.copy(larger, 0, 0, total)
        buffer = larger
      }
      const want = Math.min(CHUNK_BYTES, buffer.length - total)
      const { bytesRead } = await handle.read(buffer, total, want, null)
      if (bytesRead === 0) break
      total += bytesRead
      // One byte more than allowed is enough to know the file is too large.
      if (total > options.maxBytes) throw new FileRefusedError('too-large', filePath, options.maxBytes)
    }
    return buffer.subarray(0, total)
  } finally {
    await handle.close()
  }
}
