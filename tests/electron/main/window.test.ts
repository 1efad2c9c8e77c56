import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { appPaths, sampleProjectPath, windowOptions } from '../../../electron/main/window'

describe('windowOptions', () => {
  const paths = appPaths('/opt/eglur/resources/app.asar')
  const options = windowOptions(paths)
  it('isolates, sandboxes and keeps Node out of the page', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    })
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
  })
  it('uses the built CommonJS preload and spell-checks', () => {
    expect(options.webPreferences?.preload).toBe(
      path.join('/opt/eglur/resources/app.asar', 'out', 'preload', 'index.cjs'),
    )
    expect(options.webPreferences?.spellcheck).toBe(true)
  })
  it('sets the autoplay policy explicitly', () => {
    expect(options.webPreferences?.autoplayPolicy).toBe('document-user-activation-required')
  })
  it('waits for ready-to-show, with a background matching the theme', () => {
    expect(options.show).toBe(false)
    expect(windowOptions(paths, { dark: true }).backgroundColor).not.toBe(
      windowOptions(paths, { dark: false }).backgroundColor,
    )
  })
  it('puts the renderer build beside the preload', () => {
    expect(paths.rendererDir).toBe(path.join('/opt/eglur/resources/app.asar', 'out', 'renderer'))
  })
})

describe('sampleProjectPath', () => {
  it('is in the resources folder when packaged (extraResources) and in assets/ in development', () => {
    const where = { resourcesPath: '/opt/Eglur/resources', appRoot: '/home/dev/eglur' }
    expect(sampleProjectPath({ ...where, isPackaged: true })).toBe(
      path.join('/opt/Eglur/resources', 'sample', 'sample.eglur'),
    )
    expect(sampleProjectPath({ ...where, isPackaged: false })).toBe(
      path.join('/home/dev/eglur', 'assets', 'sample', 'sample.eglur'),
    )
  })
})
