import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFileOwner, writeFileAtomic, type AtomicFs } from '../../../electron/services/atomic-write'

/** A file system whose rename fails `times` times with `code` (Windows virus scanners do this with EPERM). */
function flakyRename(times: number, code: string): AtomicFs {
  let failures = 0
  return {
    open: fs.open,
    unlink: fs.unlink,
    rename: async (from, to) => {
      if (failures++ < times) throw Object.assign(new Error(code), { code })
      return fs.rename(from, to)
    },
  }
}

describe('atomic writes', () => {
  it('retries a rename that fails with EPERM, then succeeds', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-atomic-'))
    const file = path.join(dir, 'p.eglur')
    await fs.writeFile(file, 'old')
    await writeFileAtomic(file, 'new', { fs: flakyRename(3, 'EPERM') })
    expect(await fs.readFile(file, 'utf8')).toBe('new')
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('when the rename keeps failing the old file is untouched and no temp file is left', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-atomic-'))
    const file = path.join(dir, 'p.eglur')
    await fs.writeFile(file, 'old')
    await expect(
      writeFileAtomic(file, 'new', { fs: flakyRename(1000, 'EACCES'), renameRetryMs: 100 }),
    ).rejects.toMatchObject({ code: 'EACCES' })
    expect(await fs.readFile(file, 'utf8')).toBe('old')
    expect(await fs.readdir(dir)).toEqual(['p.eglur'])
  })
})

describe('atomic writes racing for one file', () => {
  // Bug #15: temps were named from the pid and the millisecond and opened with 'w', so two savers of one
  // file under two spellings of its path shared a temp and left invalid JSON on disk while reporting "saved".
  it('always leave one complete content when many writers use /a/b, /a//b and a symlinked folder', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-atomic-race-'))
    const dir = path.join(root, 'real')
    await fs.mkdir(dir)
    await fs.symlink(dir, path.join(root, 'link'))
    const spellings = [path.join(dir, 'p.json'), `${dir}//p.json`, path.join(root, 'link', 'p.json')]
    for (let round = 0; round < 40; round++) {
      // Different lengths, so a mix of two writes cannot pass for one of them.
      const contents = Array.from({ length: 9 }, (_, i) =>
        JSON.stringify({ round, writer: i, pad: 'x'.repeat(20_000 * ((i % 3) + 1)) }),
      )
      await Promise.all(contents.map((text, i) => writeFileAtomic(spellings[i % spellings.length]!, text)))
      expect(contents).toContain(await fs.readFile(spellings[0]!, 'utf8'))
    }
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('atomic writes meeting a temp name already on disk', () => {
  it('try another name, write the file and leave the other file alone', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-atomic-taken-'))
    const file = path.join(dir, 'p.json')
    const tried: string[] = []
    // The first temp name is taken by the time it is opened (an earlier process with the same pid left it).
    const io: AtomicFs = {
      open: async (temp, flags) => {
        tried.push(String(temp))
        if (tried.length === 1) await fs.writeFile(temp, 'left by a dead writer')
        return fs.open(temp, flags)
      },
      unlink: fs.unlink,
      rename: fs.rename,
    }
    await writeFileAtomic(file, 'new', { fs: io })
    expect(await fs.readFile(file, 'utf8')).toBe('new')
    expect(tried).toHaveLength(2)
    expect(new Set(tried).size).toBe(2)
    expect(tried.map((t) => tempFileOwner(path.basename(t)))).toEqual([process.pid, process.pid])
    expect(await fs.readFile(tried[0]!, 'utf8')).toBe('left by a dead writer')
  })
})
