import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAccessList } from '../../../electron/services/access'

const tempRoot = async () => fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-access-')))

describe('the access list', () => {
  it('allows granted files only, refusing tricks with the path itself', async () => {
    const root = await tempRoot()
    const access = createAccessList()
    access.grant(path.join(root, 'talk.vtt'))
    expect(access.allows(path.join(root, 'talk.vtt'))).toBe(true)
    expect(access.allows(path.join(root, 'other.vtt'))).toBe(false)
    expect(access.allows(path.join(root, 'x', '..', 'other.vtt'))).toBe(false)
    expect(access.allows('relative/talk.vtt')).toBe(false)
    expect(access.allows(`${root}/talk.vtt\0.png`)).toBe(false)
  })

  // Bug: a granted new file was checked by its written path only, so once its folder became a symlink the write went wherever the link pointed.
  it('checks a new file by the real path of its folder, so a folder replaced by a symlink leads nowhere', async () => {
    const root = await tempRoot()
    await fs.mkdir(path.join(root, 'Events'))
    await fs.mkdir(path.join(root, 'outside'))
    const access = createAccessList()
    const target = path.join(root, 'Events', 'talk.vtt')
    access.grant(target)
    expect(access.allows(target)).toBe(true)
    await fs.rm(path.join(root, 'Events'), { recursive: true })
    await fs.symlink(path.join(root, 'outside'), path.join(root, 'Events'))
    expect(access.allows(target)).toBe(false)
    expect(access.allowsRead(target)).toBe(false)
  })

  it('follows a granted symlink to the file it names, and no further', async () => {
    const root = await tempRoot()
    await fs.writeFile(path.join(root, 'real.mp4'), 'x')
    await fs.symlink(path.join(root, 'real.mp4'), path.join(root, 'link.mp4'))
    const access = createAccessList()
    access.grant(path.join(root, 'link.mp4'))
    expect(access.allows(path.join(root, 'real.mp4'))).toBe(true)
    // A dangling link is not a new file: where it points was never granted.
    await fs.symlink(path.join(root, 'nowhere', 'x.vtt'), path.join(root, 'dangling.vtt'))
    access.grant(path.join(root, 'nowhere', 'x.vtt'))
    expect(access.allows(path.join(root, 'dangling.vtt'))).toBe(false)
  })

  it('keeps read, open and write grants apart, and a weaker grant never lowers a stronger one', async () => {
    const root = await tempRoot()
    const access = createAccessList()
    const video = path.join(root, 'talk.mp4')
    const picked = path.join(root, 'picked.mp4')
    const project = path.join(root, 'talk.eglur')
    access.grantAt(video, 'read')
    access.grantAt(picked, 'open')
    access.grant(project)
    access.grantAt(project, 'read')
    expect([access.allowsRead(video), access.allowsOpen(video), access.allows(video)]).toEqual([true, false, false])
    expect([access.allowsRead(picked), access.allowsOpen(picked), access.allows(picked)]).toEqual([true, true, false])
    expect([access.allowsRead(project), access.allowsOpen(project), access.allows(project)]).toEqual([true, true, true])
  })

  it('grants a project-named file for reading only when the media check says it is media', async () => {
    const root = await tempRoot()
    const media = path.join(root, 'talk.mp4')
    const other = path.join(root, 'notes.mp4')
    const access = createAccessList(async (real) => real === media)
    expect(await access.grantMediaRead(media)).toBe(true)
    expect(await access.grantMediaRead(other)).toBe(false)
    expect([access.allowsRead(media), access.allows(media)]).toEqual([true, false])
    expect(access.allowsRead(other)).toBe(false)
  })
})
