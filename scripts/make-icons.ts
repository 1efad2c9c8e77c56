/**
 * `npm run icons`: draws every platform icon from the one committed source, assets/icon/icon.svg.
 * PNGs for Linux (assets/icon/png/NxN.png), icon.ico for Windows and icon.icns for macOS. The outputs
 * are committed because they are inputs of the packager; run this again after changing the SVG.
 *
 * ICO and ICNS are written here rather than by a package: both are a small header plus PNG images
 * (ICO since Windows Vista, ICNS since macOS 10.7), so a few lines beat a dependency that brings
 * its own image stack.
 */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

const root = path.resolve(import.meta.dirname, '..')

/** Where the icons live. */
export const ICON_DIR = path.join(root, 'assets/icon')

/** The Linux PNG sizes (the hicolor theme's, up to 1024 for large displays). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const

/** The sizes in the Windows icon (256 is the largest Windows shows). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const

/** ICNS entry types that hold PNG data, with their pixel size (the @2x ones are Retina). */
export const ICNS_TYPES: readonly (readonly [type: string, size: number])[] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
  ['ic10', 1024],
]

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength)
  const signature = '89504e470d0a1a0a'
  if (b.length < 24 || b.toString('hex', 0, 8) !== signature || b.toString('ascii', 12, 16) !== 'IHDR') return undefined
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
}

/** Renders the SVG as a square PNG of `size` pixels. */
export function renderPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng()
}

/** A Windows .ico holding the PNGs as they are (width/height byte 0 means 256). */
export function icoFromPngs(pngs: readonly Buffer[]): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(pngs.length, 4)
  let offset = 6 + 16 * pngs.length
  const entries = pngs.map((png) => {
    const { width, height } = pngSize(png) ?? { width: 0, height: 0 }
    const entry = Buffer.alloc(16)
    entry.writeUInt8(width >= 256 ? 0 : width, 0)
    entry.writeUInt8(height >= 256 ? 0 : height, 1)
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...pngs])
}

/** A macOS .icns: `icns` + total length, then one (type, length, PNG) entry per image, big-endian. */
export function icnsFromPngs(images: readonly (readonly [type: string, png: Buffer])[]): Buffer {
  const entries = images.map(([type, png]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4)
  return Buffer.concat([head, ...entries])
}

/** Writes every icon from the SVG into `dir` and returns the files written. */
export async function makeIcons(dir = ICON_DIR): Promise<string[]> {
  const svg = await fs.readFile(path.join(dir, 'icon.svg'), 'utf8')
  const sizes = [...new Set([...PNG_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])]
  const png = new Map(sizes.map((size) => [size, renderPng(svg, size)]))
  const at = (size: number): Buffer => png.get(size)!
  await fs.mkdir(path.join(dir, 'png'), { recursive: true })
  const written: string[] = []
  const write = async (file: string, bytes: Buffer): Promise<void> => {
    await fs.writeFile(path.join(dir, file), bytes)
    written.push(file)
  }
  for (const size of PNG_SIZES) await write(`png/${size}x${size}.png`, at(size))
  await write('icon.png', at(1024)) // the one electron-builder and the window use when no platform icon applies
  await write('icon.ico', icoFromPngs(ICO_SIZES.map(at)))
  await write('icon.icns', icnsFromPngs(ICNS_TYPES.map(([type, size]) => [type, at(size)] as const)))
  return written
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await makeIcons()
  console.log(`Wrote ${files.length} icon files to assets/icon/.`)
}
