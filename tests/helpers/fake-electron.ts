/**
 * A recording stand-in for the `electron` module, for main and preload tests (the real module
 * throws outside the Electron binary). Every call worth asserting is recorded in order in `calls`,
 * `whenReady()` resolves only when the test calls `resolveReady()`, and windows emit
 * `web-contents-created` like the real app does. Use it with `vi.mock('electron', () => fake)` or,
 * for a built bundle, by answering `require('electron')` with it. Longer than most files because
 * one fake serves main, preload and the built-bundle tests alike.
 */

import { EventEmitter } from 'node:events'

type Listener = (...args: any[]) => void // eslint-disable-line @typescript-eslint/no-explicit-any -- listeners of any event

/** A small event emitter with the methods Electron's objects share (named, so declarations can refer to it). */
export class FakeEmitter {
  readonly events = new EventEmitter()
  on(event: string, listener: Listener): this {
    this.events.on(event, listener)
    return this
  }
  once(event: string, listener: Listener): this {
    this.events.once(event, listener)
    return this
  }
  removeListener(event: string, listener: Listener): this {
    this.events.removeListener(event, listener)
    return this
  }
  emit(event: string, ...args: unknown[]): boolean {
    return this.events.emit(event, ...args)
  }
  listenerCount(event: string): number {
    return this.events.listenerCount(event)
  }
}

/** One recorded call, in the order it happened, with whether `ready` had fired by then. */
export type FakeCall = Readonly<{ what: string; args: readonly unknown[]; afterReady: boolean }>

/** Options for {@link createFakeElectron}. */
export type FakeElectronOptions = Readonly<{
  gotLock?: boolean
  isPackaged?: boolean
  locale?: string
  appPath?: string
  userData?: string
  availableSpellCheckerLanguages?: readonly string[]
}>

type ProtocolHandler = (request: Request) => Promise<Response> | Response
type IpcHandler = (event: unknown, ...args: unknown[]) => unknown

