import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { asCueId, makeDocument } from '../../../../shared/model'
import { serializeProject, type Project } from '../../../../shared/project/project-file'
import { saveProject } from '../../../../electron/services/project/project-store'
import {
  backupFolder,
  keepTimedVersion,
  keepVersion,
  listVersions,
  readVersion,
  versionFolder,
} from '../../../../electron/services/project/versions'

const MIN = 60_000
const DAY = 24 * 60 * MIN
const T0 = Date.UTC(2026, 0, 1, 9, 0, 0)
const project = (...texts: string[]): Project => ({
  doc: makeDocument(
    texts.map((text, i) => ({ id: asCueId(`c${i + 1}`), startMs: i * 1000, endMs: i * 1000 + 900, text })),
  ),
  glossary: [],
})
let dir: string
let file: string
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-versions-'))
  file = path.join(dir, 'talk.eglur')
})
const firstText = async (id: string) => {
  const read = await readVersion(file, id)
  if (!read.ok) throw new Error(read.message)
  return read.project.doc.cues[0]!.text
}

describe('version history', () => {
  it('Regression: backups covered only the last five saves (seconds of typing); a version from half an hour ago survives a save a minute', async () => {
    for (let m = 0; m <= 35; m++) await saveProject(file, project(`minute ${m}`), { now: new Date(T0 + m * MIN) })
    const versions = await listVersions(file)
    // Kept before the saves at minutes 1, 11, 21 and 31: the file as it was then.
    expect(versions.map((v) => v.reason)).toEqual(['time', 'time', 'time', 'time'])
    expect(await Promise.all(versions.map((v) => firstText(v.id)))).toEqual([
      'minute 30',
      'minute 20',
      'minute 10',
      'minute 0',
    ])
    expect(versions[0]!.keptAt).toBe(T0 + 31 * MIN)
  })

  it('keeps a version before a bulk change with its reason, detail and what changed since the version before', async () => {
    await saveProject(file, project('teh start', 'middle'), { now: new Date(T0) })
    expect(await keepVersion(file, 'replace-all', { now: new Date(T0 + MIN), detail: 'teh → the' })).toMatchObject({
      reason: 'replace-all',
      cueCount: 2,
    })
    await saveProject(file, project('the start', 'middle', 'an end'), { now: new Date(T0 + 2 * MIN) })
    const second = await keepVersion(file, 'fix-all', { now: new Date(T0 + 3 * MIN) })
    expect(second?.summary?.captions).toMatchObject({
      added: 1,
      textChanged: 1,
      textExamples: [{ before: 'teh start', after: 'the start' }],
    })
    const listed = await listVersions(file)
    expect(listed.map((v) => [v.reason, v.detail])).toEqual([
      ['fix-all', undefined],
      ['replace-all', 'teh → the'],
    ])
    expect(listed[1]!.summary).toBeUndefined()
  })

  it('does not keep a regular version when nothing changed since the last one', async () => {
    await saveProject(file, project('same'), { now: new Date(T0) })
    await keepVersion(file, 'glossary', { now: new Date(T0) })
    expect(await keepTimedVersion(file, { now: new Date(T0 + 20 * MIN) })).toBeUndefined()
    expect(await listVersions(file)).toHaveLength(1)
  })

  it('keeps nothing older than 30 days', async () => {
    await saveProject(file, project('old'), { now: new Date(T0) })
    await keepVersion(file, 'replace-all', { now: new Date(T0) })
    await saveProject(file, project('new'), { now: new Date(T0 + 31 * DAY) })
    await keepVersion(file, 'replace-all', { now: new Date(T0 + 31 * DAY) })
    const versions = await listVersions(file)
    expect(versions).toHaveLength(1)
    expect(await firstText(versions[0]!.id)).toBe('new')
  })

  it('skips damaged and half-written entries, never offering one that does not open', async () => {
    await saveProject(file, project('good'), { now: new Date(T0) })
    const good = (await keepVersion(file, 'replace-all', { now: new Date(T0) }))!
    const folder = versionFolder(file)
    // A copy cut short (its description records the whole size), a description that is not JSON,
    // a copy whose description was never written, a description whose copy is gone.
    await fs.writeFile(
      path.join(folder, '2026-01-01T09-01-00-000Z-time-aaaa.eglur'),
      serializeProject(project('torn'), new Date()).slice(0, 50),
    )
    await fs.writeFile(
      path.join(folder, '2026-01-01T09-01-00-000Z-time-aaaa.json'),
      JSON.stringify({ format: 'eglur-version', reason: 'time', keptAt: T0 + MIN, bytes: 9999, cueCount: 1 }),
    )
    await fs.writeFile(
      path.join(folder, '2026-01-01T09-02-00-000Z-time-bbbb.eglur'),
      serializeProject(project('fine'), new Date()),
    )
    await fs.writeFile(path.join(folder, '2026-01-01T09-02-00-000Z-time-bbbb.json'), '{"format": "eglur-ver')
    await fs.writeFile(
      path.join(folder, '2026-01-01T09-03-00-000Z-time-cccc.eglur'),
      serializeProject(project('no description'), new Date()),
    )
    await fs.writeFile(
      path.join(folder, '2026-01-01T09-04-00-000Z-time-dddd.json'),
      JSON.stringify({ format: 'eglur-version', reason: 'time', keptAt: T0 + 4 * MIN, bytes: 10, cueCount: 1 }),
    )
    // A damaged summary loses only the summary.
    const meta = JSON.parse(await fs.readFile(path.join(folder, `${good.id}.json`), 'utf8'))
    await fs.writeFile(path.join(folder, `${good.id}.json`), JSON.stringify({ ...meta, summary: { same: 'perhaps' } }))
    const versions = await listVersions(file)
    expect(versions.map((v) => v.id)).toEqual([good.id])
    expect(versions[0]!.summary).toBeUndefined()
    for (const id of [
      '2026-01-01T09-01-00-000Z-time-aaaa',
      '2026-01-01T09-02-00-000Z-time-bbbb',
      '2026-01-01T09-03-00-000Z-time-cccc',
      '../talk',
      'backup-nothing',
    ])
      expect(await readVersion(file, id)).toMatchObject({ ok: false, code: 'not-found' })
    expect(await firstText(good.id)).toBe('good')
  })

  it('lists the backups earlier releases kept (those that open) as versions', async () => {
    await saveProject(file, project('now'), { now: new Date(T0) })
    await fs.mkdir(backupFolder(file))
    await fs.writeFile(
      path.join(backupFolder(file), '2026-01-01T08-00-00-000Z.eglur'),
      serializeProject(project('from a backup'), new Date(T0 - 60 * MIN)),
    )
    await fs.writeFile(
      path.join(backupFolder(file), '2026-01-01T08-30-00-000Z.eglur'),
      '{"format": "eglur-project", "vers',
    )
    const versions = await listVersions(file)
    expect(versions).toEqual([
      {
        id: 'backup-2026-01-01T08-00-00-000Z',
        keptAt: T0 - 60 * MIN,
        reason: 'backup',
        cueCount: 1,
        bytes: expect.any(Number),
      },
    ])
    expect(await firstText(versions[0]!.id)).toBe('from a backup')
  })

  it('keeps nothing when there is no file yet', async () => {
    expect(await keepVersion(file, 'import')).toBeUndefined()
    expect(await listVersions(file)).toEqual([])
  })
})
