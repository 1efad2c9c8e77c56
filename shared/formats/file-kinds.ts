/**
 * What a file is, by its name: the one owner of the extensions Eglur opens (media, captions,
 * projects) and of the media types it serves them with. Caption extensions come from the format
 * registry, so a new format is openable everywhere (dialogs, the chooser, drops, the command line)
 * as soon as it is registered.
 */

import { allFormats } from './index'

/** Video and audio Eglur plays or converts, with the Content-Type it is served with. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
  mka: 'audio/x-matroska',
  avi: 'video/x-msvideo',
  ogv: 'video/ogg',
  mpg: 'video/mpeg',
  mpeg: 'video/mpeg',
  ts: 'video/mp2t',
  mts: 'video/mp2t',
  m2ts: 'video/mp2t',
  '3gp': 'video/3gpp',
  wmv: 'video/x-ms-wmv',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  // Opus files are Ogg containers; `audio/opus` names the bare RTP payload.
  opus: 'audio/ogg',
  flac: 'audio/flac',
  wma: 'audio/x-ms-wma',
}

/** The kinds of file Eglur opens. */
export type OpenableKind = 'media' | 'captions' | 'project'

/** The extension of an Eglur project, without the dot. */
export const PROJECT_EXTENSION = 'eglur'

/** Media extensions, without dots, lower case. */
export const MEDIA_EXTENSIONS: readonly string[] = Object.keys(MEDIA_TYPES)

/** Caption extensions every registered format reads, without dots, lower case. */
export function captionExtensions(): readonly string[] {
  return [...new Set(allFormats().flatMap((format) => format.extensions))]
}

/** Extensions (no dots) of each openable kind, for dialog filters. */
export function extensionsOf(kind: OpenableKind): readonly string[] {
  if (kind === 'media') return MEDIA_EXTENSIONS
  if (kind === 'captions') return captionExtensions()
  return [PROJECT_EXTENSION]
}

/** The lower-case extension of a file name or path, without the dot ('' when it has none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/** What kind of openable file a name is, by its extension; undefined for anything else. */
export function openableKind(name: string): OpenableKind | undefined {
  const ext = extensionOf(name)
  if (ext === PROJECT_EXTENSION) return 'project'
  if (Object.hasOwn(MEDIA_TYPES, ext)) return 'media'
  if (captionExtensions().includes(ext)) return 'captions'
  return undefined
}

/** The Content-Type to serve a file with: its media type, WebVTT's, or plain bytes. */
export function contentTypeOf(name: string): string {
  const ext = extensionOf(name)
  if (ext === 'vtt') return 'text/vtt; charset=utf-8'
  return MEDIA_TYPES[ext] ?? 'application/octet-stream'
}
