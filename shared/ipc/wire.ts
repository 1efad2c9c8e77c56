/**
 * The browser-mode wire format: JSON in which byte arrays travel as base64 (`{ "$bytes": "…",
 * "$type": "u8" | "i8" }`). Electron IPC uses structured clone instead and needs none of this.
 * Base64 is written out here because shared/ has neither `Buffer` nor `btoa`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Uint8Array(128)
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i

/** Encodes bytes as base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  const CHUNK = 3 * 4096
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK)
    let out = ''
    for (let i = start; i < end; i += 3) {
      const a = bytes[i]!
      const b = i + 1 < end ? bytes[i + 1]! : 0
      const c = i + 2 < end ? bytes[i + 2]! : 0
      out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]!
      out += i + 1 < end ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '='
      out += i + 2 < end ? ALPHABET[c & 63]! : '='
    }
    parts.push(out)
  }
  return parts.join('')
}

/** Decodes base64 (ignoring padding); characters outside the alphabet decode as zero bits. */
export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let o = 0
  for (let i = 0; i < clean.length; i += 4) {
    const n = (LOOKUP[clean.charCodeAt(i) & 127]! << 18) | (LOOKUP[clean.charCodeAt(i + 1) & 127]! << 12) | (LOOKUP[clean.charCodeAt(i + 2) & 127]! << 6) | LOOKUP[clean.charCodeAt(i + 3) & 127]!
    if (o < out.length) out[o++] = (n >> 16) & 255
    if (o < out.length) out[o++] = (n >> 8) & 255
    if (o < out.length) out[o++] = n & 255
  }
  return out
}

/** `JSON.stringify` that keeps Uint8Array and Int8Array values. */
export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return { $bytes: bytesToBase64(v), $type: 'u8' }
    if (v instanceof Int8Array) return { $bytes: bytesToBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)), $type: 'i8' }
    return v
  })
}

/** `JSON.parse` that restores the byte arrays {@link toWire} wrote. Throws on invalid JSON. */
export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && typeof (v as { $bytes?: unknown }).$bytes === 'string') {
      const bytes = base64ToBytes((v as { $bytes: string }).$bytes)
      return (v as { $type?: unknown }).$type === 'i8' ? new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes
    }
    return v
  })
}
