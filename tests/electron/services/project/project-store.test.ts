import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { asCueId, makeDocument } from '../../../../shared/model'
import { parseProjectFile, type Project } from '../../../../shared/project/project-file'
import { journalPath, openProject, saveProject } from '../../../../electron/services/project/project-store'
import { listVersions, readVersion } from '../../../../electron/services/project/versions'
import { appendToJournal, readJournal } from '../../../../electron/services/project/journal'
import { createAutosaver, type AutosaveStatus } from '../../../../electron/services/project/autosave'
import { findRecoverable, recover } from '../../../../electron/services/project/recovery'

const project = (text: string, extra: Partial<Project> = {}): Project => ({ doc: makeDocument([{ id: asCueId('c1'), startMs: 0, endMs: 1000, text }]), glossary: [], ...extra })
let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-project-'))
})

describe('project files', () => {
  it('round-trips the document, glossary and media path', async () => {
    const file = path.join(dir, 'talk.eglur')
    const video = path.join(dir, 'media', 'talk.mp4')
    await fs.mkdir(path.dirname(video))
    await fs.writeFile(video, 'x')
    await saveProject(file, project('Hello', { media: { absolutePath: video }, glossary: [{ from: 'co production', to: 'co-production' }] }))
    const opened = await openProject(file)
    expect(opened).toMatchObject({ ok: true, mediaPath: video, mediaMissing: false })
    expect(opened.ok && opened.project.doc.cues[0]!.text).toBe('Hello')
    expect(JSON.parse(await fs.readFile(file, 'utf8')).media.relativePath).toBe(path.join('media', 'talk.mp4'))
  })

  it('finds the video relative to the project when both moved, and says when it is missing', async () => {
    const file = path.join(dir, 'a', 'talk.eglur')
    await fs.mkdir(path.join(dir, 'a'))
    await fs.writeFile(path.join(dir, 'a', 'talk.mp4'), 'x')
    await saveProject(file, project('x', { media: { absolutePath: path.join(dir, 'a', 'talk.mp4') } }))
    await fs.rename(path.join(dir, 'a'), path.join(dir, 'b'))
    expect(await openProject(path.join(dir, 'b', 'talk.eglur'))).toMatchObject({ ok: true, mediaPath: path.join(dir, 'b', 'talk.mp4') })
    await fs.rm(path.join(dir, 'b', 'talk.mp4'))
    expect(await openProject(path.join(dir, 'b', 'talk.eglur'))).toMatchObject({ ok: true, mediaMissing: true })
  })

  it('keeps the version a save replaces in the version history, one per 10 minutes of saving', async () => {
    const file = path.join(dir, 'talk.eglur')
    for (let i = 0; i < 8; i++) await saveProject(file, project(`v${i}`), { now: new Date(Date.UTC(2026, 0, 1, 0, i * 5)) })
    const versions = await listVersions(file)
    const texts = await Promise.all(versions.map(async (v) => ((await readVersion(file, v.id)) as { project: Project }).project.doc.cues[0]!.text))
    expect(texts).toEqual(['v6', 'v4', 'v2', 'v0'])
  })

  it('a JSON file with the wrong schema is refused with the place that is wrong', () => {
    expect(parseProjectFile('{"format":"eglur-project","version":1,"savedAt":"x","document":{"version":1,"cues":[{"id":"c1","start":-5,"end":1,"text":""}]}}')).toEqual({
      ok: false,
      message: 'This is not an Eglur project: document.cues.0.start: expected a time of 0 or more',
    })
    expect(parseProjectFile('{"cues": []}')).toMatchObject({ ok: false, message: expect.stringMatching(/format/) })
  })
})

describe('journal and recovery', () => {
  it('ignores a line torn by a crash and returns the last complete snapshot', async () => {
    const journal = journalPath(path.join(dir, 'talk.eglur'))
    await appendToJournal(journal, project('first'))
    await appendToJournal(journal, project('second'))
    await fs.appendFile(journal, '{"t": 1, "p": {"format": "eglur-pro')
    expect((await readJournal(journal))!.project.doc.cues[0]!.text).toBe('second')
  })

  it('offers journal work newer than the file, recovers it, then has nothing more to offer', async () => {
    const file = path.join(dir, 'talk.eglur')
    await saveProject(file, project('saved'))
    await appendToJournal(journalPath(file), project('typed after the save'))
    const found = await findRecoverable(file)
    expect(found).toMatchObject({ cueCount: 1 })
    expect(found!.writtenAt).toBeGreaterThan(Date.now() - 10_000)
    await recover(found!)
    expect(await findRecoverable(file)).toBeUndefined()
    expect((await openProject(file)).ok && (await openProject(file) as { project: Project }).project.doc.cues[0]!.text).toBe('typed after the save')
  })
})

describe('autosave', () => {
  it('saves within the delay of the first edit, however fast edits arrive', async () => {
    const file = path.join(dir, 'talk.eglur')
    const saver = createAutosaver({ projectPath: file, delayMs: 200 })
    const started = Date.now()
    while (Date.now() - started < 600) {
      saver.edit(project(`t${Date.now()}`))
      await new Promise((r) => setTimeout(r, 10))
    }
    const saved = JSON.parse(await fs.readFile(file, 'utf8')).document.cues[0].text as string
    expect(Number(saved.slice(1))).toBeGreaterThan(started)
    await saver.flush()
    saver.dispose()
  })

  it('a failing disk keeps the work, reports the error, and saves once the disk is back', async () => {
    // The project's folder is a file: every write fails (as a read-only or missing folder would, even for root).
    const blocker = path.join(dir, 'folder')
    await fs.writeFile(blocker, 'not a folder')
    const file = path.join(blocker, 'talk.eglur')
    const statuses: AutosaveStatus[] = []
    const saver = createAutosaver({ projectPath: file, delayMs: 20, retryMs: 50, onStatus: (s) => statuses.push(s) })
    saver.edit(project('precious work'))
    await new Promise((r) => setTimeout(r, 150))
    expect(statuses.some((s) => s.state === 'error' && s.code === 'ENOTDIR')).toBe(true)
    await fs.rm(blocker)
    await fs.mkdir(blocker)
    await new Promise((r) => setTimeout(r, 200))
    expect(JSON.parse(await fs.readFile(file, 'utf8')).document.cues[0].text).toBe('precious work')
    expect(statuses[statuses.length - 1]!.state).toBe('saved')
    saver.dispose()
  })
})
