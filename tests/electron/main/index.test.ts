import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ServiceHost } from '../../../electron/services/api/index'
import { mediaUrl } from '../../../electron/main/schemes'
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract'
import type { LaunchInfo } from '../../../shared/ipc/contract'
import { createFakeElectron } from '../../helpers/fake-electron'
import type { FakeElectron } from '../../helpers/fake-electron'

const holder = vi.hoisted(() => ({
  fake: undefined as unknown as FakeElectron,
  hosts: [] as ServiceHost[],
  disposed: 0,
}))
vi.mock('electron', async () => (await import('../../helpers/fake-electron')).delegatingModule(() => holder.fake))
// The services are another module's job (tested on their own); here they only record what main gives them.
vi.mock('../../../electron/services/api/index', async () => {
  const { checkArgs, isApiMethod } = await import('../../../shared/ipc/schemas')
  return {
    createCaptionServices(host: ServiceHost) {
      holder.hosts.push(host)
      const granted = new Set(host.launchFiles)
      const api = {
        getLaunchInfo: async () => ({
          mode: host.mode,
          platform: host.platform,
          appVersion: host.appVersion,
          systemLanguages: host.systemLanguages,
          openFiles: host.launchFiles,
          recent: [],
          settings: {},
        }),
        saveSettings: async ({ settings }: { settings: object }) => ({ ok: true, settings }),
      }
      return {
        api,
        access: {
          grant: (p: string) => granted.add(p),
          allows: (p: string) => granted.has(p),
          allowsRead: (p: string) => granted.has(p),
        },
        grantAndOpen: (paths: readonly string[]) => (paths.forEach((p) => granted.add(p)), paths),
        dispose: async () => void holder.disposed++,
      }
    },
    async dispatchApiCall(api: Record<string, (a: unknown) => Promise<unknown>>, method: string, raw: unknown) {
      if (!isApiMethod(method)) return { ok: false, code: 'invalid-request' }
      const checked = checkArgs(method, raw)
      return checked.ok ? api[method]!(checked.args) : { ok: false, code: 'invalid-request' }
    },
  }
})

const APP_PAGE = 'eglur-app://app/index.html'
const dir = mkdtempSync(path.join(os.tmpdir(), 'eglur-main-'))
const launchVideo = path.join(dir, 'launch talk #1.mp4')
writeFileSync(launchVideo, Buffer.alloc(5000, 7))
const originalArgv = process.argv
const originalPlatform = process.platform

/**
 * Main reads the recent list in the background once ready, then sets the menu again. The mocked
 * module hands every call to the newest fake, so that late call from the previous main would land
 * on the next test's fake (with its menu wired to the old window): wait for it before replacing.
 */
async function settlePreviousMain(): Promise<void> {
  const previous = holder.fake as FakeElectron | undefined
  const menusAfterReady = () =>
    previous?.calls.filter((c) => c.what === 'Menu.setApplicationMenu' && c.afterReady).length ?? 0
  for (const until = Date.now() + 5000; menusAfterReady() === 1 && Date.now() < until;)
    await new Promise((r) => setTimeout(r, 5))
}

async function startMain(options: { argv?: string[]; platform?: NodeJS.Platform; gotLock?: boolean } = {}) {
  await settlePreviousMain()
  holder.fake = createFakeElectron({ gotLock: options.gotLock ?? true, appPath: '/opt/eglur/app' })
  holder.hosts = []
  holder.disposed = 0
  process.argv = options.argv ?? ['/opt/Eglur/eglur', launchVideo, '--enable-logging']
  if (options.platform) Object.defineProperty(process, 'platform', { value: options.platform })
  vi.resetModules()
  await import('../../../electron/main/index')
  return holder.fake
}

const launchInfo = async (fake: FakeElectron) =>
  (await fake.invoke(INVOKE_CHANNELS.getLaunchInfo, APP_PAGE, {})) as LaunchInfo

