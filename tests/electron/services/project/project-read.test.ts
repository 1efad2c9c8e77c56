import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  MAX_PROJECT_CAPTIONS,
  MAX_PROJECT_WORDS,
  ProjectTooBigError,
  readProjectBytes,
} from '../../../../electron/services/project/project-read'

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-project-read-'))
})

/** A project file's text with `captions` captions, each with `words` word timings and the given text. */
function projectText(captions: number, words = 0, text = 'Words of a caption'): string {
  const wordList = Array.from({ length: words }, (_, i) => `{"start":${i},"end":${i + 1},"text":"w"}`).join(',')
  const cues = Array.from(
    { length: captions },
    (_, i) =>
      `{"id":"c${i}","start":${i * 1000},"end":${i * 1000 + 900},"text":${JSON.stringify(text)}${words ? `,"words":[${wordList}]` : ''}}`,
  )
  return `{"format":"eglur-project","version":2,"savedAt":"2026-12-07T00:00:00.000Z","document":{"cues":[${cues.join(',\n')}],"speakers":[]},"translations":[],"glossary":[]}`
}

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name)
  await fs.writeFile(file, text)
  return file
}

describe('readProjectBytes', () => {
  it('reads a large project within the limits without changing a byte', async () => {
    const text = projectText(20_000)
    expect(text.length).toBeGreaterThan(1024 * 1024)
    const bytes = await readProjectBytes(await write('large.eglur', text))
    expect(bytes.toString('utf8')).toBe(text)
  })

  it('refuses a project with more captions than allowed, saying how many it holds', async () => {
    const file = await write('too-many.eglur', projectText(MAX_PROJECT_CAPTIONS + 1, 0, 'x'))
    const refused = await readProjectBytes(file).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ProjectTooBigError)
    expect(refused).toMatchObject({ code: 'too-many-captions', captions: MAX_PROJECT_CAPTIONS + 1, words: 0 })
  })

  it('refuses a project with more word timings than allowed', async () => {
    const perCaption = 500
    const captions = Math.ceil((MAX_PROJECT_WORDS + 1) / perCaption)
    const refused = await readProjectBytes(await write('many-words.eglur', projectText(captions, perCaption))).catch(
      (error: unknown) => error,
    )
    expect(refused).toMatchObject({ code: 'too-many-captions', captions, words: captions * perCaption })
  })

  it('counts captions, not braces: captions full of "{" within the limits are read', async () => {
    // Over the limit in braces (each caption's text holds several), so the exact count decides.
    const text = projectText(MAX_PROJECT_CAPTIONS / 5, 0, '{{{{{ a caption about braces }}}}}')
    const bytes = await readProjectBytes(await write('braces.eglur', text))
    expect(bytes.length).toBe(Buffer.byteLength(text))
  })

  it('reads a project whose word timings keep it over the quick count but within the limits', async () => {
    const text = projectText(2_000, 40)
    const bytes = await readProjectBytes(await write('words.eglur', text))
    expect(bytes.length).toBe(Buffer.byteLength(text))
  })
})
