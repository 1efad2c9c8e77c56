import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { INVOKE_CHANNELS, MAIN_EVENTS } from '../../../shared/ipc/contract'
import type { ApiMethod, CaptionApi, MainEventName } from '../../../shared/ipc/contract'
import { createFakeElectron } from '../../helpers/fake-electron'
import type { FakeElectron } from '../../helpers/fake-electron'

type IpcModule = typeof import('../../../electron/main/ipc') // eslint-disable-line @typescript-eslint/consistent-type-imports -- the module is imported afresh per test

const holder = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', async () => (await import('../../helpers/fake-electron')).delegatingModule(() => holder.fake))

const APP_PAGE = 'eglur-app://app/index.html'
const METHODS = Object.keys(INVOKE_CHANNELS) as ApiMethod[]

// Every schema is a strict object, so none of these is a valid argument for any method.
const JUNK: readonly unknown[] = [
  undefined,
  null,
  42,
  'app:get-launch-info',
  [],
  [{}],
  { unexpected: true },
  { path: 7, mediaPath: 7, purpose: 'x', kind: 'x', settings: 'x', url: 'file:///etc/passwd', extra: 1 },
  { ['__proto__']: { polluted: true } },
]

// Valid arguments, one per method, to prove refusals come from the sender check.
const VALID: { [M in ApiMethod]?: unknown } = {
  getLaunchInfo: {},
  readCaptionFile: { path: '/home/a/talk.vtt' },
  chooseFiles: { purpose: 'media' },
  openExternal: { url: 'https://example.org/' },
  saveSettings: { settings: { language: 'cy' } },
}

function recordingApi() {
  const called: string[] = []
  const api = Object.fromEntries(
    METHODS.map((m) => [m, async () => (called.push(m), { ok: true, from: m })]),
  ) as unknown as CaptionApi
  return { api, called }
}

describe('registerIpcHandlers', () => {
  let ipc: IpcModule
  let called: string[]
  beforeEach(async () => {
    holder.fake = createFakeElectron()
    vi.resetModules()
    ipc = await import('../../../electron/main/ipc')
    const made = recordingApi()
    called = made.called
    ipc.registerIpcHandlers(made.api)
  })

  it('registers exactly the contract channels', () => {
    expect([...holder.fake.ipcHandlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort())
  })

  for (const method of METHODS) {
    it(`${INVOKE_CHANNELS[method]} refuses every malformed payload before the service runs`, async () => {
      for (const junk of JUNK) {
        const answer = await holder.fake.invoke(INVOKE_CHANNELS[method], APP_PAGE, junk)
        expect(answer, JSON.stringify(junk) ?? String(junk)).toMatchObject({ ok: false, code: 'invalid-request' })
      }
      expect(
        await holder.fake.invoke(INVOKE_CHANNELS[method], APP_PAGE, VALID[method] ?? {}, 'second argument'),
      ).toMatchObject({ ok: false, code: 'invalid-request' })
      expect(called).toEqual([])
    })
    it(`${INVOKE_CHANNELS[method]} refuses callers that are not the app's page`, async () => {
      for (const sender of [
        null,
        'https://evil.example/',
        'file:///opt/eglur/out/renderer/index.html',
        'eglur-app://app.evil.example/',
        'eglur-appx://app/',
        'eglur-media://local/x',
        'devtools://devtools/bundled/x.html',
        '',
      ]) {
        expect(await holder.fake.invoke(INVOKE_CHANNELS[method], sender, VALID[method] ?? {})).toEqual(ipc.NOT_ALLOWED)
      }
      expect(called).toEqual([])
    })
  }

  it('hands valid calls from the app page to the service', async () => {
    for (const method of Object.keys(VALID) as ApiMethod[]) {
      expect(await holder.fake.invoke(INVOKE_CHANNELS[method], APP_PAGE, VALID[method])).toEqual({
        ok: true,
        from: method,
      })
    }
    expect(called).toEqual(Object.keys(VALID))
  })

  it('removes every handler when asked', async () => {
    holder.fake = createFakeElectron()
    vi.resetModules()
    const fresh = await import('../../../electron/main/ipc')
    const remove = fresh.registerIpcHandlers(recordingApi().api)
    remove()
    expect(holder.fake.ipcHandlers.size).toBe(0)
  })
})

describe('sendEvent', () => {
  it('sends contract events only, and only to a live page', async () => {
    holder.fake = createFakeElectron()
    vi.resetModules()
    const { sendEvent } = await import('../../../electron/main/ipc')
    const contents = holder.fake.newWebContents()
    const page = contents as unknown as WebContents
    for (const event of MAIN_EVENTS) expect(sendEvent(page, event, { command: 'save' } as never)).toBe(true)
    expect(sendEvent(page, 'app:evil' as MainEventName, {} as never)).toBe(false)
    expect(sendEvent(undefined, 'app:menu-command', { command: 'save' })).toBe(false)
    contents.destroyed = true
    expect(sendEvent(page, 'app:menu-command', { command: 'save' })).toBe(false)
    expect(contents.sent.map((s) => s.channel)).toEqual([...MAIN_EVENTS])
  })
})
