import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pruneCache, touchEntry } from '../../../../electron/services/media/peaks-cache-prune'

async function entry(dir: string, name: string, size: number, ageSeconds: number): Promise<string> {
  const file = path.join(dir, `${name}.peaks`)
  await fs.writeFile(file, Buffer.alloc(size))
  const when = new Date(Date.now() - ageSeconds * 1000)
  await fs.utimes(file, when, when)
  return file
}

describe('pruning the peaks cache', () => {
  it('removes the least recently used entries until it is under the limit, never the one just written', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-prune-'))
    const oldest = await entry(dir, 'a', 400, 300)
    const old = await entry(dir, 'b', 400, 200)
    const recent = await entry(dir, 'c', 400, 100)
    const fresh = await entry(dir, 'd', 400, 0)
    await fs.writeFile(path.join(dir, 'notes.txt'), Buffer.alloc(5000))
    // A hit makes an old entry recent again.
    await touchEntry(oldest)
    expect(await pruneCache(dir, fresh, 1000)).toEqual([old, recent])
    expect((await fs.readdir(dir)).sort()).toEqual(['a.peaks', 'd.peaks', 'notes.txt'])
  })

  it('keeps the new entry even when it alone is over the limit, and copes with a missing folder', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-prune-'))
    const big = await entry(dir, 'big', 5000, 0)
    expect(await pruneCache(dir, big, 1000)).toEqual([])
    expect(await pruneCache(path.join(dir, 'missing'), big, 1000)).toEqual([])
  })
})
