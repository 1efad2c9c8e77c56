import { promises as fs } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectToJson, parseProjectFile } from '../../../../shared/project/project-file'
import { journalPath } from '../../../../electron/services/project/project-store'
import { findRecoverable } from '../../../../electron/services/project/recovery'
import { makeCue, makeDoc } from '../../../helpers/builders'
import { makeTestServices } from '../../../helpers/service-host'

const projectJson = (text: string) =>
  projectToJson({ title: 'Talk', doc: makeDoc([makeCue(1, text)]), glossary: [] }, new Date())
const until = async (check: () => Promise<boolean> | boolean, ms = 3000) => {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('files beside a video', () => {
  it('finds captions with the same name (and a language tag) and grants only those', async () => {
    const { api, work, services } = await makeTestServices()
    const video = path.join(work, 'Talk.mp4')
    for (const name of [
      'Talk.mp4',
      'Talk.vtt',
      'Talk.en-GB.srt',
      'Talk.sbv',
      'Talk extra.vtt',
      'Talking.vtt',
      'Other.vtt',
      'Talk.notes.txt',
    ])
      await fs.writeFile(path.join(work, name), 'x')
    services.grantAndOpen([video])
    const found = await api.findCaptionsBeside({ mediaPath: video })
    expect(found).toEqual({
      ok: true,
      paths: ['Talk.en-GB.srt', 'Talk.sbv', 'Talk.vtt'].map((n) => path.join(work, n)),
    })
    // Captions found beside a video are read, never written.
    expect(services.access.allowsRead(path.join(work, 'Talk.vtt'))).toBe(true)
    expect(services.access.allows(path.join(work, 'Talk.vtt'))).toBe(false)
    expect(services.access.allowsRead(path.join(work, 'Other.vtt'))).toBe(false)
  })

  it('never offers an existing project as the new one', async () => {
    const { api, work, services } = await makeTestServices()
    const video = path.join(work, 'talk.mp4')
    await fs.writeFile(video, 'x')
    services.grantAndOpen([video])
    expect(await api.findProjectBeside({ mediaPath: video })).toEqual({
      ok: true,
      newPath: path.join(work, 'talk.eglur'),
    })
    await fs.writeFile(path.join(work, 'talk.eglur'), 'x')
    await fs.writeFile(path.join(work, 'talk-2.eglur'), 'x')
    expect(await api.findProjectBeside({ mediaPath: video })).toEqual({
      ok: true,
      path: path.join(work, 'talk.eglur'),
      newPath: path.join(work, 'talk-3.eglur'),
    })
  })

  it('reads caption bytes, refusing files over the size limit before reading them', async () => {
    const { api, work, services } = await makeTestServices()
    const small = path.join(work, 'a.vtt')
    const huge = path.join(work, 'b.vtt')
    await fs.writeFile(small, 'WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n')
    await (await fs.open(huge, 'w')).truncate(65 * 1024 * 1024)
    services.grantAndOpen([small, huge])
    const read = await api.readCaptionFile({ path: small })
    expect(read.ok && new TextDecoder().decode(read.bytes)).toContain('Hi')
    expect(await api.readCaptionFile({ path: huge })).toMatchObject({ ok: false, code: 'too-large', detail: '65 MB' })
  })
})

describe('the in-page chooser (browser mode)', () => {
  it('lists only inside its roots, hides dot-files, and grants what is picked', async () => {
    const { root, work } = await makeTestServices()
    const { api, services } = await makeTestServices({ browseRoots: [work] })
    await fs.mkdir(path.join(work, 'Events'))
    for (const name of ['talk.mp4', 'talk.vtt', '.talk.eglur.journal', 'notes.docx'])
      await fs.writeFile(path.join(work, name), 'x')
    const listing = await api.listFolder({})
    expect(listing.ok && listing.entries.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'folder:Events',
      'file:talk.mp4',
      'file:talk.vtt',
    ])
    expect(await api.listFolder({ path: root })).toMatchObject({ ok: false, code: 'not-allowed' })
    // Listing is not access: only a picked file is granted.
    expect(services.access.allowsRead(path.join(work, 'talk.vtt'))).toBe(false)
    expect(await api.pickFile({ path: path.join(work, 'talk.vtt') })).toMatchObject({ ok: true })
    expect(services.access.allowsRead(path.join(work, 'talk.vtt'))).toBe(true)
    expect(await api.pickFile({ path: path.join(root, 'data', 'settings.json') })).toMatchObject({
      ok: false,
      code: 'not-allowed',
    })
  })

  it('is not offered in the desktop app, which has native dialogs', async () => {
    const { api } = await makeTestServices({ mode: 'desktop' })
    expect(await api.listFolder({})).toMatchObject({ ok: false, code: 'unsupported' })
    expect(await api.chooseFiles({ purpose: 'open' })).toMatchObject({ ok: false, code: 'unsupported' })
  })

  it('grants what a native dialog returns', async () => {
    const { work } = await makeTestServices()
    const chosen = path.join(work, 'talk.srt')
    await fs.writeFile(chosen, '1\n00:00:00,000 --> 00:00:01,000\nHi\n')
    const { api } = await makeTestServices({
      mode: 'desktop',
      dialogs: { chooseFiles: async () => [chosen], chooseSavePath: async () => undefined },
    })
    expect(await api.chooseFiles({ purpose: 'open' })).toEqual({ ok: true, paths: [chosen] })
    expect((await api.readCaptionFile({ path: chosen })).ok).toBe(true)
    expect(await api.chooseSavePath({ kind: 'vtt' })).toMatchObject({ ok: false, code: 'cancelled' })
  })
})

