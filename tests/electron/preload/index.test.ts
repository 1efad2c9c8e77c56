import { beforeEach, describe, expect, it, vi } from 'vitest'
import { INVOKE_CHANNELS, MAIN_EVENTS } from '../../../shared/ipc/contract'
import type { CaptionBridge, MainEventName } from '../../../shared/ipc/contract'
import { createFakeElectron } from '../../helpers/fake-electron'
import type { FakeElectron } from '../../helpers/fake-electron'

const holder = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', async () => (await import('../../helpers/fake-electron')).delegatingModule(() => holder.fake))

let api: CaptionBridge

beforeEach(async () => {
  holder.fake = createFakeElectron()
  vi.resetModules()
  await import('../../../electron/preload/index')
  api = holder.fake.exposed.get('captionApi') as CaptionBridge
})

describe('the preload', () => {
  it('exposes exactly one object, captionApi, with one function per method plus on and pathForFile', () => {
    expect([...holder.fake.exposed.keys()]).toEqual(['captionApi'])
    expect(Object.keys(api).sort()).toEqual([...Object.keys(INVOKE_CHANNELS), 'on', 'pathForFile'].sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('calls each method on its own channel with its single argument', async () => {
    holder.fake.answerInvoke((channel) => ({ ok: true, channel }))
    for (const [method, channel] of Object.entries(INVOKE_CHANNELS)) {
      const args = { probe: method }
      const answer = await (api[method as keyof typeof INVOKE_CHANNELS] as (a: unknown) => Promise<unknown>)(args)
      expect(answer).toEqual({ ok: true, channel })
      expect(holder.fake.invoked.at(-1)).toEqual({ channel, args: [args] })
    }
    expect(holder.fake.invoked).toHaveLength(Object.keys(INVOKE_CHANNELS).length)
  })

  it('delivers event payloads without the IpcRendererEvent, and unsubscribes', () => {
    for (const event of MAIN_EVENTS) {
      const seen: unknown[][] = []
      const off = api.on(event, (...args: unknown[]) => seen.push(args))
      holder.fake.emitToRenderer(event, { n: 1 })
      off()
      holder.fake.emitToRenderer(event, { n: 2 })
      expect(seen).toEqual([[{ n: 1 }]])
      expect(holder.fake.rendererListenerCount(event)).toBe(0)
    }
  })

  it('refuses to subscribe to channels that are not contract events', () => {
    for (const name of ['app:get-launch-info', 'ELECTRON_BROWSER_WINDOW_ALERT', 'app:evil', '']) {
      expect(() => api.on(name as MainEventName, () => undefined)).toThrow(TypeError)
      expect(holder.fake.rendererListenerCount(name)).toBe(0)
    }
  })

  it('turns a dropped File into its path, and anything else into an empty string', () => {
    expect(api.pathForFile({ fakePath: '/home/a/talk.mp4' })).toBe('/home/a/talk.mp4')
    holder.fake.module.webUtils.getPathForFile = () => {
      throw new TypeError('Not a File')
    }
    expect(api.pathForFile({})).toBe('')
  })
})
