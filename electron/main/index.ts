/**
 * The Electron main entry (built to out/main/index.cjs). Everything that must happen before `ready`
 * runs synchronously at the top level of this module, because Electron reads them only then: privileged schemes,
 * the sandbox, the single-instance lock, `open-file`, and the hardening of every webContents.
 * After `ready`: the services, both protocols, IPC, the menu and the window.
 */

import { existsSync } from 'node:fs'
import path from 'node:path'
import { app, BrowserWindow, dialog, Menu, nativeTheme, protocol, session, shell } from 'electron'
import { createCaptionServices } from '../services/api/index'
import type { CaptionServices } from '../services/api/index'
import { serveFile } from '../services/media/range'
import { readRecent } from '../services/settings-store'
import type { RecentProject } from '../../shared/ipc/contract'
import { createAppHandler } from './app-protocol'
import { buildContextMenuTemplate, spellCheckerLanguages } from './context-menu'
import { createDialogs } from './dialogs'
import { registerIpcHandlers, sendEvent } from './ipc'
import { linuxSwitches } from './linux-switches'
import { createMediaHandler } from './media-protocol'
import { buildMenuTemplate } from './menu'
import { menuLanguage, menuStringsFor } from './menu-strings'
import type { MenuStrings } from './menu-strings'
import { extractOpenPaths, filesFromAdditionalData, isOpenablePath } from './open-paths'
import { APP_SCHEME, APP_START_URL, MEDIA_SCHEME, PRIVILEGED_SCHEMES, mediaUrl } from './schemes'
import { denyAllPermissions, hardenWebContents, isSafeExternalUrl } from './security'
import { withShellHooks } from './shell-hooks'
import { appPaths, sampleProjectPath, windowOptions } from './window'

// ---- Before ready (synchronously, at import) ----
protocol.registerSchemesAsPrivileged([...PRIVILEGED_SCHEMES])
app.enableSandbox()
for (const s of linuxSwitches(process.platform, process.env)) app.commandLine.appendSwitch(s.name, s.value)

const platform = process.platform
const launchPaths = extractOpenPaths(process.argv, {
  defaultApp: process.defaultApp === true,
  platform,
  cwd: process.cwd(),
})

let services: CaptionServices | undefined
let mainWindow: BrowserWindow | undefined
/** Paths waiting for the services (before ready) or for the page to listen (before getLaunchInfo). */
const queued: string[] = [...launchPaths]
let pageListening = false
let language: string | undefined
let disposed = false

const QUIT_FLUSH_TIMEOUT_MS = 10_000

const strings = (): MenuStrings => menuStringsFor(language, app.getLocale())

function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url)
}

/** Files to open from the desktop: granted, then sent to a listening page, else queued for its launch info. */
function openPaths(paths: readonly string[]): void {
  const wanted = paths.filter(isOpenablePath)
  if (wanted.length === 0) return
  if (services === undefined || !pageListening || mainWindow === undefined) {
    queued.push(...wanted.filter((p) => !queued.includes(p)))
    if (services) services.grantAndOpen(wanted)
  } else {
    sendEvent(mainWindow.webContents, 'app:open-files', { paths: services.grantAndOpen(wanted) })
  }
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  } else if (services) {
    // macOS keeps running without windows: a file opened from the Finder then needs a new one.
    createWindow()
  }
}

