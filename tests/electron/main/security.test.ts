import { describe, expect, it } from 'vitest'
import { denyAllPermissions, hardenWebContents, isSafeExternalUrl } from '../../../electron/main/security'
import { createFakeElectron } from '../../helpers/fake-electron'
import type { WebContents } from 'electron'

function hardened() {
  const fake = createFakeElectron()
  const contents = fake.newWebContents()
  const opened: string[] = []
  hardenWebContents(contents as unknown as WebContents, { openExternal: (url) => opened.push(url) })
  return { contents, opened }
}

describe('hardenWebContents', () => {
  it('denies every window.open, and hands only http(s) links to the system browser', () => {
    const { contents, opened } = hardened()
    for (const url of [
      'https://example.org/help',
      'http://example.org/',
      'file:///etc/passwd',
      'eglur-app://app/index.html',
      'javascript:alert(1)',
      'https://user:pw@example.org/',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
    expect(opened).toEqual(['https://example.org/help', 'http://example.org/'])
  })
  it('blocks navigation off the app origin and allows the app itself', () => {
    const { contents, opened } = hardened()
    expect(contents.navigate('eglur-app://app/index.html')).toBe(false)
    for (const url of [
      'https://evil.example/',
      'file:///home/a/x.html',
      'eglur-media://local/%2Fx.mp4',
      'eglur-app://app.evil/',
      'eglur-appx://app/',
    ]) {
      expect(contents.navigate(url), url).toBe(true)
    }
    expect(opened).toEqual(['https://evil.example/'])
  })
  it('blocks redirects off the app and refuses <webview>', () => {
    const { contents } = hardened()
    let prevented = 0
    contents.emit('will-redirect', { preventDefault: () => prevented++ }, 'https://evil.example/')
    contents.emit('will-redirect', { preventDefault: () => prevented++ }, 'eglur-app://app/index.html')
    contents.emit('will-attach-webview', { preventDefault: () => prevented++ })
    expect(prevented).toBe(2)
  })
})

describe('denyAllPermissions', () => {
  it('refuses every request and check', () => {
    const fake = createFakeElectron()
    denyAllPermissions(fake.defaultSession as never)
    for (const permission of [
      'media',
      'notifications',
      'fileSystem',
      'clipboard-read',
      'geolocation',
      'openExternal',
    ]) {
      let answer: boolean | undefined
      fake.defaultSession.permissionRequestHandler?.({}, permission, (granted) => (answer = granted))
      expect(answer, permission).toBe(false)
      expect(fake.defaultSession.permissionCheckHandler?.({}, permission, 'eglur-app://app')).toBe(false)
    }
  })
})

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://example.org/a?b', true],
    ['http://example.org', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['javascript:alert(1)', false],
    ['https://a:b@example.org', false],
    ['not a url', false],
  ])('%s → %s', (url, safe) => expect(isSafeExternalUrl(url)).toBe(safe))
})
