// Opening a project reads it without zod when the schema would return it unchanged: the result must be
// exactly the schema's (keys in the same order, so a save writes the same bytes), and anything the
// schema would refuse or change must go to the schema, which gives the verdict and the message.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addLanguage, asCueId, setTranslation } from '../../../shared/model'
import {
  checkProjectJson,
  migrateProjectJson,
  PROJECT_VERSION,
  projectJsonText,
  projectSchema,
  projectToJson,
} from '../../../shared/project/project-file'
import { exactProjectJson } from '../../../shared/project/project-json-exact'
import { arbitraryDocument } from '../../helpers/arbitraries'
import { mutate, mutations, pathsOf } from '../../helpers/json-mutations'

const projects = arbitraryDocument({ withSpeakers: true, withWords: true, withKinds: true, maxCues: 4 }).map((doc) => {
  const first = doc.cues[0]?.id ?? asCueId('c1')
  const withWelsh = setTranslation(addLanguage(doc, 'cy'), 'cy', first, 'Helo')
  const translated = {
    ...withWelsh,
    meta: { language: 'en-GB', styles: ['::cue { color: yellow }'] },
    translations: withWelsh.translations?.map((t) => ({
      ...t,
      roles: { s1: 'Cadeirydd' },
      cues: t.cues.map((c) => ({ ...c, needsCheck: true })),
    })),
  }
  const json = projectToJson(
    {
      title: 'Talk',
      media: { relativePath: 'talk.mp4', absolutePath: '/v/talk.mp4' },
      doc: translated,
      profileId: 'bbc',
      glossary: [
        { from: 'eglur', to: 'Eglur', caseSensitive: true },
        { from: 'a', to: 'b' },
      ],
      ui: { currentCueId: first },
    },
    new Date(0),
  )
  // As a file holds it: parsed from the text the app writes.
  return JSON.parse(projectJsonText(json)) as unknown
})

/** The exact reading agrees with the schema: same output, or no answer. */
function agrees(value: unknown, label: string): boolean {
  const migrated = migrateProjectJson(value)
  const exact = exactProjectJson(migrated, PROJECT_VERSION)
  if (exact === undefined) return false
  const full = projectSchema.safeParse(migrated)
  expect(full.success, label).toBe(true)
  expect(exact, label).toStrictEqual(full.data)
  expect(JSON.stringify(exact), label).toBe(JSON.stringify(full.data))
  return true
}

describe('the exact reading of a project', () => {
  it('reads every project the app writes, as the schema does', () => {
    fc.assert(
      fc.property(projects, (value) => {
        expect(agrees(value, 'as written')).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('returns what the schema returns, or nothing, whatever one value is changed to (every value, every change)', () => {
    let agreed = 0
    let tried = 0
    for (const value of fc.sample(projects, { numRuns: 12, seed: 18 }))
      for (const path of pathsOf(value))
        for (const mutation of mutations) {
          tried++
          if (agrees(mutate(value, path, mutation), `${path.join('.')}: ${mutation.name}`)) agreed++
        }
    expect(agreed).toBeGreaterThan(tried / 20)
  }, 30_000)

  it('gives the same verdict and message as the schema for projects it does not read', () => {
    const [value] = fc.sample(projects, { numRuns: 1, seed: 1 })
    for (const path of pathsOf(value))
      for (const mutation of mutations) {
        const changed = mutate(value, path, mutation)
        const migrated = migrateProjectJson(changed)
        if (exactProjectJson(migrated, PROJECT_VERSION) !== undefined) continue
        const full = projectSchema.safeParse(migrated)
        const read = checkProjectJson(changed)
        expect(read.ok, `${path.join('.')}: ${mutation.name}`).toBe(full.success)
        if (!read.ok && read.code === undefined)
          expect(read.message).toContain(
            `${full.error!.issues[0]!.path.join('.') || 'file'}: ${full.error!.issues[0]!.message}`,
          )
      }
  })

  it('leaves to the schema what it would change: defaults, unknown keys, roles named __proto__, version 1 files', () => {
    const [value] = fc.sample(projects, { numRuns: 1, seed: 2 }) as [Record<string, unknown>]
    expect(exactProjectJson(value, PROJECT_VERSION)).toBeDefined()
    const { glossary: _, ...noGlossary } = value
    expect(exactProjectJson(noGlossary, PROJECT_VERSION)).toBeUndefined()
    expect(exactProjectJson({ ...value, extra: 1 }, PROJECT_VERSION)).toBeUndefined()
    const roles = JSON.parse('{"__proto__": "x"}') as unknown
    const translations = [{ language: 'cy', cues: [], roles }]
    expect(exactProjectJson({ ...value, translations }, PROJECT_VERSION)).toBeUndefined()
    // A version 1 file is migrated first, then read like any other.
    const { translations: __, ...v1 } = value
    expect(checkProjectJson({ ...v1, version: 1 })).toStrictEqual({
      ok: true,
      json: projectSchema.parse(migrateProjectJson({ ...v1, version: 1 })),
    })
  })
})
