/**
 * The editor window. Its options are a pure function so the security settings are tested: isolated,
 * sandboxed, no Node, web security on (Electron security checklist §2–§6), and shown only once
 * painted so it does not flash white.
 */

import path from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'

/** Where the built app lives: the preload bundle and the renderer build. */
export type AppPaths = Readonly<{ preload: string; rendererDir: string }>

/** The build output under the app's root (`app.getAppPath()`, the folder of package.json or app.asar). */
export function appPaths(appRoot: string): AppPaths {
  return {
    preload: path.join(appRoot, 'out', 'preload', 'index.cjs'),
    rendererDir: path.join(appRoot, 'out', 'renderer'),
  }
}

/** Where the sample project is: beside the app in a package (extraResources), in assets/ in development. */
export function sampleProjectPath(
  where: Readonly<{ isPackaged: boolean; resourcesPath: string; appRoot: string }>,
): string {
  return where.isPackaged
    ? path.join(where.resourcesPath, 'sample', 'sample.eglur')
    : path.join(where.appRoot, 'assets', 'sample', 'sample.eglur')
}

/** The window's look: dark follows the system theme, so the first paint matches the app's. */
export type WindowLook = Readonly<{ dark: boolean }>

/** BrowserWindow options for the editor. */
export function windowOptions(paths: AppPaths, look: WindowLook = { dark: false }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Eglur',
    show: false,
    backgroundColor: look.dark ? '#1b1d21' : '#ffffff',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Middle-click would open links as new windows; the open handler denies them, this stops the event.
      disableBlinkFeatures: 'Auxclick',
      // Electron's default plays without a gesture, unlike the Chromium the UI is tested in: be explicit.
      autoplayPolicy: 'document-user-activation-required',
    },
  }
}
