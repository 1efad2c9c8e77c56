import { promises as fs } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { INVOKE_CHANNELS, type ApiMethod } from '../../../../shared/ipc/contract'
import { createAccessList } from '../../../../electron/services/access'
import { dispatchApiCall } from '../../../../electron/services/api/index'
import { makeTestServices } from '../../../helpers/service-host'

describe('the access list', () => {
  it('allows granted files and files below granted folders, nothing else', async () => {
    const { work, root } = await makeTestServices()
    const access = createAccessList()
    access.grant(path.join(work, 'talk.vtt'))
    access.grantFolder(path.join(work, 'shared'))
    await fs.mkdir(path.join(work, 'shared'))
    expect(access.allows(path.join(work, 'talk.vtt'))).toBe(true)
    expect(access.allows(path.join(work, 'shared', 'a.srt'))).toBe(true)
    expect(access.allows(path.join(work, 'other.vtt'))).toBe(false)
    expect(access.allows(path.join(work, 'shared', '..', 'other.vtt'))).toBe(false)
    expect(access.allows(`${path.join(work, 'shared')}-evil/x.vtt`)).toBe(false)
    expect(access.allows('relative/talk.vtt')).toBe(false)
    expect(access.allows(`${work}/talk.vtt\0.png`)).toBe(false)
    // A symlink inside a granted folder that points outside it is refused.
    await fs.writeFile(path.join(root, 'secret.txt'), 'x')
    await fs.symlink(path.join(root, 'secret.txt'), path.join(work, 'shared', 'link.vtt'))
    expect(access.allows(path.join(work, 'shared', 'link.vtt'))).toBe(false)
  })
})

describe('dispatching API calls', () => {
  it('refuses malformed payloads for every method without calling it', async () => {
    const { api } = await makeTestServices()
    const junk: unknown[] = [null, 42, 'x', [], { path: 7 }, { path: 'relative.vtt' }, { unexpected: true, path: '/a' }]
    for (const method of Object.keys(INVOKE_CHANNELS) as ApiMethod[]) {
      for (const payload of junk) {
        const result = (await dispatchApiCall(api, method, payload)) as { ok: boolean; code?: string }
        // getLaunchInfo takes {} only; every junk value above is refused for it too.
        expect(result, `${method} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, code: 'invalid-request' })
      }
    }
  })

  it('refuses unknown methods and answers a thrown error as a failure', async () => {
    const { api } = await makeTestServices()
    expect(await dispatchApiCall(api, 'deleteEverything', {})).toMatchObject({ ok: false, code: 'invalid-request' })
    const throwing = { ...api, getLaunchInfo: () => Promise.reject(new Error('boom')) }
    expect(await dispatchApiCall(throwing, 'getLaunchInfo', {})).toMatchObject({ ok: false, code: 'unknown', detail: 'boom' })
  })

  it('refuses files the user did not open', async () => {
    const { api, work } = await makeTestServices()
    const file = path.join(work, 'talk.vtt')
    await fs.writeFile(file, 'WEBVTT\n')
    expect(await api.readCaptionFile({ path: file })).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(await api.writeExport({ path: path.join(work, 'out.vtt'), text: 'x' })).toMatchObject({ ok: false, code: 'not-allowed' })
    await expect(fs.access(path.join(work, 'out.vtt'))).rejects.toThrow()
  })
})
