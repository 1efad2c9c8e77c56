import { promises as fs } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { INVOKE_CHANNELS, type ApiMethod } from '../../../../shared/ipc/contract'
import { dispatchApiCall } from '../../../../electron/services/api/index'
import { makeTestServices } from '../../../helpers/service-host'

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
    expect(await dispatchApiCall(throwing, 'getLaunchInfo', {})).toMatchObject({
      ok: false,
      code: 'unknown',
      detail: 'boom',
    })
  })

  it('refuses files the user did not open', async () => {
    const { api, work } = await makeTestServices()
    const file = path.join(work, 'talk.vtt')
    await fs.writeFile(file, 'WEBVTT\n')
    expect(await api.readCaptionFile({ path: file })).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(await api.writeExport({ path: path.join(work, 'out.vtt'), text: 'x' })).toMatchObject({
      ok: false,
      code: 'not-allowed',
    })
    await expect(fs.access(path.join(work, 'out.vtt'))).rejects.toThrow()
  })
})
