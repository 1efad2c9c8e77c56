// Bug #15: `eglur convert /dev/zero` grew to 9 GB (the size cap trusted stat), a FIFO hung forever, and
// openProject on a FIFO tied up libuv's file-system threads; a million-caption project stalled the server.
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readCaptionFile } from '../../../electron/services/caption-files'
import { openProject } from '../../../electron/services/project/project-store'
import { readRegularFile } from '../../../electron/services/read-regular-file'
import { runEglur } from '../../helpers/cli'
import { makeTestServices } from '../../helpers/service-host'

let dir: string
let fifo: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-notfile-'))
  fifo = path.join(dir, 'pipe.vtt')
  execFileSync('mkfifo', [fifo])
})

describe('files that are not regular files', () => {
  it('the caption reader refuses /dev/zero and a FIFO, saying what they are', async () => {
    for (const file of ['/dev/zero', fifo]) {
      expect(await readCaptionFile(file)).toMatchObject({
        ok: false,
        fatal: { code: 'not-a-file', message: expect.stringMatching(/device, pipe or socket/) },
      })
    }
  })

  it('opening a FIFO or /dev/zero as a project is refused', async () => {
    for (const file of ['/dev/zero', fifo])
      expect(await openProject(file)).toMatchObject({ ok: false, code: 'not-a-file' })
  })

  it('the API refuses them with the code not-a-file, naming the file', async () => {
    const { services, api } = await makeTestServices()
    const projectFifo = path.join(dir, 'pipe.eglur')
    execFileSync('mkfifo', [projectFifo])
    services.grantAndOpen([fifo, projectFifo])
    expect(await api.readCaptionFile({ path: fifo })).toEqual({ ok: false, code: 'not-a-file', detail: fifo })
    expect(await api.openProject({ path: projectFifo })).toMatchObject({ ok: false, code: 'not-a-file' })
  })

  it('the CLI refuses them with exit code 2 and one line naming the file', async () => {
    for (const name of ['/dev/zero', 'pipe.vtt']) {
      const r = await runEglur(dir, 'convert', name, '-o', 'out.vtt')
      expect(r.code).toBe(2)
      expect(r.stderr).toBe(`${name}:1: This is not a file but a device, pipe or socket; Eglur reads only files.\n`)
    }
  })
})

describe('a hostile project of a million captions', () => {
  it('is refused with a message naming the limit, and other requests are answered while it is read', async () => {
    const { services, api, work } = await makeTestServices()
    const file = path.join(work, 'huge.eglur')
    const cues = Array.from({ length: 1_000_000 }, (_, i) => `{"id":"c${i}","start":${i},"end":${i + 1},"text":"a"}`)
    await fs.writeFile(
      file,
      `{"format":"eglur-project","version":1,"savedAt":"2026-01-01T00:00:00.000Z","document":{"version":1,"cues":[${cues.join(',')}],"speakers":[]},"glossary":[]}`,
    )
    services.grantAndOpen([file])
    const order: string[] = []
    const opening = api.openProject({ path: file }).then((r) => (order.push('open'), r))
    // Another request made after the open started (as a second browser tab would).
    await new Promise((resolve) => setTimeout(resolve, 50))
    await api.getLaunchInfo({}).then(() => order.push('other'))
    const opened = await opening
    expect(order).toEqual(['other', 'open'])
    expect(opened).toMatchObject({
      ok: false,
      code: 'damaged-project',
      detail: expect.stringMatching(/1,000,000 captions.*up to 50,000 captions/),
    })
  }, 60_000)
})

describe('readRegularFile on regular files', () => {
  it('returns every byte of files around the read size and up to the limit, and refuses one byte more', async () => {
    const limit = 3 * 1024 * 1024
    for (const size of [0, 1, 4095, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 2_500_000, limit]) {
      const file = path.join(dir, `sized-${size}.bin`)
      const bytes = Buffer.alloc(size)
      for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff
      await fs.writeFile(file, bytes)
      expect((await readRegularFile(file, { maxBytes: limit })).equals(bytes)).toBe(true)
    }
    const over = path.join(dir, 'over.bin')
    await fs.writeFile(over, Buffer.alloc(limit + 1))
    await expect(readRegularFile(over, { maxBytes: limit })).rejects.toMatchObject({
      code: 'too-large',
      size: limit + 1,
    })
  })

  // Files under /proc say they hold 0 bytes and then give more: the read must outgrow stat's size.
  it.runIf(process.platform === 'linux')(
    'reads past the size stat gave, as for a file still being written',
    async () => {
      const text = (await readRegularFile('/proc/self/status', { maxBytes: 1024 * 1024 })).toString('utf8')
      expect(text).toMatch(/^Name:/)
      expect(text).toContain(`\nPid:\t${process.pid}\n`)
      await expect(readRegularFile('/proc/self/status', { maxBytes: 100 })).rejects.toMatchObject({ code: 'too-large' })
    },
  )
})
