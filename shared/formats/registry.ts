/** The single registry of caption formats, used by the CLI, the open/save dialogs and export menus. */

import type { CaptionFormat, FormatId } from './types'

const formats = new Map<FormatId, CaptionFormat>()

/** Adds a format to the registry (done once per format in `shared/formats/index.ts`). */
export function registerFormat(format: CaptionFormat): void {
  formats.set(format.id, format)
}

/** Every registered format, in registration order. */
export function allFormats(): readonly CaptionFormat[] {
  return [...formats.values()]
}

/** The format with this id, if registered. */
export function formatById(id: string): CaptionFormat | undefined {
  return formats.get(id as FormatId)
}

/** Formats that can be written. */
export function writableFormats(): readonly CaptionFormat[] {
  return allFormats().filter((f) => f.serialize !== undefined)
}

/** The writable format for a file name's extension (`talk.srt` → SRT). */
export function formatForFileName(fileName: string): CaptionFormat | undefined {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
  if (!ext) return undefined
  return allFormats().find((f) => f.serialize !== undefined && f.extensions.includes(ext))
}

/**
 * Picks the format to read `text` with.
 *
 * Import-only formats (YouTube rolling, Zoom, Teams) are more specific than the plain ones, so they
 * are asked first; then the format matching the file's extension; then any format that detects it.
 */
export function detectFormat(text: string, fileName = ''): CaptionFormat | undefined {
  const all = allFormats()
  const specific = all.filter((f) => f.serialize === undefined)
  const general = all.filter((f) => f.serialize !== undefined)
  const byExtension = formatForFileName(fileName)
  return (
    specific.find((f) => f.detect(text)) ??
    (byExtension && byExtension.detect(text) ? byExtension : undefined) ??
    general.find((f) => f.detect(text)) ??
    byExtension
  )
}
