/**
 * HTTP Range for local media, as a pure `(Request) => Promise<Response>`: the one implementation
 * behind both the desktop window's custom media protocol and browser mode's Node server.
 *
 * Why it exists: `net.fetch('file://…')` answers 200 with the whole file and ignores Range, so a
 * `<video>` gets `seekable` = [0, 0] and every seek snaps back to the start (electron#38749).
 * Bodies are streamed from disk in the requested window only, so a 3-hour video is never read whole.
 */

import { createReadStream, promises as fs } from 'node:fs'
import { Readable } from 'node:stream'
import { contentTypeOf } from '../../../shared/formats/file-kinds'

/** What a Range header asks of a file of `size` bytes (`end` is inclusive, as on the wire). */
export type RangeRequest =
  { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' }

/** Options for {@link serveFile}. */
export type ServeFileOptions = Readonly<{
  /** Overrides the type guessed from the file extension. */
  contentType?: string
}>

const FULL: RangeRequest = { kind: 'full' }
const SPEC = /^(\d*)-(\d*)$/

/**
 * Parses `bytes=a-b`, `bytes=a-` and `bytes=-n` (RFC 9110 §14.1.2).
 *
 * A header that does not parse is ignored (the whole file, as the RFC asks of a server); with
 * several ranges the first satisfiable one is served, since media elements only ever ask for one.
 */
export function parseRangeHeader(header: string | null, size: number): RangeRequest {
  if (header === null) return FULL
  const match = /^\s*bytes\s*=(.*)$/i.exec(header)
  if (!match) return FULL
  const specs = match[1]!
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (specs.length === 0) return FULL
  let answer: RangeRequest | undefined
  for (const spec of specs) {
    const parts = SPEC.exec(spec)
    if (!parts || (parts[1] === '' && parts[2] === '')) return FULL
    const range = resolveSpec(parts[1]!, parts[2]!, size)
    if (range === 'invalid') return FULL
    if (!answer && range.kind === 'partial') answer = range
  }
  return answer ?? { kind: 'unsatisfiable' }
}

/** One `first-last` spec against the size; 'invalid' when last < first (a malformed header). */
function resolveSpec(first: string, last: string, size: number): RangeRequest | 'invalid' {
  if (first === '') {
    // Suffix: the last n bytes (all of them when n ≥ size).
    const n = Number(last)
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' }
    return { kind: 'partial', start: Math.max(0, size - n), end: size - 1 }
  }
  const start = Number(first)
  if (last !== '' && Number(last) < start) return 'invalid'
  if (start >= size) return { kind: 'unsatisfiable' }
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  return { kind: 'partial', start, end }
}

/** Serves a local file for GET/HEAD with Range support: 200, 206, 404, 405 or 416. */
export async function serveFile(filePath: string, request: Request, options: ServeFileOptions = {}): Promise<Response> {
  const method = request.method.toUpperCase()
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed', method, { Allow: 'GET, HEAD' })
  let size: number
  try {
    const stat = await fs.stat(filePath)
    if (!stat.isFile()) return plain(404, 'Not found', method)
    size = stat.size
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'EACCES' || code === 'EPERM' ? plain(403, 'Forbidden', method) : plain(404, 'Not found', method)
  }
  const headers = new Headers({
    'Accept-Ranges': 'bytes',
    'Content-Type': options.contentType ?? contentTypeOf(filePath),
    'Cache-Control': 'no-store',
  })
  const range = parseRangeHeader(request.headers.get('range'), size)
  if (range.kind === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${size}`)
    headers.set('Content-Length', '0')
    return new Response(null, { status: 416, headers })
  }
  const start = range.kind === 'partial' ? range.start : 0
  const end = range.kind === 'partial' ? range.end : size - 1
  headers.set('Content-Length', String(end - start + 1))
  if (range.kind === 'partial') headers.set('Content-Range', `bytes ${start}-${end}/${size}`)
  const status = range.kind === 'partial' ? 206 : 200
  // An empty file has no byte range to read (createReadStream with end -1 would read it all).
  if (method === 'HEAD' || size === 0) return new Response(null, { status, headers })
  return new Response(fileStream(filePath, start, end), { status, headers })
}

/** Bytes start..end (inclusive) of the file as a web stream; cancelling it closes the file. */
function fileStream(filePath: string, start: number, end: number): ReadableStream<Uint8Array> {
  // Node's web stream type and the DOM's are the same object at run time but distinct in the typings.
  return Readable.toWeb(createReadStream(filePath, { start, end })) as unknown as ReadableStream<Uint8Array>
}

function plain(status: number, text: string, method: string, extra: Record<string, string> = {}): Response {
  return new Response(method === 'HEAD' ? null : text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Accept-Ranges': 'bytes',
      ...extra,
    },
  })
}
