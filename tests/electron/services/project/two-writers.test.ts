// Two writers on one project (two browser tabs on one `eglur serve`, two programs, the desktop app and
// browser mode): a save never replaces a version of the file that the writer has not seen.
import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { diffProjects } from '../../../../shared/project/project-changes'
import { parseProjectFile, projectFromJson, projectToJson, type Project } from '../../../../shared/project/project-file'
import { readJournal, writerJournalPath } from '../../../../electron/services/project/journal'
import { lockPath } from '../../../../electron/services/project/project-lock'
import { makeCue, makeDoc } from '../../../helpers/builders'
import { makeTestServices } from '../../../helpers/service-host'

const TAB_A = 'tab-a-0000000001'
const TAB_B = 'tab-b-0000000002'
const project = (text: string): Project => ({
  title: 'Talk',
  doc: makeDoc([makeCue(1, text), makeCue(2, 'second caption')]),
  glossary: [],
})
const fileText = async (file: string) => {
  const parsed = parseProjectFile(await fs.readFile(file, 'utf8'))
  return parsed.ok ? parsed.project.doc.cues[0]!.text : undefined
}
/** The changes that turn the opened project's first caption into `text`. */
const editTo = (opened: Project, text: string) =>
  diffProjects(opened, {
    ...opened,
    doc: { ...opened.doc, cues: [{ ...opened.doc.cues[0]!, text }, ...opened.doc.cues.slice(1)] },
  })!
const children: Array<ReturnType<typeof spawn>> = []
afterEach(() => {
  for (const child of children.splice(0)) child.kill()
})

async function twoTabs() {
  const test = await makeTestServices()
  const file = path.join(test.work, 'talk.eglur')
  test.services.grantAndOpen([file])
  await test.api.createProject({ path: file, project: projectToJson(project('as first saved'), new Date()) })
  await test.api.closeProject({ path: file })
  return { ...test, file }
}

