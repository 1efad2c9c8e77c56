// The edit journal on a disk that fills up mid-append, and the size of what each edit costs it.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAutosaver } from '../../../../electron/services/project/autosave'
import {
  openJournal,
  readJournal,
  writerJournalPath,
  type JournalFs,
} from '../../../../electron/services/project/journal'
import { findRecoverable } from '../../../../electron/services/project/recovery'
import type { ProjectSaveStatus } from '../../../../shared/ipc/contract'
import { asCueId, makeDocument, type Cue } from '../../../../shared/model'
import { diffProjects } from '../../../../shared/project/project-changes'
import { projectToJson, type Project } from '../../../../shared/project/project-file'

const project = (texts: readonly string[]): Project => ({
  doc: makeDocument(
    texts.map((text, i): Cue => ({ id: asCueId(`c${i}`), startMs: i * 1000, endMs: i * 1000 + 900, text })),
  ),
  glossary: [],
})
const withFirst = (p: Project, text: string): Project => ({
  ...p,
  doc: { ...p.doc, cues: [{ ...p.doc.cues[0]!, text }, ...p.doc.cues.slice(1)] },
})
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
async function until(ok: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await wait(10)
  }
}

/** A disk that, while `full()`, writes the first half of what it is given and then fails as a full disk does. */
function fillingDisk(full: () => boolean, opened: { count: number }): JournalFs {
  return {
    open: async (file, flags) => {
      opened.count++
      const handle = await fs.open(file, flags)
      const writeFile = async (data: string | Uint8Array) => {
        if (!full()) return handle.writeFile(data)
        const bytes = Buffer.from(data)
        await handle.write(bytes.subarray(0, bytes.length >> 1))
        throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' })
      }
      return new Proxy(handle, {
        get: (target, key) => (key === 'writeFile' ? writeFile : Reflect.get(target, key, target)),
      })
    },
    rm: (file, options) => fs.rm(file, options),
  }
}

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-journal-'))
})

describe('appends on a disk that fills up', () => {
  it('Regression: a record appended after a torn one was glued to it and lost; every complete record is read', async () => {
    let full = false
    const file = writerJournalPath(path.join(dir, 'talk.eglur'), 'w1')
    const journal = openJournal(
      file,
      fillingDisk(() => full, { count: 0 }),
    )
    const first = project(['one', 'two'])
    await journal.appendBase(projectToJson(first, new Date()))
    full = true
    await expect(
      journal.appendChanges(diffProjects(first, withFirst(first, 'lost to the full disk'))!),
    ).rejects.toMatchObject({ code: 'ENOSPC' })
    full = false
    await journal.appendChanges(diffProjects(first, withFirst(first, 'after space was freed'))!)
    const text = await fs.readFile(file, 'utf8')
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .every((line) => JSON.parse(line)),
    ).toBe(true)
    expect((await readJournal(file))!.project.doc.cues[0]!.text).toBe('after space was freed')
  })

  it('reads the records after a damaged line in the middle, not only those before it', async () => {
    const file = writerJournalPath(path.join(dir, 'talk.eglur'), 'w1')
    const journal = openJournal(file)
    const first = project(['one', 'two'])
    await journal.appendBase(projectToJson(first, new Date()))
    await fs.appendFile(file, '{"t": 5, "changes": {"cues": [{"id": "c0", "sta\n')
    await journal.appendChanges(diffProjects(first, withFirst(first, 'newest complete edit'))!)
    expect((await readJournal(file))!.project.doc.cues[0]!.text).toBe('newest complete edit')
  })

  it('appends nothing more while the disk refuses, and saves the newest work once it has room', async () => {
    let full = false
    const opened = { count: 0 }
    const file = path.join(dir, 'talk.eglur')
    const statuses: ProjectSaveStatus[] = []
    const fault = () =>
      full ? Promise.reject(Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' })) : undefined
    const saver = createAutosaver({
      projectPath: file,
      delayMs: 10,
      calmMs: 10_000,
      retryMs: 30,
      journalFs: fillingDisk(() => full, opened),
      // The project file's disk is the same one: full too.
      fs: {
        open: (f, flags) => fault() ?? fs.open(f, flags),
        rename: (a, b) => fs.rename(a, b),
        unlink: (f) => fs.unlink(f),
      },
      onStatus: (s) => statuses.push(s),
    })
    let current = project(['start', 'two'])
    saver.replace(projectToJson(current, new Date()))
    await until(() => statuses.at(-1)?.state === 'saved')
    full = true
    const next = withFirst(current, 'typed as the disk filled')
    saver.edit(diffProjects(current, next)!)
    current = next
    await until(() => statuses.some((s) => s.state === 'error' && s.code === 'ENOSPC'))
    const opensWhenRefused = opened.count
    for (let i = 0; i < 5; i++) {
      const more = withFirst(current, `typed while full ${i}`)
      saver.edit(diffProjects(current, more)!)
      current = more
      await wait(40)
    }
    // Retries went to the project file, not to the journal.
    expect(opened.count).toBe(opensWhenRefused)
    full = false
    await until(() => statuses.at(-1)?.state === 'saved')
    expect(JSON.parse(await fs.readFile(file, 'utf8')).document.cues[0].text).toBe('typed while full 4')
    expect(await findRecoverable(file)).toBeUndefined()
    await saver.dispose()
  })
})

describe('what an edit costs the journal', () => {
  it('one caption changed in a 2,000-caption project appends a few hundred bytes, not the project', async () => {
    const file = path.join(dir, 'talk.eglur')
    const journalFile = writerJournalPath(file, 'main')
    let current = project(Array.from({ length: 2000 }, (_, i) => `caption number ${i} with some words in it`))
    const saver = createAutosaver({ projectPath: file, delayMs: 10, calmMs: 60_000 })
    saver.replace(projectToJson(current, new Date()))
    await saver.flush()
    const next = withFirst(current, 'corrected')
    saver.edit(diffProjects(current, next)!)
    current = next
    await wait(100)
    const size = (await fs.stat(journalFile)).size
    const again = withFirst(current, 'corrected again')
    saver.edit(diffProjects(current, again)!)
    await until(() => false, 100).catch(() => undefined)
    const grown = (await fs.stat(journalFile)).size - size
    expect(grown).toBeGreaterThan(0)
    expect(grown).toBeLessThan(500)
    expect((await readJournal(journalFile))!.project.doc.cues[0]!.text).toBe('corrected again')
    await saver.dispose()
  })
})
