import { describe, expect, it } from 'vitest'
import { allFormats } from '../../../shared/formats'
import { contentTypeOf, extensionOf, extensionsOf, openableKind } from '../../../shared/formats/file-kinds'
import { openFilters } from '../../../electron/main/dialogs'
import { isOpenablePath } from '../../../electron/main/open-paths'

const strings = {
  filterMedia: 'Media',
  filterCaptions: 'Captions',
  filterProjects: 'Projects',
  filterAllSupported: 'All',
} as Parameters<typeof openFilters>[1]

describe('file kinds, known in one place', () => {
  it('every registered caption format is openable as captions', () => {
    for (const format of allFormats())
      for (const ext of format.extensions) expect(openableKind(`talk.${ext}`)).toBe('captions')
  })

  it('sorts names by kind whatever their case or folder separators', () => {
    expect(openableKind('C:\\Events\\Talk.MP4')).toBe('media')
    expect(openableKind('/a/b/talk.en.vtt')).toBe('captions')
    expect(openableKind('/a/b/Gwaith.EGLUR')).toBe('project')
    expect(openableKind('/a/.vtt')).toBeUndefined()
    expect(openableKind('notes.txt')).toBeUndefined()
    // Names that are properties of every object are not media.
    expect(openableKind('x.constructor')).toBeUndefined()
    expect(extensionOf('/a.b/c')).toBe('')
  })

  it('the desktop dialog and the command line offer every media kind', () => {
    const dialogMedia = openFilters('media', strings)[0]!.extensions
    expect(dialogMedia).toEqual([...extensionsOf('media')])
    for (const ext of dialogMedia) {
      expect(isOpenablePath(`/v/talk.${ext}`)).toBe(true)
    }
  })

  it('serves media with its type and anything else as bytes', () => {
    expect(contentTypeOf('/v/a.webm')).toBe('video/webm')
    expect(contentTypeOf('/v/a.vtt')).toBe('text/vtt; charset=utf-8')
    expect(contentTypeOf('/v/a.exe')).toBe('application/octet-stream')
  })
})