describe('two writers on one project', () => {
  it('Regression: the later saver replaced the earlier one’s edit; now it stops, keeps its work and reports a conflict', async () => {
    const { api, file, events } = await twoTabs()
    const openA = await api.openProject({ path: file, writer: TAB_A })
    const openB = await api.openProject({ path: file, writer: TAB_B })
    if (!openA.ok || !openB.ok) throw new Error('not opened')
    // The second tab is warned as soon as it opens the project.
    expect(openA.opened.openElsewhere).toBeUndefined()
    expect(openB.opened.openElsewhere).toMatchObject({ where: 'this-app', host: os.hostname() })
    const base = projectFromJson(openB.opened.project)
    if (!base.ok) throw new Error('bad project')

    expect(
      await api.projectEdited({ path: file, writer: TAB_A, changes: editTo(base.project, 'typed in tab A') }),
    ).toEqual({ ok: true })
    expect(await api.flushProject({ path: file, writer: TAB_A })).toMatchObject({
      ok: true,
      status: { state: 'saved' },
    })
    expect(await fileText(file)).toBe('typed in tab A')

    expect(
      await api.projectEdited({ path: file, writer: TAB_B, changes: editTo(base.project, 'typed in tab B') }),
    ).toEqual({ ok: true })
    expect(await api.flushProject({ path: file, writer: TAB_B })).toMatchObject({
      ok: true,
      status: { state: 'conflict' },
    })
    // A's edit is still in the file; B's is safe in B's journal; B was told.
    expect(await fileText(file)).toBe('typed in tab A')
    expect((await readJournal(writerJournalPath(file, TAB_B)))?.project.doc.cues[0]!.text).toBe('typed in tab B')
    expect(events.some((e) => e.event === 'app:save-status' && e.payload.status.state === 'conflict')).toBe(true)

    // Compare shows their version; "keep mine as a copy" puts B's work beside it, and B goes on there.
    const theirs = await api.readConflict({ path: file, writer: TAB_B })
    expect(theirs.ok && theirs.theirs.document.cues[0]!.text).toBe('typed in tab A')
    const kept = await api.resolveConflict({ path: file, writer: TAB_B, choice: 'keep-copy' })
    if (!kept.ok) throw new Error(kept.code)
    expect(path.basename(kept.opened.path)).toBe('talk (my copy).eglur')
    expect(await fileText(kept.opened.path)).toBe('typed in tab B')
    expect(await fileText(file)).toBe('typed in tab A')
    // B's later edits go to its copy, never to A's file.
    const copy = projectFromJson(kept.opened.project)
    if (!copy.ok) throw new Error('bad copy')
    await api.projectEdited({
      path: kept.opened.path,
      writer: TAB_B,
      changes: editTo(copy.project, 'B goes on in the copy'),
    })
    await api.flushProject({ path: kept.opened.path, writer: TAB_B })
    expect(await fileText(kept.opened.path)).toBe('B goes on in the copy')
    expect(await fileText(file)).toBe('typed in tab A')
    // Nothing of B's is left to be offered as "recovered" on the original.
    const reopened = await api.openProject({ path: file, writer: 'tab-c-0000000003' })
    expect(reopened.ok && reopened.opened.recoverable).toBeUndefined()
  })

  it('opening their version keeps this writer’s work beside it first', async () => {
    const { api, file } = await twoTabs()
    const openA = await api.openProject({ path: file, writer: TAB_A })
    const openB = await api.openProject({ path: file, writer: TAB_B })
    if (!openA.ok || !openB.ok) throw new Error('not opened')
    const base = projectFromJson(openB.opened.project)
    if (!base.ok) throw new Error('bad project')
    await api.projectEdited({ path: file, writer: TAB_A, changes: editTo(base.project, 'theirs') })
    await api.flushProject({ path: file, writer: TAB_A })
    await api.projectEdited({ path: file, writer: TAB_B, changes: editTo(base.project, 'mine') })
    expect(await api.flushProject({ path: file, writer: TAB_B })).toMatchObject({ status: { state: 'conflict' } })
    const reloaded = await api.resolveConflict({ path: file, writer: TAB_B, choice: 'reload' })
    if (!reloaded.ok) throw new Error(reloaded.code)
    expect(reloaded.opened.project.document.cues[0]!.text).toBe('theirs')
    expect(await fileText(reloaded.opened.keptAs!)).toBe('mine')
    // B now writes on top of what it has seen: no conflict.
    const fresh = projectFromJson(reloaded.opened.project)
    if (!fresh.ok) throw new Error('bad project')
    await api.projectEdited({ path: file, writer: TAB_B, changes: editTo(fresh.project, 'B after reloading') })
    expect(await api.flushProject({ path: file, writer: TAB_B })).toMatchObject({ status: { state: 'saved' } })
    expect(await fileText(file)).toBe('B after reloading')
  })

  it('knows one file by its real path: a doubled slash and a symlinked folder are the same project', async () => {
    const { api, file, work, services } = await twoTabs()
    const linked = path.join(path.dirname(work), 'linked')
    await fs.symlink(work, linked)
    const spellings = [file.replace(/\/talk\.eglur$/, '//talk.eglur'), path.join(linked, 'talk.eglur')]
    services.grantAndOpen(spellings)
    const first = await api.openProject({ path: file, writer: TAB_A })
    const second = await api.openProject({ path: spellings[0]!, writer: TAB_B })
    const third = await api.openProject({ path: spellings[1]!, writer: 'tab-c-0000000003' })
    expect(first.ok && first.opened.openElsewhere).toBeFalsy()
    expect(second.ok && second.opened.openElsewhere?.where).toBe('this-app')
    expect(third.ok && third.opened.openElsewhere?.where).toBe('this-app')
    if (!first.ok || !third.ok) throw new Error('not opened')
    const base = projectFromJson(first.opened.project)
    if (!base.ok) throw new Error('bad project')
    await api.projectEdited({ path: file, writer: TAB_A, changes: editTo(base.project, 'through the real path') })
    await api.flushProject({ path: file, writer: TAB_A })
    await api.projectEdited({
      path: spellings[1]!,
      writer: 'tab-c-0000000003',
      changes: editTo(base.project, 'through the link'),
    })
    expect(await api.flushProject({ path: spellings[1]!, writer: 'tab-c-0000000003' })).toMatchObject({
      status: { state: 'conflict' },
    })
    expect(await fileText(file)).toBe('through the real path')
  })

  it('warns when another running program holds the project, and takes over a lock whose program is gone', async () => {
    const { api, file } = await twoTabs()
    const other = spawn('sleep', ['30'])
    children.push(other)
    await fs.writeFile(
      lockPath(file),
      JSON.stringify({ pid: other.pid, host: os.hostname(), writer: 'elsewhere-000001', since: 1_700_000_000_000 }),
    )
    const held = await api.openProject({ path: file, writer: TAB_A })
    expect(held.ok && held.opened.openElsewhere).toEqual({
      where: 'another-program',
      host: os.hostname(),
      since: 1_700_000_000_000,
    })
    await api.closeProject({ path: file, writer: TAB_A })

    const gone = spawn('true')
    await new Promise((resolve) => gone.once('exit', resolve))
    await fs.writeFile(
      lockPath(file),
      JSON.stringify({ pid: gone.pid, host: os.hostname(), writer: 'elsewhere-000001', since: 1 }),
    )
    const stale = await api.openProject({ path: file, writer: TAB_A })
    expect(stale.ok && stale.opened.openElsewhere).toBeUndefined()
    expect(JSON.parse(await fs.readFile(lockPath(file), 'utf8'))).toMatchObject({ pid: process.pid, writer: TAB_A })
    // Closing gives the lock back.
    await api.closeProject({ path: file, writer: TAB_A })
    await expect(fs.access(lockPath(file))).rejects.toThrow()
  })
})
