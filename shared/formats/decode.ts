/** Turns file bytes into text: BOM and UTF-16 detection, binary refusal. Pure; used by the CLI, services and UI. */

import type { ParseWarning } from './types'

/** The result of decoding: text and the encoding used, or a fatal problem. */
export type DecodeResult =
  | Readonly<{ ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; warnings: readonly ParseWarning[] }>
  | Readonly<{ ok: false; fatal: ParseWarning }>

/** Well-known binary signatures: a video or archive renamed to .vtt must be refused, not parsed. */
const BINARY_SIGNATURES: ReadonlyArray<readonly [string, readonly number[], number]> = [
  ['an MP4/MOV video', [0x66, 0x74, 0x79, 0x70], 4], // "ftyp" at offset 4
  ['a Matroska/WebM video', [0x1a, 0x45, 0xdf, 0xa3], 0],
  ['a ZIP archive or Word document', [0x50, 0x4b, 0x03, 0x04], 0],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46], 0],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47], 0],
  ['an MP3 audio file', [0x49, 0x44, 0x33], 0],
  ['an Ogg media file', [0x4f, 0x67, 0x67, 0x53], 0],
  ['a RIFF (WAV/AVI) file', [0x52, 0x49, 0x46, 0x46], 0],
]

function startsWith(bytes: Uint8Array, sig: readonly number[], offset: number): boolean {
  if (bytes.length < offset + sig.length) return false
  return sig.every((b, i) => bytes[offset + i] === b)
}

/** Guesses UTF-16 without a BOM from the pattern of zero bytes in the first kilobytes. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be'
  return undefined
}

/** Control characters other than tab, LF, FF and CR, and the replacement character U+FFFD. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g

/** Share of control characters (other than tab, CR, LF, FF) in a text sample; counted natively, once per file. */
function controlShare(text: string): number {
  const sample = text.slice(0, 8192)
  if (sample.length === 0) return 0
  return (sample.match(CONTROL)?.length ?? 0) / sample.length
}

/** Decodes caption file bytes (UTF-8 or UTF-16, with or without BOM) or explains why it cannot. */
export function decodeCaptionBytes(bytes: Uint8Array): DecodeResult {
  for (const [what, sig, offset] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig, offset)) {
      return fatal('binary-file', `This is ${what}, not a caption file.`, { kind: what })
    }
  }
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8'
  let body = bytes
  if (startsWith(bytes, [0xef, 0xbb, 0xbf], 0)) body = bytes.subarray(3)
  else if (startsWith(bytes, [0xff, 0xfe], 0)) [encoding, body] = ['utf-16le', bytes.subarray(2)]
  else if (startsWith(bytes, [0xfe, 0xff], 0)) [encoding, body] = ['utf-16be', bytes.subarray(2)]
  else encoding = guessUtf16(bytes) ?? 'utf-8'

  const warnings: ParseWarning[] = []
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body)
  } catch {
    // Not valid UTF-8: most likely Windows-1252 from an old tool. Decode it as such rather than refuse.
    text = new TextDecoder('windows-1252').decode(body)
    warnings.push({
      code: 'not-utf8',
      line: 1,
      message: 'The file is not UTF-8; it was read as Windows-1252. Check accented letters.',
    })
  }
  if (controlShare(text) > 0.1) {
    return fatal('binary-file', 'This file holds binary data, not caption text.', { kind: 'binary' })
  }
  return { ok: true, text, encoding, warnings }
}

function fatal(code: string, message: string, params: Record<string, string>): DecodeResult {
  return { ok: false, fatal: { code, line: 1, message, params } }
}
