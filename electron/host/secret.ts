/**
 * Browser mode's credential: one random secret per run of the server. The page sends it as
 * `Authorization: Bearer …` on every API call and on the event stream; it never travels in a cookie
 * (cookies are sent to every port on 127.0.0.1) or in a process argument (other users can list those).
 * `<video>` cannot send headers, so media URLs carry a short signature for that one file instead.
 */

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type http from 'node:http'

/** A new secret: 32 random bytes, base64url (fits a URL fragment and a header as is). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest()
  return timingSafeEqual(digest(sent), digest(expected))
}

/** The secret a request carries in `Authorization: Bearer …`, if any. */
export function bearerOf(req: http.IncomingMessage): string | undefined {
  return /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(req.headers.authorization ?? '')?.[1]
}

/** How long a media URL works: a whole day of editing; a new one is made each time the video is opened. */
export const MEDIA_URL_LIFETIME_MS = 24 * 60 * 60 * 1000

/** Media URLs that name one file and expire, signed with a key derived from the secret. */
export type MediaSigner = Readonly<{
  /** The URL (relative to the page's origin) that plays `absolutePath` until it expires. */
  url: (absolutePath: string) => string
  /** The file a request's URL names, when its signature is right and it has not expired. */
  verify: (url: URL) => string | undefined
}>

/** The prefix of media URLs in browser mode. */
export const MEDIA_PREFIX = '/media/'

/** Makes the signer for a server's secret; `now` is for tests. */
export function createMediaSigner(
  secret: string,
  options: Readonly<{ lifetimeMs?: number; now?: () => number }> = {},
): MediaSigner {
  // A key of its own, so nothing derived from a media URL says anything about the secret itself.
  const key = createHmac('sha256', secret).update('eglur media url v1').digest()
  const now = options.now ?? Date.now
  const lifetime = options.lifetimeMs ?? MEDIA_URL_LIFETIME_MS
  const sign = (file: string, expires: string) => createHmac('sha256', key).update(`${file}\0${expires}`).digest()
  return {
    url(absolutePath) {
      const expires = String(now() + lifetime)
      return `${MEDIA_PREFIX}${encodeURIComponent(absolutePath)}?expires=${expires}&sig=${sign(absolutePath, expires).toString('base64url')}`
    },
    verify(url) {
      if (!url.pathname.startsWith(MEDIA_PREFIX)) return undefined
      let file: string
      try {
        file = decodeURIComponent(url.pathname.slice(MEDIA_PREFIX.length))
      } catch {
        return undefined
      }
      const expires = url.searchParams.get('expires') ?? ''
      const sig = Buffer.from(url.searchParams.get('sig') ?? '', 'base64url')
      if (!/^\d{1,15}$/.test(expires) || Number(expires) <= now()) return undefined
      const expected = sign(file, expires)
      return sig.length === expected.length && timingSafeEqual(sig, expected) ? file : undefined
    },
  }
}
