// Disk-fault drills for projects, adding to project-store.test.ts (a folder that is a file) and
// kill-drill.test.ts (kill -9 during autosave bursts): a full disk (ENOSPC) and a read-only disk
// (EROFS), injected and, where this machine lets us mount one, a real tiny tmpfs; and kill -9 while
// saveProject is writing a large project. We run as root, so chmod cannot make a folder unwritable.
import { execFile, spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { AtomicFs } from '../../../../electron/services/atomic-write'
import { describeFsError } from '../../../../electron/services/caption-files'
import { createAutosaver } from '../../../../electron/services/project/autosave'
import type { ProjectSaveStatus } from '../../../../shared/ipc/contract'
import { readJournal, writerJournalPath } from '../../../../electron/services/project/journal'
import { openProject, saveProject } from '../../../../electron/services/project/project-store'
import { listVersions, readVersion, versionFolder } from '../../../../electron/services/project/versions'
import { findRecoverable } from '../../../../electron/services/project/recovery'
import { asCueId, makeDocument } from '../../../../shared/model'
import { parseProjectFile, projectToJson, type Project } from '../../../../shared/project/project-file'

const root = path.resolve(import.meta.dirname, '../../../..')
const project = (text: string): Project => ({
  doc: makeDocument([{ id: asCueId('c1'), startMs: 0, endMs: 1000, text }]),
  glossary: [],
})
const asJson = (text: string) => projectToJson(project(text), new Date())
const savedText = async (file: string) =>
  (parseProjectFile(await fs.readFile(file, 'utf8')) as { project: Project }).project.doc.cues[0]!.text
const errno = (code: string, syscall: string) =>
  Object.assign(new Error(`${code}: injected, ${syscall}`), { code, syscall })
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** Waits until `ok()` holds (timers under a loaded machine run late), failing after `ms`. */
async function until(ok: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await wait(10)
  }
}
const temps = async (dir: string) => (await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))

/** The real fs, except that while `fault()` names a code, writes fail as a full (ENOSPC) or read-only (EROFS) disk does. */
function faultyFs(fault: () => 'ENOSPC' | 'EROFS' | undefined): AtomicFs {
  return {
    open: async (file, flags) => {
      if (fault() === 'EROFS') throw errno('EROFS', 'open')
      const handle = await fs.open(file, flags)
      // A full disk still creates the file; the write is what fails.
      return new Proxy(handle, {
        get: (target, key) =>
          key === 'writeFile' && fault() === 'ENOSPC'
            ? () => Promise.reject(errno('ENOSPC', 'write'))
            : Reflect.get(target, key, target),
      })
    },
    rename: (from, to) => fs.rename(from, to),
    unlink: (file) => fs.unlink(file),
  }
}

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-disk-'))
})

describe('a full or read-only disk, injected', () => {
  it.each([
    ['ENOSPC', 'The disk is full.'],
    ['EROFS', 'The disk or folder is read-only.'],
  ] as const)(
    'saveProject with %s rejects with that code, the old file untouched and no temp file left',
    async (code, sentence) => {
      const file = path.join(dir, 'talk.eglur')
      await saveProject(file, project('old'))
      const error = await saveProject(file, project('new'), { fs: faultyFs(() => code) }).catch(
        (e: NodeJS.ErrnoException) => e,
      )
      expect(error).toMatchObject({ code })
      expect(describeFsError(error)).toBe(sentence)
      expect(await savedText(file)).toBe('old')
      expect(await temps(dir)).toEqual([])
    },
  )

  it.each(['ENOSPC', 'EROFS'] as const)(
    'autosave on %s: the work stays in memory and the journal, the status says why, saving succeeds once the disk is back',
    async (code) => {
      const file = path.join(dir, 'talk.eglur')
      await saveProject(file, project('saved before the fault'))
      let fault: typeof code | undefined = code
      const statuses: ProjectSaveStatus[] = []
      const saver = createAutosaver({
        projectPath: file,
        delayMs: 10,
        calmMs: 10,
        retryMs: 40,
        fs: faultyFs(() => fault),
        onStatus: (s) => statuses.push(s),
      })
      saver.replace(asJson('first edit'))
      await until(() => statuses.some((s) => s.state === 'error'))
      saver.replace(asJson('second edit, typed while the disk was failing'))
      const errorsBefore = statuses.length
      // The next retry (the file write fails again) journals the edit.
      await until(() => statuses.slice(errorsBefore).some((s) => s.state === 'error'))
      expect(statuses.filter((s) => s.state === 'error').map((s) => s.code)).toContain(code)
      expect(await savedText(file)).toBe('saved before the fault')
      // After a crash now, the journal would give back the newest work.
      expect((await readJournal(writerJournalPath(file, 'main')))!.project.doc.cues[0]!.text).toBe(
        'second edit, typed while the disk was failing',
      )
      expect((await findRecoverable(file))?.project.doc.cues[0]!.text).toBe(
        'second edit, typed while the disk was failing',
      )
      fault = undefined
      await until(() => statuses.at(-1)!.state === 'saved')
      expect(await savedText(file)).toBe('second edit, typed while the disk was failing')
      expect(await findRecoverable(file)).toBeUndefined()
      await saver.dispose()
    },
  )
})

