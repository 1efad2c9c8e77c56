import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { asCueId, makeDocument } from '../../../../shared/model'
import { parseProjectFile, projectToJson, type Project } from '../../../../shared/project/project-file'
import { journalPath, openProject, saveProject } from '../../../../electron/services/project/project-store'
import { listVersions, readVersion } from '../../../../electron/services/project/versions'
import { openJournal, readJournal, writerJournalPath } from '../../../../electron/services/project/journal'
import { createAutosaver } from '../../../../electron/services/project/autosave'
import type { ProjectSaveStatus } from '../../../../shared/ipc/contract'
import { findRecoverable, recover } from '../../../../electron/services/project/recovery'

const project = (text: string, extra: Partial<Project> = {}): Project => ({
  doc: makeDocument([{ id: asCueId('c1'), startMs: 0, endMs: 1000, text }]),
  glossary: [],
  ...extra,
})
const json = (text: string) => projectToJson(project(text), new Date())
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
    await saveProject(
      file,
      project('Hello', { media: { absolutePath: video }, glossary: [{ from: 'co production', to: 'co-production' }] }),
    )
    const opened = await openProject(file)
    expect(opened).toMatchObject({ ok: true, mediaPath: video, mediaMissing: false })
    expect(opened.ok && opened.json.document.cues[0]!.text).toBe('Hello')
    expect(JSON.parse(await fs.readFile(file, 'utf8')).media.relativePath).toBe(path.join('media', 'talk.mp4'))
  })

  it('finds the video relative to the project when both moved, and says when it is missing', async () => {
    const file = path.join(dir, 'a', 'talk.eglur')
    await fs.mkdir(path.join(dir, 'a'))
    await fs.writeFile(path.join(dir, 'a', 'talk.mp4'), 'x')
    await saveProject(file, project('x', { media: { absolutePath: path.join(dir, 'a', 'talk.mp4') } }))
    await fs.rename(path.join(dir, 'a'), path.join(dir, 'b'))
    expect(await openProject(path.join(dir, 'b', 'talk.eglur'))).toMatchObject({
      ok: true,
      mediaPath: path.join(dir, 'b', 'talk.mp4'),
    })
    await fs.rm(path.join(dir, 'b', 'talk.mp4'))
    expect(await openProject(path.join(dir, 'b', 'talk.eglur'))).toMatchObject({ ok: true, mediaMissing: true })
  })

  it('keeps the version a save replaces in the version history, one per 10 minutes of saving', async () => {
    const file = path.join(dir, 'talk.eglur')
    for (let i = 0; i < 8; i++)
      await saveProject(file, project(`v${i}`), { now: new Date(Date.UTC(2026, 0, 1, 0, i * 5)) })
    const versions = await listVersions(file)
    const texts = await Promise.all(
      versions.map(async (v) => ((await readVersion(file, v.id)) as { project: Project }).project.doc.cues[0]!.text),
    )
    expect(texts).toEqual(['v6', 'v4', 'v2', 'v0'])
  })

  it('a JSON file with the wrong schema is refused with the place that is wrong', () => {
    expect(
      parseProjectFile(
        '{"format":"eglur-project","version":1,"savedAt":"x","document":{"version":1,"cues":[{"id":"c1","start":-5,"end":1,"text":""}]}}',
      ),
    ).toEqual({
      ok: false,
      message: 'This is not an Eglur project: document.cues.0.start: expected a time of 0 or more',
    })
    expect(parseProjectFile('{"cues": []}')).toMatchObject({ ok: false, message: expect.stringMatching(/format/) })
  })
})

describe('journal and recovery', () => {
  it('ignores a line torn by a crash and returns the last complete work', async () => {
    const journalFile = writerJournalPath(path.join(dir, 'talk.eglur'), 'w1')
    const journal = openJournal(journalFile)
    await journal.appendBase(json('first'))
    await journal.appendBase(json('second'))
    await fs.appendFile(journalFile, '{"t": 1, "base": {"format": "eglur-pro')
    expect((await readJournal(journalFile))!.project.doc.cues[0]!.text).toBe('second')
  })

  it('offers journal work newer than the file, recovers it, then has nothing more to offer', async () => {
    const file = path.join(dir, 'talk.eglur')
    await saveProject(file, project('saved'))
    // A journal of a writer of this process that is no longer open: what a crash leaves.
    await openJournal(writerJournalPath(file, 'gone')).appendBase(json('typed after the save'))
    const found = await findRecoverable(file)
    expect(found).toMatchObject({ cueCount: 1 })
    expect(found!.writtenAt).toBeGreaterThan(Date.now() - 10_000)
    await recover(found!)
    expect(await findRecoverable(file)).toBeUndefined()
    const reopened = await openProject(file)
    expect(reopened.ok && reopened.json.document.cues[0]!.text).toBe('typed after the save')
  })

  it('still reads a journal written by earlier versions (whole snapshots under "p")', async () => {
    const file = path.join(dir, 'talk.eglur')
    await saveProject(file, project('saved'))
    await fs.writeFile(journalPath(file), `${JSON.stringify({ t: Date.now(), p: json('from an older Eglur') })}\n`)
    expect((await findRecoverable(file))?.project.doc.cues[0]!.text).toBe('from an older Eglur')
  })
})

describe('autosave', () => {
  it('saves within the delay of the first edit, however fast edits arrive', async () => {
    const file = path.join(dir, 'talk.eglur')
    const saver = createAutosaver({ projectPath: file, delayMs: 200 })
    const started = Date.now()
    while (Date.now() - started < 600) {
      saver.replace(json(`t${Date.now()}`))
      await new Promise((r) => setTimeout(r, 10))
    }
    // Typing never stopped, so the project file may wait for a calm moment; the journal may not.
    const saved = (await findRecoverable(file))!.project.doc.cues[0]!.text
    expect(Number(saved.slice(1))).toBeGreaterThan(started)
    await saver.flush()
    await saver.dispose()
  })

  it('a failing disk keeps the work, reports the error, and saves once the disk is back', async () => {
    // The project's folder is a file: every write fails (as a read-only or missing folder would, even for root).
    const blocker = path.join(dir, 'folder')
    await fs.writeFile(blocker, 'not a folder')
    const file = path.join(blocker, 'talk.eglur')
    const statuses: ProjectSaveStatus[] = []
    const saver = createAutosaver({
      projectPath: file,
      delayMs: 20,
      calmMs: 20,
      retryMs: 50,
      onStatus: (s) => statuses.push(s),
    })
    saver.replace(json('precious work'))
    await new Promise((r) => setTimeout(r, 150))
    expect(statuses.some((s) => s.state === 'error' && s.code === 'ENOTDIR')).toBe(true)
    await fs.rm(blocker)
    await fs.mkdir(blocker)
    await new Promise((r) => setTimeout(r, 200))
    expect(JSON.parse(await fs.readFile(file, 'utf8')).document.cues[0].text).toBe('precious work')
    expect(statuses[statuses.length - 1]!.state).toBe('saved')
    await saver.dispose()
  })
})
