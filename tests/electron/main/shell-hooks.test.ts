import { describe, expect, it } from 'vitest'
import { withShellHooks } from '../../../electron/main/shell-hooks'
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract'
import type { ApiMethod, CaptionApi, LaunchInfo } from '../../../shared/ipc/contract'

function fakeApi(openFiles: string[], language?: string) {
  const calls: Array<{ method: string; args: unknown }> = []
  const api = {} as Record<string, (args: unknown) => Promise<unknown>>
  for (const method of Object.keys(INVOKE_CHANNELS)) {
    api[method] = async (args) => (calls.push({ method, args }), { ok: true, method })
  }
  api.getLaunchInfo = async () =>
    ({
      mode: 'desktop',
      platform: 'linux',
      appVersion: '1',
      systemLanguages: [],
      openFiles,
      recent: [],
      settings: language ? { language } : {},
    }) satisfies LaunchInfo
  api.saveSettings = async (args) => ({ ok: true, settings: (args as { settings: object }).settings })
  return { api: api as unknown as CaptionApi, calls }
}

describe('withShellHooks', () => {
  it('passes every other method straight through with its argument', async () => {
    const { api, calls } = fakeApi([])
    const shell = withShellHooks(api, { rendererReady: () => [], languageChanged: () => undefined })
    for (const method of Object.keys(INVOKE_CHANNELS) as ApiMethod[]) {
      if (method === 'getLaunchInfo' || method === 'saveSettings') continue
      expect(await (shell[method] as (a: unknown) => Promise<unknown>)({ probe: method })).toEqual({ ok: true, method })
    }
    expect(calls.map((c) => (c.args as { probe: string }).probe)).toEqual(calls.map((c) => c.method))
    expect(calls).toHaveLength(Object.keys(INVOKE_CHANNELS).length - 2)
  })
  it('marks the page ready on getLaunchInfo and adds the queued files once', async () => {
    const { api } = fakeApi(['/a/launch.vtt'])
    let queue = ['/a/launch.vtt', '/a/late.srt']
    let ready = 0
    const shell = withShellHooks(api, {
      rendererReady: () => (ready++, queue.splice(0)),
      languageChanged: () => undefined,
    })
    expect((await shell.getLaunchInfo({})).openFiles).toEqual(['/a/launch.vtt', '/a/late.srt'])
    queue = []
    expect((await shell.getLaunchInfo({})).openFiles).toEqual(['/a/launch.vtt'])
    expect(ready).toBe(2)
  })
  it('reports the settings language at launch and on save', async () => {
    const { api } = fakeApi([], 'cy')
    const seen: Array<string | undefined> = []
    const shell = withShellHooks(api, { rendererReady: () => [], languageChanged: (l) => seen.push(l) })
    await shell.getLaunchInfo({})
    await shell.saveSettings({ settings: { language: 'en' } })
    expect(seen).toEqual(['cy', 'en'])
  })

  it('reports opened and created projects (for File → Open recent), but not failed ones', async () => {
    const { api } = fakeApi([])
    const opened: string[] = []
    const shell = withShellHooks(
      {
        ...api,
        openProject: async (a) =>
          a.path.endsWith('bad.eglur') ? { ok: false, code: 'damaged-project' } : (api.openProject(a) as never),
      },
      { rendererReady: () => [], languageChanged: () => undefined, projectOpened: (p) => opened.push(p) },
    )
    await shell.openProject({ path: '/w/a.eglur' })
    await shell.openProject({ path: '/w/bad.eglur' })
    await shell.createProject({ path: '/w/b.eglur', project: {} as never })
    expect(opened).toEqual(['/w/a.eglur', '/w/b.eglur'])
  })
})