if (!app.requestSingleInstanceLock({ files: launchPaths })) {
  app.quit()
} else {
  // macOS sends open-file possibly before ready: the listener must exist from the start.
  app.on('open-file', (event, file) => {
    event.preventDefault()
    openPaths([file])
  })
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    openPaths(
      filesFromAdditionalData(additionalData) ??
        extractOpenPaths(argv, { defaultApp: process.defaultApp === true, platform, cwd: workingDirectory }),
    )
    if (mainWindow === undefined && services !== undefined) createWindow()
  })
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { openExternal })
    denyAllPermissions(contents.session)
    contents.on('context-menu', (_e, params) => {
      const template = buildContextMenuTemplate(params, strings(), {
        replace: (word) => contents.replaceMisspelling(word),
        addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
      })
      if (template.length > 0) Menu.buildFromTemplate(template).popup()
    })
  })
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (mainWindow === undefined && app.isReady()) createWindow()
  })
  app.on('before-quit', (event) => {
    // Pending edits are written before the process ends: nothing typed is lost on quit.
    if (disposed || services === undefined) return
    event.preventDefault()
    disposed = true
    // Bounded, so a hung disk cannot keep the app from quitting (the journal already holds the edits).
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, QUIT_FLUSH_TIMEOUT_MS)))
    void Promise.race([services.dispose().catch(() => undefined), timeout]).finally(() => {
      clearTimeout(timer)
      app.quit()
    })
  })
  void app.whenReady().then(onReady)
}

function onReady(): void {
  denyAllPermissions(session.defaultSession)
  const sample = sampleProjectPath({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot: app.getAppPath(),
  })
  services = createCaptionServices({
    mode: 'desktop',
    appVersion: app.getVersion(),
    platform,
    systemLanguages: app.getPreferredSystemLanguages(),
    dataDir: app.getPath('userData'),
    launchFiles: queued.splice(0),
    ...(existsSync(sample) ? { sampleProjectPath: sample } : {}),
    mediaUrl,
    emit: (event, payload) => sendEvent(mainWindow?.webContents, event, payload),
    dialogs: createDialogs(dialog, () => mainWindow, strings),
    openExternal: async (url) => openExternal(url),
  })
  const access = services.access
  protocol.handle(
    MEDIA_SCHEME,
    createMediaHandler({ allows: (p) => access.allowsRead(p), serveFile: (p, request) => serveFile(p, request) }),
  )
  protocol.handle(APP_SCHEME, createAppHandler(appPaths(app.getAppPath()).rendererDir))
  registerIpcHandlers(
    withShellHooks(services.api, {
      rendererReady: () => {
        pageListening = true
        return queued.splice(0)
      },
      projectOpened: (project) => {
        app.addRecentDocument(project)
        void refreshRecent()
      },
      languageChanged: (next) => {
        if (next !== language) {
          language = next
          applyLanguage()
        }
      },
    }),
  )
  applyLanguage()
  void refreshRecent()
  createWindow()
}

let recent: readonly RecentProject[] = []

/** File → Open recent follows the recent list the start screen shows. */
async function refreshRecent(): Promise<void> {
  recent = await readRecent(path.join(app.getPath('userData'), 'recent.json')).catch(() => [])
  applyLanguage()
}

/** Menus and spell-checking follow the UI language. */
function applyLanguage(): void {
  const template = buildMenuTemplate(strings(), platform, (command) => menuCommand(command), {
    isPackaged: app.isPackaged,
    appName: app.getName(),
    recent,
    openRecent: (p) => openPaths([p]),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  const spelling = spellCheckerLanguages(
    platform,
    menuLanguage(language, app.getLocale()),
    session.defaultSession.availableSpellCheckerLanguages,
  )
  if (spelling !== undefined && spelling.length > 0) session.defaultSession.setSpellCheckerLanguages(spelling)
}

function menuCommand(command: Parameters<Parameters<typeof buildMenuTemplate>[2]>[0]): void {
  if (mainWindow === undefined) createWindow()
  sendEvent(mainWindow?.webContents, 'app:menu-command', { command })
}

function createWindow(): void {
  const options = windowOptions(appPaths(app.getAppPath()), { dark: nativeTheme.shouldUseDarkColors })
  // The security flags are restated where the window is made, so no refactor of windowOptions can
  // drop them and the security audit (which reads this call) sees them.
  const win = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false },
  })
  mainWindow = win
  pageListening = false
  win.once('ready-to-show', () => win.show())
  // A reload starts a new page that must ask for its launch info before it gets events.
  win.webContents.on('did-start-loading', () => {
    pageListening = false
  })
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined
  })
  void win.loadURL(APP_START_URL)
}
