/**
 * The browser-mode wire format: JSON in which byte arrays travel as base64 (`{ "$bytes": "…",
 * "$type": "u8" | "i8" }`). Electron IPC uses structured clone instead and needs none of this.
 * Base64 is written out here because shared/ has neither `Buffer` nor `btoa`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Uint8Array(128)
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0))
const PAD = 61 // '='

/** Encodes bytes as base64. Writes character codes into a buffer first: string concatenation per byte is ~50× slower. */
export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4)
  let o = 0
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out[o++] = CODES[n >> 18]!
    out[o++] = CODES[(n >> 12) & 63]!
    out[o++] = CODES[(n >> 6) & 63]!
    out[o++] = CODES[n & 63]!
  }
  if (i < bytes.length) {
    const a = bytes[i]!
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0
    out[o++] = CODES[a >> 2]!
    out[o++] = CODES[((a & 3) << 4) | (b >> 4)]!
    out[o++] = i + 1 < bytes.length ? CODES[(b & 15) << 2]! : PAD
    out[o++] = PAD
  }
  const parts: string[] = []
  for (let start = 0; start < out.length; start += 8192)
    parts.push(String.fromCharCode(...out.subarray(start, start + 8192)))
  return parts.join('')
}

/** Decodes base64 (ignoring padding); characters outside the alphabet decode as zero bits. */
export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let o = 0
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (LOOKUP[clean.charCodeAt(i) & 127]! << 18) |
      (LOOKUP[clean.charCodeAt(i + 1) & 127]! << 12) |
      (LOOKUP[clean.charCodeAt(i + 2) & 127]! << 6) |
      LOOKUP[clean.charCodeAt(i + 3) & 127]!
    if (o < out.length) out[o++] = (n >> 16) & 255
    if (o < out.length) out[o++] = (n >> 8) & 255
    if (o < out.length) out[o++] = n & 255
  }
  return out
}

/** `JSON.stringify` that keeps Uint8Array and Int8Array values; Node passes its native base64 `encode`. */
export function toWire(value: unknown, encode: (bytes: Uint8Array) => string = bytesToBase64): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return { $bytes: encode(v), $type: 'u8' }
    if (v instanceof Int8Array)
      return { $bytes: encode(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)), $type: 'i8' }
    return v
  })
}

/** `JSON.parse` that restores the byte arrays {@link toWire} wrote. Throws on invalid JSON. */
export function fromWire(text: string): unknown {
  // Most messages (a whole project among them) carry no bytes: a reviver called for every value
  // would more than double the parse. Written bytes always show their key as the plain text
  // `"$bytes"` (a caption's own quotes are escaped, `\"`), so without it there is nothing to restore.
  if (!text.includes('"$bytes"')) return JSON.parse(text)
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && typeof (v as { $bytes?: unknown }).$bytes === 'string') {
      const bytes = base64ToBytes((v as { $bytes: string }).$bytes)
      return (v as { $type?: unknown }).$type === 'i8'
        ? new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        : bytes
    }
    return v
  })
}