describe('projects through the API', () => {
  it('creates a project, saves every edit within a second, reports status, and lists it as recent', async () => {
    const { api, work, services, events } = await makeTestServices()
    const video = path.join(work, 'talk.mp4')
    await fs.writeFile(video, 'x')
    services.grantAndOpen([video])
    const beside = await api.findProjectBeside({ mediaPath: video })
    if (!beside.ok) throw new Error('no project path')
    expect(await api.createProject({ path: beside.newPath, project: projectJson('first') })).toMatchObject({
      ok: true,
      status: { state: 'saved' },
    })
    expect(await api.projectEdited({ path: beside.newPath, project: projectJson('second') })).toEqual({ ok: true })
    // On disk within a second (in the journal, which a crash would offer back)…
    await until(async () => (await findRecoverable(beside.newPath))?.project.doc.cues[0]!.text === 'second', 1000)
    // …and in the project file itself at the next calm moment.
    await until(async () => {
      const parsed = parseProjectFile(await fs.readFile(beside.newPath, 'utf8'))
      return parsed.ok && parsed.project.doc.cues[0]!.text === 'second'
    }, 3000)
    await until(() =>
      events.some(
        (e) => e.event === 'app:save-status' && e.payload.status.state === 'saved' && e.payload.path === beside.newPath,
      ),
    )
    const launch = await api.getLaunchInfo({})
    expect(launch.recent.map((r) => r.path)).toContain(beside.newPath)
  })

  it('offers work from the journal that the file does not hold, and can discard it', async () => {
    const { api, work, services } = await makeTestServices()
    const file = path.join(work, 'talk.eglur')
    services.grantAndOpen([file])
    await api.createProject({ path: file, project: projectJson('saved') })
    const newer = { t: Date.now(), p: projectJson('unsaved typing') }
    await fs.writeFile(journalPath(file), `${JSON.stringify(newer)}\n`)
    const opened = await api.openProject({ path: file })
    expect(opened.ok && opened.opened.recoverable?.project.document.cues[0]?.text).toBe('unsaved typing')
    expect(opened.ok && opened.opened.project.document.cues[0]?.text).toBe('saved')
    await api.discardRecovery({ path: file })
    const again = await api.openProject({ path: file })
    expect(again.ok && again.opened.recoverable).toBeUndefined()
  })

  it('says a project is damaged rather than opening it empty', async () => {
    const { api, work, services } = await makeTestServices()
    const file = path.join(work, 'bad.eglur')
    await fs.writeFile(file, '{"format":"something-else"}')
    services.grantAndOpen([file])
    expect(await api.openProject({ path: file })).toMatchObject({ ok: false, code: 'damaged-project' })
  })

  it('keeps settings between calls, merging changes', async () => {
    const { api } = await makeTestServices()
    await api.saveSettings({ settings: { language: 'cy' } })
    await api.saveSettings({ settings: { theme: 'dark' } })
    expect((await api.getLaunchInfo({})).settings).toEqual({ language: 'cy', theme: 'dark' })
  })
})

describe('the sample project', () => {
  it('opens from a working copy in the data folder, so practice never changes the bundled one', async () => {
    const { work } = await makeTestServices()
    const bundled = path.join(work, 'bundled')
    await fs.mkdir(bundled)
    const project = projectToJson(
      {
        title: 'Sample',
        doc: makeDoc([makeCue(1, 'welcome everyone')]),
        glossary: [],
        media: { relativePath: 'sample.mp4' },
      },
      new Date(),
    )
    await fs.writeFile(path.join(bundled, 'sample.eglur'), JSON.stringify(project))
    await fs.writeFile(path.join(bundled, 'sample.mp4'), 'video')
    await fs.mkdir(path.join(bundled, '.sample.eglur.backups'))
    const { api, data } = await makeTestServices({ sampleProjectPath: path.join(bundled, 'sample.eglur') })
    const launch = await api.getLaunchInfo({})
    expect(launch.sampleProjectPath).toBe(path.join(data, 'sample', 'sample.eglur'))
    // Hidden leftovers beside the bundled sample (backups, journals) are not copied.
    expect((await fs.readdir(path.join(data, 'sample'))).sort()).toEqual(['sample.eglur', 'sample.mp4'])
    const opened = await api.openProject({ path: launch.sampleProjectPath! })
    expect(opened.ok && opened.opened.mediaPath).toBe(path.join(data, 'sample', 'sample.mp4'))
    await api.projectEdited({ path: launch.sampleProjectPath!, project: projectJson('practice') })
    await api.flushProject({ path: launch.sampleProjectPath! })
    expect(JSON.parse(await fs.readFile(path.join(bundled, 'sample.eglur'), 'utf8')).document.cues[0].text).toBe(
      'welcome everyone',
    )
    // Asked again, the same copy (with the practice in it) is offered.
    expect((await api.getLaunchInfo({})).sampleProjectPath).toBe(launch.sampleProjectPath)
  })
})
