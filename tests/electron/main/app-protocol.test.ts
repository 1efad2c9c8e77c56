import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createAppHandler, DESKTOP_CSP, withDesktopCsp } from '../../../electron/main/app-protocol'

const root = mkdtempSync(path.join(os.tmpdir(), 'eglur-app-'))
const renderer = path.join(root, 'renderer')
mkdirSync(path.join(renderer, 'assets'), { recursive: true })
const browserModeHtml = `<!doctype html><html><head><meta charset="utf-8" /><meta http-equiv="Content-Security-Policy" content="default-src 'self'; media-src 'self' blob:" /></head><body><script type="module" src="./assets/index-abc.js"></script></body></html>`
writeFileSync(path.join(renderer, 'index.html'), browserModeHtml)
writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), 'console.log(1)')
writeFileSync(path.join(root, 'secret.txt'), 'not for the page')
afterAll(() => rmSync(root, { recursive: true, force: true }))

const handler = createAppHandler(renderer)
const get = (url: string, init?: RequestInit) => handler(new Request(url, init))

describe('the eglur-app handler', () => {
  it('serves index.html with the desktop policy as header and as its only meta policy', async () => {
    const response = await get('eglur-app://app/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('content-security-policy')).toBe(DESKTOP_CSP)
    const html = await response.text()
    const metas = html.match(/http-equiv="Content-Security-Policy"/g) ?? []
    expect(metas).toHaveLength(1)
    expect(html).toContain(`content="${DESKTOP_CSP}"`)
    expect(html).toContain('./assets/index-abc.js')
  })
  it('serves the root as index.html and scripts as JavaScript', async () => {
    expect(await (await get('eglur-app://app/')).text()).toContain('index-abc.js')
    const script = await get('eglur-app://app/assets/index-abc.js')
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(script.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await script.text()).toBe('console.log(1)')
  })
  it('never leaves the renderer folder and answers only its own host', async () => {
    for (const url of [
      'eglur-app://app/..%2Fsecret.txt',
      'eglur-app://app/%2E%2E/secret.txt',
      'eglur-app://app/assets/..%2F..%2Fsecret.txt',
      'eglur-app://other/index.html',
      'eglur-app://app/missing.js',
      'eglur-app://app/%00.html',
    ]) {
      expect((await get(url)).status, url).toBe(404)
    }
  })
  it('refuses writes', async () => {
    expect((await get('eglur-app://app/index.html', { method: 'POST', body: 'x' })).status).toBe(405)
  })
})

describe('DESKTOP_CSP', () => {
  const directive = (name: string) =>
    DESKTOP_CSP.split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? ''
  it('allows media from the media scheme, no eval and no remote scripts', () => {
    expect(directive('media-src').split(' ')).toContain('eglur-media:')
    expect(DESKTOP_CSP).not.toContain('unsafe-eval')
    expect(directive('script-src')).toBe("script-src 'self'")
    expect(DESKTOP_CSP).not.toMatch(/https?:/)
    expect(directive('object-src')).toBe("object-src 'none'")
  })
  it('adds a meta policy to a page that has none', () => {
    expect(withDesktopCsp('<html><head><title>x</title></head></html>')).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${DESKTOP_CSP}" />`,
    )
  })
})
