import { promises as fs } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectToJson } from '../../../../shared/project/project-file'
import { dispatchApiCall } from '../../../../electron/services/api/index'
import { makeCue, makeDoc } from '../../../helpers/builders'
import { makeTestServices } from '../../../helpers/service-host'

const projectJson = (...texts: string[]) =>
  projectToJson({ title: 'Talk', doc: makeDoc(texts.map((t, i) => makeCue(i + 1, t))), glossary: [] }, new Date())

async function openedProject() {
  const test = await makeTestServices({ autosaveDelayMs: 5_000 })
  const file = path.join(test.work, 'talk.eglur')
  test.services.grantAndOpen([file])
  expect(await test.api.createProject({ path: file, project: projectJson('teh start', 'middle') })).toMatchObject({
    ok: true,
  })
  return { ...test, file }
}

describe('version history API', () => {
  it('keepVersion writes the edit still waiting to be saved before keeping the version', async () => {
    const { api, file, services } = await openedProject()
    expect(
      await api.projectEdited({ path: file, project: projectJson('teh start', 'middle', 'typed just now') }),
    ).toMatchObject({ ok: true })
    const kept = await api.keepVersion({ path: file, reason: 'replace-all', detail: 'teh → the' })
    expect(kept).toMatchObject({ ok: true, version: { reason: 'replace-all', detail: 'teh → the', cueCount: 3 } })
    const listed = await api.listVersions({ path: file })
    // The save that flush made kept the file as created first (a regular version: none was due before).
    expect(listed.ok && listed.versions.map((v) => [v.reason, v.cueCount])).toEqual([
      ['replace-all', 3],
      ['time', 2],
    ])
    expect(kept.ok && kept.version!.summary!.captions.addedExamples).toEqual(['typed just now'])
    await services.dispose()
  })

  it('readVersion gives the version and what restoring it would change in the project as it is now', async () => {
    const { api, file, services } = await openedProject()
    const kept = await api.keepVersion({ path: file, reason: 'replace-all' })
    const id = kept.ok ? kept.version!.id : ''
    await api.projectEdited({ path: file, project: projectJson('the start', 'middle', 'an end') })
    const read = await api.readVersion({ path: file, id })
    expect(read).toMatchObject({ ok: true, version: { id, reason: 'replace-all' } })
    if (!read.ok) return
    expect(read.project.document.cues.map((c) => c.text)).toEqual(['teh start', 'middle'])
    // Now → the version: restoring it removes "an end" and puts "teh" back.
    expect(read.differences.captions).toMatchObject({
      removed: 1,
      textChanged: 1,
      textExamples: [{ before: 'the start', after: 'teh start' }],
    })
    expect(await api.readVersion({ path: file, id: '2026-01-01T00-00-00-000Z-time-zzzz' })).toMatchObject({
      ok: false,
      code: 'not-found',
    })
    await services.dispose()
  })

  it('refuses projects not on the access list, version ids that are not ids and reasons the page may not give', async () => {
    const { api, file, work, services } = await openedProject()
    const other = path.join(work, 'other.eglur')
    await fs.copyFile(file, other)
    for (const call of [
      api.listVersions({ path: other }),
      api.keepVersion({ path: other, reason: 'fix-all' }),
      api.readVersion({ path: other, id: 'x' }),
    ])
      expect(await call).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(await dispatchApiCall(api, 'readVersion', { path: file, id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    })
    expect(await dispatchApiCall(api, 'keepVersion', { path: file, reason: 'backup' })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    })
    expect(await dispatchApiCall(api, 'keepVersion', { path: file, reason: 'glossary' })).toMatchObject({ ok: true })
    await services.dispose()
  })
})
