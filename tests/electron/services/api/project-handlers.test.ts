// A whole project sent to main is checked once, at the boundary, and what was checked is what is written.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatchApiCall } from '../../../../electron/services/api/index'
import { fromWire, toWire } from '../../../../shared/ipc/wire'
import { projectJsonText, projectToJson, type ProjectJson } from '../../../../shared/project/project-file'
import { makeCue, makeDoc } from '../../../helpers/builders'
import { makeTestServices } from '../../../helpers/service-host'

const WRITER = 'writer0001'
const payload = (text: string) =>
  projectToJson({ title: 'Talk', doc: makeDoc([makeCue(1, text)]), glossary: [] }, new Date(0))

describe('saving a whole project', () => {
  it('writes exactly the payload as checked at the boundary (what the schema does not know is left out)', async () => {
    const { services, work } = await makeTestServices()
    const file = path.join(work, 'talk.eglur')
    services.access.grant(file)
    const sent = { ...payload('as sent'), smuggled: '<script>' }
    // As browser mode's server receives it: text off the wire.
    const created = await dispatchApiCall(
      services.api,
      'createProject',
      fromWire(toWire({ path: file, writer: WRITER, project: sent })),
    )
    expect(created).toMatchObject({ ok: true, status: { state: 'saved' } })
    const text = await fs.readFile(file, 'utf8')
    const { smuggled: _smuggled, ...checked } = sent
    expect(text).toBe(
      projectJsonText({ ...(checked as ProjectJson), savedAt: (JSON.parse(text) as ProjectJson).savedAt }),
    )
    expect(text).not.toContain('smuggled')

    const edited = payload('edited as a whole')
    expect(
      await dispatchApiCall(services.api, 'projectEdited', { path: file, writer: WRITER, project: edited }),
    ).toEqual({ ok: true })
    expect(await services.api.flushProject({ path: file, writer: WRITER })).toMatchObject({
      ok: true,
      status: { state: 'saved' },
    })
    const after = await fs.readFile(file, 'utf8')
    expect(after).toBe(projectJsonText({ ...edited, savedAt: (JSON.parse(after) as ProjectJson).savedAt }))
  })

  it('refuses an invalid project at the boundary, saying where, and writes nothing', async () => {
    const { services, work } = await makeTestServices()
    const file = path.join(work, 'talk.eglur')
    services.access.grant(file)
    const good = payload('kept')
    const bad = { ...good, document: { ...good.document, cues: [{ ...good.document.cues[0]!, start: 'soon' }] } }
    expect(await dispatchApiCall(services.api, 'createProject', { path: file, writer: WRITER, project: bad })).toEqual({
      ok: false,
      code: 'invalid-request',
      detail: 'project.document.cues.0.start: expected a number of milliseconds',
    })
    await expect(fs.access(file)).rejects.toMatchObject({ code: 'ENOENT' })

    expect(
      await dispatchApiCall(services.api, 'createProject', { path: file, writer: WRITER, project: good }),
    ).toMatchObject({ ok: true })
    const saved = await fs.readFile(file, 'utf8')
    expect(
      await dispatchApiCall(services.api, 'projectEdited', { path: file, writer: WRITER, project: bad }),
    ).toMatchObject({
      ok: false,
      code: 'invalid-request',
      detail: expect.stringMatching(/^project\.document\.cues\.0\.start: /),
    })
    expect(await services.api.flushProject({ path: file, writer: WRITER })).toMatchObject({
      ok: true,
      status: { state: 'saved' },
    })
    // Neither the file nor a journal took any of it.
    expect(await fs.readFile(file, 'utf8')).toBe(saved)
    expect((await fs.readdir(work)).filter((name) => name.endsWith('.journal'))).toEqual([])
  })
})