const run = promisify(execFile)

/** Whether this machine lets us mount a tmpfs (root in a container may; CI may not): tried once, undone at once. */
async function canMount(): Promise<boolean> {
  const probe = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-mount-probe-'))
  try {
    await run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe])
    await run('umount', [probe])
    return true
  } catch {
    return false
  } finally {
    await fs.rm(probe, { recursive: true, force: true })
  }
}

describe('a real tiny disk (tmpfs), when it can be mounted here', async () => {
  const mounted = await canMount()
  let mountPoint: string
  // Mounted only when one of these tests runs (hooks of a suite with no running test are skipped).
  beforeAll(async () => {
    mountPoint = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-tmpfs-'))
    await run('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint])
  })
  afterAll(async () => {
    await run('umount', [mountPoint]).catch(() => undefined)
    await fs.rm(mountPoint, { recursive: true, force: true })
  })

  it.skipIf(!mounted)(
    'full disk: error ENOSPC, the saved file whole, the newest work saved once space is freed',
    async () => {
      const file = path.join(mountPoint, 'full.eglur')
      const statuses: ProjectSaveStatus[] = []
      const saver = createAutosaver({
        projectPath: file,
        delayMs: 10,
        calmMs: 10,
        retryMs: 40,
        onStatus: (s) => statuses.push(s),
      })
      saver.replace(asJson('before the disk filled'))
      await saver.flush()
      const filler = path.join(mountPoint, 'filler')
      await fs.writeFile(filler, Buffer.alloc(1024 * 1024)).catch(() => undefined)
      saver.replace(asJson(`after the disk filled ${'x'.repeat(8192)}`))
      await until(() => statuses.some((s) => s.state === 'error' && s.code === 'ENOSPC'))
      expect(await savedText(file)).toBe('before the disk filled')
      // Regression: a failed append left torn bytes that the next record was glued to; every line is whole.
      const journalText = await fs.readFile(writerJournalPath(file, 'main'), 'utf8').catch(() => '')
      expect(journalText === '' || journalText.endsWith('\n')).toBe(true)
      await fs.rm(filler)
      await until(() => statuses.at(-1)!.state === 'saved')
      expect(await savedText(file)).toMatch(/^after the disk filled x+$/)
      await saver.dispose()
    },
  )

  it.skipIf(!mounted)('read-only disk: error EROFS, then saved once it is writable again', async () => {
    const file = path.join(mountPoint, 'ro.eglur')
    const statuses: ProjectSaveStatus[] = []
    const saver = createAutosaver({
      projectPath: file,
      delayMs: 10,
      calmMs: 10,
      retryMs: 40,
      onStatus: (s) => statuses.push(s),
    })
    saver.replace(asJson('before read-only'))
    await saver.flush()
    await run('mount', ['-o', 'remount,ro', mountPoint])
    try {
      saver.replace(asJson('while read-only'))
      await until(() => statuses.some((s) => s.state === 'error' && s.code === 'EROFS'))
      expect(await savedText(file)).toBe('before read-only')
    } finally {
      await run('mount', ['-o', 'remount,rw', mountPoint])
    }
    await until(() => statuses.at(-1)!.state === 'saved')
    expect(await savedText(file)).toBe('while read-only')
    await saver.dispose()
  })
})

describe('temp files left by killed saves', () => {
  it('opening removes those of processes that are gone and keeps those of running ones', async () => {
    const file = path.join(dir, 'talk.eglur')
    await saveProject(file, project('whole'))
    const gone = spawn('true')
    await new Promise((r) => gone.once('exit', r))
    // pid 1 is always running; the other pid has just exited.
    await fs.writeFile(path.join(dir, `.talk.eglur.${gone.pid}.abc.tmp`), 'torn')
    await fs.writeFile(path.join(dir, '.talk.eglur.1.abc.tmp'), 'in progress')
    await fs.writeFile(path.join(dir, `.other.eglur.${gone.pid}.abc.tmp`), 'not this project')
    expect(await openProject(file)).toMatchObject({ ok: true })
    expect((await temps(dir)).sort()).toEqual(['.other.eglur.' + gone.pid + '.abc.tmp', '.talk.eglur.1.abc.tmp'].sort())
  })
})

const SAVE_KILLS = Number(process.env.EGLUR_SAVE_KILL_CYCLES ?? 10)

describe('kill -9 while saveProject writes a large project', () => {
  let child: string
  beforeAll(async () => {
    child = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-save-child-')), 'save-loop.mts')
    // Saves a 20,000-caption project (~3 MB) over and over, saying when each save starts and ends;
    // its clock moves 11 minutes a save, so every save also keeps the version it replaces.
    await fs.writeFile(
      child,
      `import { saveProject } from ${JSON.stringify(path.join(root, 'electron/services/project/project-store.ts'))}
import { asCueId, makeDocument } from ${JSON.stringify(path.join(root, 'shared/model/index.ts'))}
const file = process.argv[2]!
for (let n = 1; ; n++) {
  const cues = Array.from({ length: 20_000 }, (_, i) => ({ id: asCueId('c' + (i + 1)), startMs: i * 1000, endMs: i * 1000 + 900, text: 'version ' + n + ', caption ' + i }))
  process.stdout.write('saving ' + n + '\\n')
  await saveProject(file, { title: 'v' + n, doc: makeDocument(cues), glossary: [] }, { now: new Date(Date.UTC(2026, 0, 1) + n * 11 * 60_000) })
  process.stdout.write('saved ' + n + '\\n')
}
`,
    )
  })

  it(
    `${SAVE_KILLS} kills at random moments of a save: the project is always the last saved version or the one being written`,
    async () => {
      let insideWrite = 0
      for (let cycle = 0; cycle < SAVE_KILLS; cycle++) {
        const file = path.join(dir, `p${cycle}.eglur`)
        const proc = spawn(process.execPath, ['--import', 'tsx', child, file], {
          cwd: root,
          stdio: ['ignore', 'pipe', 'inherit'],
        })
        let log = ''
        let exited = false
        proc.stdout!.on('data', (c: Buffer) => (log += c.toString()))
        proc.once('exit', () => (exited = true))
        while (!/saved 2\n/.test(log)) {
          if (exited) throw new Error('the saving child stopped by itself')
          await wait(10)
        }
        if (cycle % 2 === 0) {
          // Every other kill lands inside the atomic write for certain: as soon as its temp file exists.
          const prefix = `.p${cycle}.eglur.`
          const until = Date.now() + 10_000
          while (!(await fs.readdir(dir)).some((f) => f.startsWith(prefix) && f.endsWith('.tmp')) && Date.now() < until)
            await wait(1)
        } else if (cycle % 4 === 1) {
          // Some land as soon as the version being replaced starts being copied to the version history
          // (a copy straight to its final name once stayed there half written).
          const names = async () => fs.readdir(versionFolder(file)).catch(() => [] as string[])
          const before = new Set(await names())
          const until = Date.now() + 10_000
          while (!(await names()).some((f) => !before.has(f)) && Date.now() < until) await wait(1)
        } else {
          await wait(Math.random() * 400)
        }
        proc.kill('SIGKILL')
        if (!exited) await new Promise((r) => proc.once('exit', r))
        const saved = Number([...log.matchAll(/saved (\d+)/g)].at(-1)![1])
        if ((await temps(dir)).length > 0) insideWrite++
        const opened = await openProject(file)
        expect(opened.ok, `cycle ${cycle}: ${!opened.ok && opened.message}`).toBe(true)
        expect([`v${saved}`, `v${saved + 1}`]).toContain(opened.ok && opened.json.title)
        expect(opened.ok && opened.json.document.cues).toHaveLength(20_000)
        // Every version offered opens (the one kept by save 2 at least).
        expect(await listVersions(file)).not.toHaveLength(0)
        for (const v of await listVersions(file)) expect((await readVersion(file, v.id)).ok, v.id).toBe(true)
        // Regression: the temp file of a killed save stayed beside the project for ever; opening removes it.
        expect(await temps(dir)).toEqual([])
      }
      // At least the deliberate half landed inside the atomic write (a temp file was left behind).
      if (process.env.EGLUR_SAVE_KILL_CYCLES) console.log(`${SAVE_KILLS} kills, ${insideWrite} inside the atomic write`)
      expect(insideWrite).toBeGreaterThanOrEqual(Math.floor(SAVE_KILLS / 2))
    },
    SAVE_KILLS * 10_000 + 30_000,
  )
})
