import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createMediaHandler } from '../../../electron/main/media-protocol'
import { mediaUrl, pathFromMediaUrl, PRIVILEGED_SCHEMES } from '../../../electron/main/schemes'
import { createAccessList } from '../../../electron/services/access'
import { serveFile } from '../../../electron/services/media/range'

const dir = mkdtempSync(path.join(os.tmpdir(), 'eglur-media-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A real file of `size` bytes whose byte i is i % 251, so any window's content is checkable. */
function mediaFile(name: string, size = 10_000): string {
  const file = path.join(dir, name)
  writeFileSync(
    file,
    Uint8Array.from({ length: size }, (_, i) => i % 251),
  )
  return file
}

function handlerFor(...granted: string[]) {
  const access = createAccessList()
  granted.forEach((p) => access.grant(p))
  return createMediaHandler({ allows: (p) => access.allows(p), serveFile })
}

// Electron parses a `standard` scheme like http (host lower-cased, drive-letter colons lost), so the
// URL is checked through the http parser, which Node applies to http: but not to unknown schemes.
const asStandard = (url: string) => new URL(url.replace(/^eglur-media:/, 'http:'))

describe('media URLs', () => {
  const samples = [
    '/home/ann/Talks/talk 1.mp4',
    '/srv/a#b/%41 100%.webm',
    '/home/ann/Fideos/Cyfarfod ŵyl Ŷ — 2026.mp4',
    'C:\\Users\\Ann Jones\\Videos\\Talk.MP4',
    'c:\\lower\\x.mkv',
    '\\\\server\\share\\clip #2.mov',
    '/tmp/日本語/ビデオ.mp4',
  ]
  for (const sample of samples) {
    it(`round-trips ${sample}`, () => {
      const url = mediaUrl(sample)
      const parsed = asStandard(url)
      expect(parsed.hostname).toBe('local')
      expect(parsed.hash).toBe('')
      expect(parsed.search).toBe('')
      expect(decodeURIComponent(parsed.pathname.slice(1))).toBe(sample)
      expect(pathFromMediaUrl(url)).toBe(sample)
      expect(pathFromMediaUrl(url.replace(/^eglur-media:\/\/local/, 'eglur-media://LOCAL'))).toBe(sample)
    })
  }
  it('refuses URLs it did not make', () => {
    expect(pathFromMediaUrl('eglur-media://c/Users/x.mp4')).toBeUndefined()
    expect(pathFromMediaUrl('eglur-media://local/a/b.mp4')).toBeUndefined()
    expect(pathFromMediaUrl('eglur-media://local/')).toBeUndefined()
    expect(pathFromMediaUrl('eglur-media://local/%E0%A4%A')).toBeUndefined()
    expect(pathFromMediaUrl('https://local/%2Fetc%2Fpasswd')).toBeUndefined()
  })
  it('registers the media scheme as standard, secure, streaming and fetchable, without CORS or CSP bypass', () => {
    const media = PRIVILEGED_SCHEMES.find((s) => s.scheme === 'eglur-media')
    expect(media?.privileges).toMatchObject({ standard: true, secure: true, stream: true, supportFetchAPI: true })
    expect(media?.privileges?.bypassCSP).toBeFalsy()
    expect(media?.privileges?.corsEnabled).toBeFalsy()
  })
})

describe('the eglur-media handler, with real files', () => {
  it('answers a range with 206, Content-Range and exactly those bytes', async () => {
    const file = mediaFile('ranged.mp4')
    const response = await handlerFor(file)(new Request(mediaUrl(file), { headers: { Range: 'bytes=1000-1999' } }))
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe('bytes 1000-1999/10000')
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    expect(response.headers.get('content-length')).toBe('1000')
    const body = new Uint8Array(await response.arrayBuffer())
    expect(body.length).toBe(1000)
    expect(body[0]).toBe(1000 % 251)
    expect(body[999]).toBe(1999 % 251)
  })
  it('answers open-ended and suffix ranges', async () => {
    const file = mediaFile('open-ended.webm')
    const handler = handlerFor(file)
    expect(
      (await handler(new Request(mediaUrl(file), { headers: { Range: 'bytes=9000-' } }))).headers.get('content-range'),
    ).toBe('bytes 9000-9999/10000')
    expect(
      (await handler(new Request(mediaUrl(file), { headers: { Range: 'bytes=-500' } }))).headers.get('content-range'),
    ).toBe('bytes 9500-9999/10000')
  })
  it('answers 416 with the size for a range past the end', async () => {
    const file = mediaFile('short.mp4', 100)
    const response = await handlerFor(file)(new Request(mediaUrl(file), { headers: { Range: 'bytes=5000-6000' } }))
    expect(response.status).toBe(416)
    expect(response.headers.get('content-range')).toBe('bytes */100')
  })
  it('serves names with spaces, #, % and non-ASCII from disk', async () => {
    const file = mediaFile('Cyfarfod #3 100% ŵyl.mp4', 300)
    const response = await handlerFor(file)(new Request(mediaUrl(file), { headers: { Range: 'bytes=0-9' } }))
    expect(response.status).toBe(206)
    expect(Array.from(new Uint8Array(await response.arrayBuffer()))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
  it('refuses with 403 a file that exists but was never opened', async () => {
    const opened = mediaFile('opened.mp4')
    const secret = mediaFile('secret.mp4')
    const handler = handlerFor(opened)
    expect((await handler(new Request(mediaUrl(secret)))).status).toBe(403)
    expect((await handler(new Request(mediaUrl(path.join(dir, 'sub', '..', 'secret.mp4'))))).status).toBe(403)
  })
  it('passes the decoded path, Windows form included, to the access check', async () => {
    const allows = vi.fn(() => false)
    const handler = createMediaHandler({ allows, serveFile })
    await handler(new Request(mediaUrl('C:\\Users\\Ann Jones\\Talk #1.mp4')))
    expect(allows).toHaveBeenCalledWith('C:\\Users\\Ann Jones\\Talk #1.mp4')
  })
  it('refuses other hosts, other methods, and honours HEAD', async () => {
    const file = mediaFile('head.mp4', 1234)
    const handler = handlerFor(file)
    expect((await handler(new Request(`eglur-media://elsewhere/${encodeURIComponent(file)}`))).status).toBe(400)
    expect((await handler(new Request(mediaUrl(file), { method: 'POST', body: 'x' }))).status).toBe(405)
    const head = await handler(new Request(mediaUrl(file), { method: 'HEAD' }))
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe('1234')
    expect((await head.arrayBuffer()).byteLength).toBe(0)
  })
})
