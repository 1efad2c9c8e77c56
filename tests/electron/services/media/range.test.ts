import { existsSync, promises as fs, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseRangeHeader, serveFile } from '../../../../electron/services/media/range'
import { contentTypeOf } from '../../../../shared/formats/file-kinds'

let dir: string
let file: string
let content: Buffer

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-range-'))
  file = path.join(dir, 'clip.mp4')
  // 200 KB of varied bytes so a slice from the wrong offset cannot match by accident.
  content = Buffer.alloc(200_000)
  for (let i = 0; i < content.length; i++) content[i] = (i * 7 + (i >> 8)) & 0xff
  await fs.writeFile(file, content)
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const get = (headers: Record<string, string> = {}, method = 'GET') =>
  new Request('http://media.test/clip.mp4', { method, headers })
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer())

/** Bytes this process has read through read(2) so far (Linux), to prove a range does not read the whole file. */
const bytesReadByProcess = () => Number(/rchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))![1])

describe('parsing Range headers', () => {
  const size = 1000
  it.each([
    ['bytes=0-99', { kind: 'partial', start: 0, end: 99 }],
    ['bytes=500-', { kind: 'partial', start: 500, end: 999 }],
    ['bytes=-100', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-5000', { kind: 'partial', start: 0, end: 999 }],
    ['bytes=900-5000', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=999-999', { kind: 'partial', start: 999, end: 999 }],
    ['BYTES = 10-20', { kind: 'partial', start: 10, end: 20 }],
    ['bytes=10-20, 30-40', { kind: 'partial', start: 10, end: 20 }],
    ['bytes=2000-3000, 30-40', { kind: 'partial', start: 30, end: 40 }],
    ['bytes=1000-', { kind: 'unsatisfiable' }],
    ['bytes=1000-2000, 5000-', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
  ])('%s', (header, expected) => {
    expect(parseRangeHeader(header, size)).toEqual(expected)
  })

  it.each([
    null,
    '',
    'bytes=',
    'bytes=-',
    'bytes=abc',
    'bytes=20-10',
    'items=0-10',
    'bytes=1-2-3',
    'bytes=0-1, x',
    'bytes=0x10-20',
  ])('an absent or malformed header (%s) means the whole file', (header) => {
    expect(parseRangeHeader(header, size)).toEqual({ kind: 'full' })
  })

  it('an empty file has no satisfiable range', () => {
    expect(parseRangeHeader('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' })
    expect(parseRangeHeader('bytes=-10', 0)).toEqual({ kind: 'unsatisfiable' })
  })
})

describe('content types', () => {
  it.each([
    ['talk.mp4', 'video/mp4'],
    ['TALK.M4V', 'video/mp4'],
    ['a.mov', 'video/quicktime'],
    ['a.webm', 'video/webm'],
    ['a.mkv', 'video/x-matroska'],
    ['a.mp3', 'audio/mpeg'],
    ['a.m4a', 'audio/mp4'],
    ['a.wav', 'audio/wav'],
    ['a.ogg', 'audio/ogg'],
    ['a.opus', 'audio/ogg'],
    ['a.flac', 'audio/flac'],
    ['a.aac', 'audio/aac'],
    ['notes', 'application/octet-stream'],
    ['a.exe', 'application/octet-stream'],
  ])('%s is %s', (name, type) => {
    expect(contentTypeOf(name)).toBe(type)
  })
})

describe('serving a file', () => {
  it('without Range: 200 with the whole file and the media headers', async () => {
    const response = await serveFile(file, get())
    expect(response.status).toBe(200)
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    expect(response.headers.get('content-type')).toBe('video/mp4')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-length')).toBe(String(content.length))
    expect(response.headers.get('content-range')).toBeNull()
    expect((await bytes(response)).equals(content)).toBe(true)
  })

  it('a closed range: 206 with exactly those bytes', async () => {
    const response = await serveFile(file, get({ Range: 'bytes=1000-1999' }))
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe(`bytes 1000-1999/${content.length}`)
    expect(response.headers.get('content-length')).toBe('1000')
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    expect((await bytes(response)).equals(content.subarray(1000, 2000))).toBe(true)
  })

  it('open-ended and suffix ranges reach the last byte', async () => {
    const open = await serveFile(file, get({ Range: 'bytes=150000-' }))
    expect(open.status).toBe(206)
    expect(open.headers.get('content-range')).toBe(`bytes 150000-${content.length - 1}/${content.length}`)
    expect((await bytes(open)).equals(content.subarray(150000))).toBe(true)
    const suffix = await serveFile(file, get({ Range: 'bytes=-500' }))
    expect(suffix.headers.get('content-range')).toBe(
      `bytes ${content.length - 500}-${content.length - 1}/${content.length}`,
    )
    expect(suffix.headers.get('content-length')).toBe('500')
    expect((await bytes(suffix)).equals(content.subarray(content.length - 500))).toBe(true)
  })

  it('several ranges: the first is served; a malformed header gets the whole file', async () => {
    const multi = await serveFile(file, get({ Range: 'bytes=10-19,100-199' }))
    expect(multi.status).toBe(206)
    expect((await bytes(multi)).equals(content.subarray(10, 20))).toBe(true)
    const malformed = await serveFile(file, get({ Range: 'bytes=50-10' }))
    expect(malformed.status).toBe(200)
    expect((await bytes(malformed)).length).toBe(content.length)
  })

  it('a range past the end: 416 with the size', async () => {
    const response = await serveFile(file, get({ Range: `bytes=${content.length}-` }))
    expect(response.status).toBe(416)
    expect(response.headers.get('content-range')).toBe(`bytes */${content.length}`)
    expect((await bytes(response)).length).toBe(0)
  })

  it('HEAD gives the same headers and no body', async () => {
    const head = await serveFile(file, get({ Range: 'bytes=0-9' }, 'HEAD'))
    expect(head.status).toBe(206)
    expect(head.headers.get('content-length')).toBe('10')
    expect(head.headers.get('content-range')).toBe(`bytes 0-9/${content.length}`)
    expect(head.body).toBeNull()
    const whole = await serveFile(file, get({}, 'HEAD'))
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-length')).toBe(String(content.length))
    expect(whole.body).toBeNull()
  })

  it('other methods get 405; missing files and folders get 404', async () => {
    const post = await serveFile(file, new Request('http://media.test/clip.mp4', { method: 'POST', body: 'x' }))
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
    expect((await serveFile(path.join(dir, 'gone.mp4'), get())).status).toBe(404)
    expect((await serveFile(dir, get())).status).toBe(404)
  })

  it('an explicit content type wins; an empty file answers 200 and 416', async () => {
    const empty = path.join(dir, 'empty.webm')
    await fs.writeFile(empty, '')
    const whole = await serveFile(empty, get(), { contentType: 'audio/webm' })
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('audio/webm')
    expect(whole.headers.get('content-length')).toBe('0')
    expect((await bytes(whole)).length).toBe(0)
    expect((await serveFile(empty, get({ Range: 'bytes=0-' }))).status).toBe(416)
  })

  it.skipIf(!existsSync('/proc/self/io'))('a range in a 1 GB file reads only that range', async () => {
    const big = path.join(dir, 'big.mkv')
    const gb = 1024 ** 3
    const marker = Buffer.from('middle of a very long talk')
    const handle = await fs.open(big, 'w')
    await handle.write(marker, 0, marker.length, gb / 2)
    await handle.truncate(gb) // sparse: takes no disk space
    await handle.close()
    const before = bytesReadByProcess()
    const response = await serveFile(big, get({ Range: `bytes=${gb / 2}-${gb / 2 + 1024 * 1024 - 1}` }))
    const body = await bytes(response)
    expect(response.headers.get('content-range')).toBe(`bytes ${gb / 2}-${gb / 2 + 1024 * 1024 - 1}/${gb}`)
    expect(body.length).toBe(1024 * 1024)
    expect(body.subarray(0, marker.length).equals(marker)).toBe(true)
    expect(body.subarray(marker.length).every((b) => b === 0)).toBe(true)
    // Whole-file reading would show ≥ 1024 MB here; the range is 1 MB (plus vitest's own small reads).
    expect((bytesReadByProcess() - before) / 1024 ** 2).toBeLessThan(16)

    // A whole-file response is streamed: reading one chunk and cancelling stops the disk reads.
    const beforeWhole = bytesReadByProcess()
    const whole = await serveFile(big, get())
    expect(whole.headers.get('content-length')).toBe(String(gb))
    const reader = whole.body!.getReader()
    expect((await reader.read()).value!.length).toBeGreaterThan(0)
    await reader.cancel()
    expect((bytesReadByProcess() - beforeWhole) / 1024 ** 2).toBeLessThan(16)
  })
})
