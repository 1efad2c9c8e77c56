import { describe, expect, it } from 'vitest'
import { addLanguage, asCueId, makeDocument, setTranslation, translationTrack } from '../../../shared/model'
import { parseCaptionJson } from '../../../shared/formats/json'
import { parseProjectFile, PROJECT_VERSION, serializeProject } from '../../../shared/project/project-file'

const v1 = JSON.stringify({
  format: 'eglur-project',
  version: 1,
  savedAt: '2026-01-01T00:00:00.000Z',
  document: { version: 1, cues: [{ id: 'c1', start: 0, end: 1000, text: 'Hello' }], speakers: [] },
  glossary: [],
})

describe('the project file', () => {
  it('opens a version 1 project (one language) and writes it as the current version', () => {
    const read = parseProjectFile(v1)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.project.doc.cues[0]!.text).toBe('Hello')
    expect(read.project.doc.translations).toBeUndefined()
    const saved = JSON.parse(serializeProject(read.project, new Date(0)))
    expect(saved).toMatchObject({ version: PROJECT_VERSION, translations: [] })
    expect(PROJECT_VERSION).toBe(2)
  })

  it('keeps translations, roles and "needs checking" through a save and a read', () => {
    const doc = setTranslation(
      addLanguage(
        makeDocument([{ id: asCueId('c1'), startMs: 0, endMs: 900, text: 'Hello' }], [], { language: 'en-GB' }),
        'cy',
      ),
      'cy',
      asCueId('c1'),
      'Helo',
    )
    const text = serializeProject(
      {
        doc: {
          ...doc,
          translations: [
            {
              ...doc.translations![0]!,
              roles: { s1: 'Cadeirydd' },
              cues: [{ ...doc.translations![0]!.cues[0]!, needsCheck: true }],
            },
          ],
        },
        glossary: [],
      },
      new Date(0),
    )
    const read = parseProjectFile(text)
    expect(read.ok && translationTrack(read.project.doc, 'cy')).toEqual({
      language: 'cy',
      roles: { s1: 'Cadeirydd' },
      cues: [{ sourceIds: ['c1'], text: 'Helo', needsCheck: true }],
    })
  })

  it('read as a caption file (the command line’s way in), a project keeps its translations', () => {
    const doc = setTranslation(
      addLanguage(
        makeDocument([{ id: asCueId('c1'), startMs: 0, endMs: 900, text: 'Hello' }], [], { language: 'en-GB' }),
        'cy',
      ),
      'cy',
      asCueId('c1'),
      'Helo',
    )
    const read = parseCaptionJson(serializeProject({ doc, glossary: [] }, new Date(0)))
    expect(translationTrack(read.doc, 'cy')?.cues).toEqual([{ sourceIds: ['c1'], text: 'Helo' }])
  })

  it('drops links to captions that do not exist and never lets two translations claim one caption', () => {
    const json = JSON.parse(v1)
    json.version = 2
    json.translations = [
      {
        language: 'cy',
        cues: [
          { sources: ['c1', 'gone'], text: 'Helo' },
          { sources: ['c1'], text: 'Eto' },
          { sources: ['gone'], text: 'X' },
        ],
      },
    ]
    const read = parseProjectFile(JSON.stringify(json))
    expect(read.ok && translationTrack(read.project.doc, 'cy')?.cues).toEqual([{ sourceIds: ['c1'], text: 'Helo' }])
  })

  it('refuses a project from a newer Eglur with its own code instead of reading part of it', () => {
    const read = parseProjectFile(JSON.stringify({ ...JSON.parse(v1), version: 3 }))
    expect(read).toMatchObject({ ok: false, code: 'newer-project' })
  })
})