beforeEach(() => vi.spyOn(process, 'cwd').mockReturnValue(dir))
afterEach(() => {
  process.argv = originalArgv
  Object.defineProperty(process, 'platform', { value: originalPlatform })
  vi.restoreAllMocks()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('before ready', () => {
  it('registers both privileged schemes exactly once, during import, before ready', async () => {
    const fake = await startMain()
    const registrations = fake.calls.filter((c) => c.what === 'protocol.registerSchemesAsPrivileged')
    expect(registrations).toHaveLength(1)
    expect(registrations[0]?.afterReady).toBe(false)
    const schemes = registrations[0]?.args[0] as Array<{ scheme: string; privileges: Record<string, boolean> }>
    expect(schemes.map((s) => s.scheme).sort()).toEqual(['eglur-app', 'eglur-media'])
    expect(schemes.find((s) => s.scheme === 'eglur-media')?.privileges).toMatchObject({
      standard: true,
      secure: true,
      stream: true,
      supportFetchAPI: true,
    })
    await fake.resolveReady()
    expect(fake.calls.filter((c) => c.what === 'protocol.registerSchemesAsPrivileged')).toHaveLength(1)
  })
  it('takes the single-instance lock with the launch files and listens for open-file before ready', async () => {
    const fake = await startMain()
    const lock = fake.calls.find((c) => c.what === 'app.requestSingleInstanceLock')
    expect(lock).toMatchObject({ afterReady: false, args: [{ files: [launchVideo] }] })
    const listeners = fake.calls.filter((c) => c.what === 'app.on' && !c.afterReady).map((c) => c.args[0])
    expect(listeners).toEqual(
      expect.arrayContaining(['open-file', 'second-instance', 'web-contents-created', 'before-quit']),
    )
    expect(fake.calls.find((c) => c.what === 'app.enableSandbox')?.afterReady).toBe(false)
    expect(fake.windows).toHaveLength(0)
  })
  it('quits without starting when another instance holds the lock', async () => {
    const fake = await startMain({ gotLock: false })
    expect(fake.calls.some((c) => c.what === 'app.quit')).toBe(true)
    expect(fake.calls.some((c) => c.what === 'app.on' && c.args[0] === 'open-file')).toBe(false)
    await fake.resolveReady()
    expect(fake.windows).toHaveLength(0)
  })
  it('never appends a sandbox-disabling switch', async () => {
    const fake = await startMain()
    for (const c of fake.calls.filter((c) => c.what === 'app.commandLine.appendSwitch'))
      expect(String(c.args[0])).not.toMatch(/sandbox/)
  })
})

describe('opening files', () => {
  it('delivers an open-file that arrived before ready to the first window', async () => {
    const fake = await startMain()
    let prevented = false
    fake.module.app.emit('open-file', { preventDefault: () => (prevented = true) }, '/Users/ann/Captions/early.srt')
    expect(prevented).toBe(true)
    await fake.resolveReady()
    expect(holder.hosts[0]?.launchFiles).toEqual([launchVideo, '/Users/ann/Captions/early.srt'])
    expect((await launchInfo(fake)).openFiles).toEqual([launchVideo, '/Users/ann/Captions/early.srt'])
  })
  it('queues files from a second instance until the page asks, then sends them as events', async () => {
    const fake = await startMain()
    await fake.resolveReady()
    const win = fake.windows[0]!
    fake.module.app.emit('second-instance', {}, ['/opt/Eglur/eglur', '--flag', 'queued.vtt'], '/home/b', {
      files: ['/home/b/queued.vtt'],
    })
    expect(win.webContents.sent).toEqual([])
    expect((await launchInfo(fake)).openFiles).toContain('/home/b/queued.vtt')
    fake.module.app.emit('second-instance', {}, ['/opt/Eglur/eglur', 'later.srt'], '/home/b', undefined)
    expect(win.webContents.sent).toEqual([{ channel: 'app:open-files', payload: { paths: ['/home/b/later.srt'] } }])
    expect(win.focused).toBeGreaterThan(0)
  })
  it('opens a new window for a file opened after the last window closed (macOS keeps running)', async () => {
    const fake = await startMain({ platform: 'darwin' })
    await fake.resolveReady()
    fake.windows[0]!.emit('closed')
    fake.module.app.emit('window-all-closed')
    expect(fake.calls.some((c) => c.what === 'app.quit')).toBe(false)
    fake.module.app.emit('open-file', { preventDefault: () => undefined }, '/Users/ann/late.vtt')
    expect(fake.windows).toHaveLength(2)
    expect((await launchInfo(fake)).openFiles).toContain('/Users/ann/late.vtt')
  })
  it('ignores second-instance arguments that are not files Eglur opens', async () => {
    const fake = await startMain()
    await fake.resolveReady()
    await launchInfo(fake)
    fake.module.app.emit('second-instance', {}, ['/opt/Eglur/eglur', '--inspect', '/etc/passwd'], '/', {
      files: ['/etc/shadow'],
    })
    expect(fake.windows[0]?.webContents.sent).toEqual([])
  })
})

describe('after ready', () => {
  it('opens one window on the app page with the built preload, shown when ready', async () => {
    const fake = await startMain()
    await fake.resolveReady()
    expect(fake.windows).toHaveLength(1)
    const win = fake.windows[0]!
    expect(win.loadedUrl).toBe(APP_PAGE)
    expect(win.options.webPreferences).toMatchObject({
      preload: path.join('/opt/eglur/app', 'out', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    expect(win.shown).toBe(false)
    win.emit('ready-to-show')
    expect(win.shown).toBe(true)
  })
  it('serves granted media with ranges and refuses the rest with 403', async () => {
    const fake = await startMain()
    await fake.resolveReady()
    const media = fake.protocolHandlers.get('eglur-media')!
    const ranged = await media(new Request(mediaUrl(launchVideo), { headers: { Range: 'bytes=100-199' } }))
    expect(ranged.status).toBe(206)
    expect(ranged.headers.get('content-range')).toBe('bytes 100-199/5000')
    expect((await media(new Request(mediaUrl(path.join(dir, 'other.mp4'))))).status).toBe(403)
    expect(fake.calls.filter((c) => c.what === 'protocol.handle').every((c) => c.afterReady)).toBe(true)
    expect(fake.protocolHandlers.has('eglur-app')).toBe(true)
  })
  it('refuses IPC from a frame that is not the app page', async () => {
    const fake = await startMain()
    await fake.resolveReady()
    expect(await fake.invoke(INVOKE_CHANNELS.getLaunchInfo, 'https://evil.example/', {})).toMatchObject({
      ok: false,
      code: 'not-allowed',
    })
  })
  it('hardens every webContents and denies permissions', async () => {
    const fake = await startMain()
    const stray = fake.newWebContents()
    fake.module.app.emit('web-contents-created', {}, stray)
    expect(stray.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(stray.navigate('https://example.org/')).toBe(true)
    await fake.resolveReady()
    const win = fake.windows[0]!
    expect(win.webContents.windowOpenHandler?.({ url: APP_PAGE })).toEqual({ action: 'deny' })
    expect(win.webContents.navigate('file:///etc/passwd')).toBe(true)
    expect(win.webContents.navigate(APP_PAGE)).toBe(false)
    let granted: boolean | undefined
    fake.defaultSession.permissionRequestHandler?.({}, 'media', (g) => (granted = g))
    expect(granted).toBe(false)
    expect(fake.defaultSession.permissionCheckHandler?.({}, 'clipboard-read')).toBe(false)
  })
  it('sets a menu whose commands reach the page, in the language saved in settings', async () => {
    const fake = await startMain()
    await fake.resolveReady()
    const template = fake.applicationMenu?.template as Array<{
      label: string
      submenu: Array<{ label?: string; click?: () => void }>
    }>
    expect(template[0]?.label).toBe('&File')
    template[0]?.submenu.find((i) => i.label === 'Save')?.click?.()
    expect(fake.windows[0]?.webContents.sent).toContainEqual({
      channel: 'app:menu-command',
      payload: { command: 'save' },
    })
    await fake.invoke(INVOKE_CHANNELS.saveSettings, APP_PAGE, { settings: { language: 'cy' } })
    expect((fake.applicationMenu?.template as Array<{ label: string }>)[0]?.label).toBe('&Ffeil')
  })
  it('sets spell-checker languages on Linux but never on macOS', async () => {
    const linux = await startMain({ platform: 'linux' })
    await linux.resolveReady()
    expect(linux.calls.some((c) => c.what === 'session.setSpellCheckerLanguages')).toBe(true)
    // The Linux instance reads its recent list in the background: let that settle before the next fake.
    await new Promise((r) => setTimeout(r, 100))
    const mac = await startMain({ platform: 'darwin' })
    await mac.resolveReady()
    mac.module.app.emit('open-file', { preventDefault: () => undefined }, '/Users/a/x.vtt')
    await mac.invoke(INVOKE_CHANNELS.saveSettings, APP_PAGE, { settings: { language: 'cy' } })
    expect(mac.calls.some((c) => c.what === 'session.setSpellCheckerLanguages')).toBe(false)
  })
  it('writes pending work before quitting', async () => {
    const fake = await startMain()
    await fake.resolveReady()
    let prevented = false
    fake.module.app.emit('before-quit', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(holder.disposed).toBe(1)
    expect(fake.calls.filter((c) => c.what === 'app.quit')).toHaveLength(1)
    fake.module.app.emit('before-quit', { preventDefault: () => (prevented = false) })
    expect(prevented).toBe(true)
  })
})