/** Builds a fresh fake `electron` module. */
export function createFakeElectron(options: FakeElectronOptions = {}) {
  const calls: FakeCall[] = []
  let ready = false
  let resolveReadyPromise: () => void = () => undefined
  const readyPromise = new Promise<void>((resolve) => {
    resolveReadyPromise = resolve
  })
  const record = (what: string, ...args: unknown[]) => calls.push({ what, args, afterReady: ready })

  class FakeSession extends FakeEmitter {
    permissionRequestHandler:
      ((wc: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void) | undefined
    permissionCheckHandler:
      ((wc: unknown, permission: string, origin?: string, details?: unknown) => boolean) | undefined
    availableSpellCheckerLanguages = [...(options.availableSpellCheckerLanguages ?? ['en-GB', 'en-US', 'cy'])]
    spellCheckerLanguages: string[] = []
    dictionaryWords: string[] = []
    setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
      record('session.setPermissionRequestHandler')
      this.permissionRequestHandler = handler
    }
    setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
      record('session.setPermissionCheckHandler')
      this.permissionCheckHandler = handler
    }
    setSpellCheckerLanguages(languages: string[]) {
      record('session.setSpellCheckerLanguages', languages)
      this.spellCheckerLanguages = languages
    }
    addWordToSpellCheckerDictionary(word: string) {
      this.dictionaryWords.push(word)
      return true
    }
  }
  const defaultSession = new FakeSession()

  let nextId = 1
  class FakeWebContents extends FakeEmitter {
    readonly id = nextId++
    readonly session = defaultSession
    readonly sent: Array<{ channel: string; payload: unknown }> = []
    readonly replaced: string[] = []
    windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined
    url = ''
    destroyed = false
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload })
    }
    setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
      this.windowOpenHandler = handler
    }
    isDestroyed() {
      return this.destroyed
    }
    getURL() {
      return this.url
    }
    replaceMisspelling(word: string) {
      this.replaced.push(word)
    }
    /** Emits `will-navigate` as Chromium would; true when a listener prevented it. */
    navigate(url: string): boolean {
      let prevented = false
      this.emit('will-navigate', { preventDefault: () => (prevented = true), url }, url)
      return prevented
    }
  }

  const app = Object.assign(new FakeEmitter(), {
    isPackaged: options.isPackaged ?? false,
    commandLine: {
      appendSwitch: (name: string, value?: string) => record('app.commandLine.appendSwitch', name, value),
    },
    whenReady: () => {
      record('app.whenReady')
      return readyPromise
    },
    isReady: () => ready,
    requestSingleInstanceLock: (data?: unknown) => {
      record('app.requestSingleInstanceLock', data)
      return options.gotLock ?? true
    },
    quit: () => record('app.quit'),
    addRecentDocument: (file: string) => record('app.addRecentDocument', file),
    enableSandbox: () => record('app.enableSandbox'),
    getPath: (name: string) =>
      name === 'userData' ? (options.userData ?? '/tmp/eglur-fake-user-data') : `/tmp/eglur-fake-${name}`,
    getAppPath: () => options.appPath ?? process.cwd(),
    getVersion: () => '0.0.0-test',
    getName: () => 'Eglur',
    getLocale: () => options.locale ?? 'en-GB',
    getPreferredSystemLanguages: () => [options.locale ?? 'en-GB'],
  })
  const appOn = app.on.bind(app)
  app.on = (event: string, listener: Listener) => {
    record('app.on', event)
    return appOn(event, listener)
  }

  const protocolHandlers = new Map<string, ProtocolHandler>()
  const protocol = {
    registerSchemesAsPrivileged: (schemes: unknown) => record('protocol.registerSchemesAsPrivileged', schemes),
    handle: (scheme: string, handler: ProtocolHandler) => {
      record('protocol.handle', scheme)
      protocolHandlers.set(scheme, handler)
    },
  }

  const windows: FakeBrowserWindow[] = []
  class FakeBrowserWindow extends FakeEmitter {
    readonly webContents = new FakeWebContents()
    loadedUrl: string | undefined
    shown = false
    focused = 0
    constructor(readonly options: Record<string, unknown>) {
      super()
      record('new BrowserWindow', options)
      windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    loadURL(url: string) {
      this.loadedUrl = url
      this.webContents.url = url
      return Promise.resolve()
    }
    show() {
      this.shown = true
    }
    focus() {
      this.focused++
    }
    isMinimized() {
      return false
    }
    restore() {}
    isDestroyed() {
      return false
    }
    static getAllWindows() {
      return [...windows]
    }
  }

  const ipcHandlers = new Map<string, IpcHandler>()
  const ipcMain = {
    handle: (channel: string, handler: IpcHandler) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      ipcHandlers.set(channel, handler)
    },
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  }

  const dialogAnswers = { open: { canceled: true, filePaths: [] as string[] }, save: { canceled: true, filePath: '' } }
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => (record('dialog.showOpenDialog', ...args), dialogAnswers.open),
    showSaveDialog: async (...args: unknown[]) => (record('dialog.showSaveDialog', ...args), dialogAnswers.save),
  }

  const menus: Array<{ template: unknown[]; popups: number }> = []
  let applicationMenu: { template: unknown[] } | undefined
  const Menu = {
    buildFromTemplate: (template: unknown[]) => {
      const menu = {
        template,
        popups: 0,
        popup() {
          this.popups++
        },
      }
      menus.push(menu)
      return menu
    },
    setApplicationMenu: (menu: { template: unknown[] } | null) => {
      record('Menu.setApplicationMenu')
      applicationMenu = menu ?? undefined
    },
  }

  const opened: string[] = []
  const shell = { openExternal: async (url: string) => void opened.push(url) }
  const nativeTheme = { shouldUseDarkColors: false }

  const exposed = new Map<string, unknown>()
  const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) }
  const rendererEvents = new FakeEmitter()
  const invoked: Array<{ channel: string; args: unknown[] }> = []
  let invokeAnswer: (channel: string, args: unknown[]) => unknown = () => ({ ok: true })
  const ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]) => (
      invoked.push({ channel, args }),
      invokeAnswer(channel, args)
    ),
    on: (channel: string, listener: (...args: unknown[]) => void) => (
      rendererEvents.on(channel, listener),
      ipcRenderer
    ),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => (
      rendererEvents.removeListener(channel, listener),
      ipcRenderer
    ),
  }
  const webUtils = { getPathForFile: (file: unknown) => (file as { fakePath?: string }).fakePath ?? '' }

  /** The module as `require('electron')` / `import … from 'electron'` sees it. */
  const module = {
    app,
    protocol,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    dialog,
    Menu,
    shell,
    session: { defaultSession },
    nativeTheme,
    contextBridge,
    ipcRenderer,
    webUtils,
  }

  return {
    module,
    calls,
    windows,
    protocolHandlers,
    ipcHandlers,
    dialogAnswers,
    menus,
    get applicationMenu() {
      return applicationMenu
    },
    opened,
    exposed,
    invoked,
    defaultSession,
    /** Fires `ready`: resolves `whenReady()` and emits the event. */
    async resolveReady() {
      ready = true
      app.emit('ready')
      resolveReadyPromise()
      await new Promise((resolve) => setTimeout(resolve, 0))
    },
    /** Calls a registered IPC handler as a frame showing `senderUrl` would. */
    async invoke(channel: string, senderUrl: string | null, ...args: unknown[]) {
      const handler = ipcHandlers.get(channel)
      if (!handler) throw new Error(`no handler for ${channel}`)
      return handler(
        { senderFrame: senderUrl === null ? null : { url: senderUrl }, sender: windows[0]?.webContents },
        ...args,
      )
    },
    /** Sets what `ipcRenderer.invoke` answers. */
    answerInvoke(answer: (channel: string, args: unknown[]) => unknown) {
      invokeAnswer = answer
    },
    /** Emits a main → renderer message to the preload's listeners, with a fake IpcRendererEvent first. */
    emitToRenderer(channel: string, payload: unknown) {
      rendererEvents.emit(channel, { sender: ipcRenderer, senderId: 0 }, payload)
    },
    rendererListenerCount: (channel: string) => rendererEvents.listenerCount(channel),
    newWebContents: () => new FakeWebContents(),
  }
}

/** The fake's type. */
export type FakeElectron = ReturnType<typeof createFakeElectron>

/**
 * A stable `electron` module for `vi.mock` whose exports always read from the current fake, since
 * vitest caches a mock factory's result across `vi.resetModules()`.
 */
export function delegatingModule(current: () => FakeElectron): FakeElectron['module'] {
  const keys = Object.keys(createFakeElectron().module) as Array<keyof FakeElectron['module']>
  const module = {} as FakeElectron['module']
  for (const key of keys) Object.defineProperty(module, key, { enumerable: true, get: () => current().module[key] })
  return module
}
