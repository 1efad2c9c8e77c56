/**
 * Tests on the BUILT app (out/), because nobody here can launch the real window: the classic
 * launch failures (a preload that cannot load, a missing page, a module missing from the package,
 * Node leaking into the renderer) only show in the bundles. Builds first when out/ is missing or
 * older than the sources.
 */

import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import * as acorn from 'acorn'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract'
import { createFakeElectron } from '../../helpers/fake-electron'
import type { FakeElectron } from '../../helpers/fake-electron'

const root = path.resolve(import.meta.dirname, '../../..')
const out = (...parts: string[]) => path.join(root, 'out', ...parts)
const MAIN = out('main', 'index.cjs')
const PRELOAD = out('preload', 'index.cjs')
const RENDERER_HTML = out('renderer', 'index.html')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string
  dependencies: Record<string, string>
  devDependencies?: Record<string, string>
}
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0
  const stat = statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))))
}

function ensureBuilt(): void {
  const outputs = [MAIN, PRELOAD, RENDERER_HTML]
  const built = outputs.every(existsSync) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0
  const sources = [
    'electron',
    'shared',
    'renderer',
    'assets/locales',
    'vite.config.ts',
    'vite.main.config.ts',
    'vite.preload.config.ts',
    'package.json',
  ]
  if (built > Math.max(...sources.map((s) => newestMtime(path.join(root, s))))) return
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`)
}

type Node = { type: string; [key: string]: unknown }

/** Every node of an acorn tree. */
function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const child of node) yield* walk(child)
  else if (node && typeof node === 'object' && typeof (node as Node).type === 'string') {
    yield node as Node
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') yield* walk(value)
  }
}

/** The string literals passed to `require(…)` (and bundler-renamed `require$1(…)`, e.g. from createRequire). */
function requiredModules(code: string): string[] {
  return requireCalls(acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true }))
}

function requireCalls(tree: unknown): string[] {
  const found = new Set<string>()
  for (const node of walk(tree)) {
    const callee = node.callee as Node | undefined
    const first = (node.arguments as Node[] | undefined)?.[0]
    if (
      node.type === 'CallExpression' &&
      callee?.type === 'Identifier' &&
      /^require(\$\d+)?$/.test(callee.name as string) &&
      first?.type === 'Literal' &&
      typeof first.value === 'string'
    )
      found.add(first.value)
  }
  return [...found]
}

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!

beforeAll(ensureBuilt, 120_000)

describe('the built main bundle, started against a fake electron', () => {
  let fake: FakeElectron
  const requireFromHere = createRequire(import.meta.url)
  const Module = requireFromHere('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown }
  const originalLoad = Module._load
  const originalArgv = process.argv
  const userData = mkdtempSync(path.join(os.tmpdir(), 'eglur-built-'))

  beforeAll(async () => {
    fake = createFakeElectron({ appPath: root, userData })
    // Replace `electron` at the module boundary, exactly where the bundle asks for it.
    Module._load = function (request: string, ...rest: unknown[]) {
      return request === 'electron' ? fake.module : originalLoad.call(this, request, ...rest)
    }
    process.argv = ['/opt/Eglur/eglur']
    delete requireFromHere.cache[MAIN]
    requireFromHere(MAIN)
  })
  afterAll(() => {
    Module._load = originalLoad
    process.argv = originalArgv
    rmSync(userData, { recursive: true, force: true })
  })

  it('registers the privileged schemes once, before ready, and opens no window until ready', () => {
    const registrations = fake.calls.filter((c) => c.what === 'protocol.registerSchemesAsPrivileged')
    expect(registrations).toHaveLength(1)
    expect(registrations[0]?.afterReady).toBe(false)
    expect(registrations[0]?.args[0]).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          scheme: 'eglur-media',
          privileges: expect.objectContaining({ standard: true, secure: true, stream: true, supportFetchAPI: true }),
        }),
      ]),
    )
    expect(fake.calls.some((c) => c.what === 'app.on' && c.args[0] === 'open-file' && !c.afterReady)).toBe(true)
    expect(fake.windows).toHaveLength(0)
  })

  it('creates a sandboxed window on ready whose preload file exists', async () => {
    await fake.resolveReady()
    expect(fake.windows).toHaveLength(1)
    const prefs = fake.windows[0]!.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(prefs.preload).toBe(PRELOAD)
    expect(existsSync(prefs.preload as string)).toBe(true)
  })

  it('loads a page the app protocol serves from the build, with every script and style it references', async () => {
    const url = fake.windows[0]!.loadedUrl!
    const handler = fake.protocolHandlers.get(new URL(url).protocol.replace(':', ''))!
    const page = await handler(new Request(url))
    expect(page.status).toBe(200)
    const html = await page.text()
    const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!)
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true)
    for (const asset of assets) {
      const answer = await handler(new Request(new URL(asset, url).href))
      expect(answer.status, asset).toBe(200)
      if (asset.endsWith('.js')) expect(answer.headers.get('content-type')).toMatch(/^text\/javascript/)
    }
  })

  it('gives the page a CSP with the media scheme in media-src and no unsafe-eval', async () => {
    const url = fake.windows[0]!.loadedUrl!
    const page = await fake.protocolHandlers.get('eglur-app')!(new Request(url))
    const header = page.headers.get('content-security-policy') ?? ''
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await page.text())?.[1] ?? ''
    for (const policy of [header, meta]) {
      expect(policy).not.toContain('unsafe-eval')
      expect(policy).toMatch(/media-src [^;]*eglur-media:/)
      expect(policy).toMatch(/script-src 'self'(;|$)/)
    }
    expect(readFileSync(RENDERER_HTML, 'utf8')).not.toContain('unsafe-eval')
  })

  it('answers IPC on every contract channel, through the real services and schemas', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort())
    const info = (await fake.invoke(INVOKE_CHANNELS.getLaunchInfo, 'eglur-app://app/index.html', {})) as {
      mode: string
      openFiles: unknown[]
    }
    expect(info).toMatchObject({ mode: 'desktop', openFiles: [] })
    expect(
      await fake.invoke(INVOKE_CHANNELS.readCaptionFile, 'eglur-app://app/index.html', { path: 'relative.vtt' }),
    ).toMatchObject({ ok: false, code: 'invalid-request' })
    expect(
      await fake.invoke(INVOKE_CHANNELS.readCaptionFile, 'https://evil.example/', { path: '/etc/passwd' }),
    ).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(
      await fake.invoke(INVOKE_CHANNELS.readCaptionFile, 'eglur-app://app/index.html', { path: '/etc/passwd' }),
    ).toMatchObject({ ok: false, code: 'not-allowed' })
  })
})

describe('the built main bundle, statically', () => {
  const code = () => readFileSync(MAIN, 'utf8')
  it('is the package.json main, and electron is not a runtime dependency', () => {
    expect(path.join(root, pkg.main)).toBe(MAIN)
    expect(pkg.dependencies).not.toHaveProperty('electron')
  })
  it('requires only Node built-ins, electron and package.json dependencies', () => {
    const required = requiredModules(code())
    expect(required).toContain('electron')
    const strays = required.filter((m) => !BUILTINS.has(m) && m !== 'electron' && !(packageOf(m) in pkg.dependencies))
    expect(strays).toEqual([])
  })
  it('keeps @ffmpeg-installer/ffmpeg a real require, so it finds its binary beside itself', () => {
    expect(requiredModules(code())).toContain('@ffmpeg-installer/ffmpeg')
    expect(code()).not.toMatch(/node_modules[\\/]@ffmpeg-installer[\\/]ffmpeg[\\/]index\.js/)
  })
  it('has no import.meta left undefined by the CommonJS conversion', () => {
    expect(code()).not.toMatch(/\{\}\.(url|dirname|filename)\b/)
    expect(code()).not.toMatch(/import\.meta/)
  })
})

describe('the built preload', () => {
  it('is one file', () => {
    expect(readdirSync(out('preload')).filter((f) => !f.endsWith('.map'))).toEqual(['index.cjs'])
  })
  it('is a plain script (no import/export) that requires nothing but electron', () => {
    const code = readFileSync(PRELOAD, 'utf8')
    expect(() => acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' })).not.toThrow()
    expect(spawnSync(process.execPath, ['--check', PRELOAD]).status).toBe(0)
    expect(requiredModules(code)).toEqual(['electron'])
  })
  it('runs in a bare context with the sandbox require and exposes only the narrow API', async () => {
    const fake = createFakeElectron()
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return fake.module
      throw new Error(`module not found: ${name}`)
    }
    const module = { exports: {} }
    vm.runInNewContext(
      readFileSync(PRELOAD, 'utf8'),
      { require: sandboxRequire, module, exports: module.exports, console },
      { filename: PRELOAD },
    )
    expect([...fake.exposed.keys()]).toEqual(['captionApi'])
    const api = fake.exposed.get('captionApi') as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...Object.keys(INVOKE_CHANNELS), 'on', 'pathForFile'].sort())
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true)
    fake.answerInvoke(() => ({ ok: true, paths: ['/a.vtt'] }))
    const answer = await (api.chooseFiles as (a: unknown) => Promise<unknown>)({ purpose: 'captions' })
    expect(structuredClone(answer)).toEqual({ ok: true, paths: ['/a.vtt'] })
    expect(fake.invoked).toEqual([{ channel: 'app:choose-files', args: [{ purpose: 'captions' }] }])
  })
})

describe('the built renderer', () => {
  const scripts = () => readdirSync(out('renderer', 'assets')).filter((f) => f.endsWith('.js'))
  it('imports no Node built-in and not electron', () => {
    expect(scripts().length).toBeGreaterThan(0)
    for (const file of scripts()) {
      const code = readFileSync(out('renderer', 'assets', file), 'utf8')
      const tree = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' })
      const specifiers: string[] = []
      for (const node of walk(tree)) {
        const source = node.source as Node | undefined
        if (
          (node.type === 'ImportDeclaration' ||
            node.type === 'ImportExpression' ||
            node.type === 'ExportAllDeclaration' ||
            node.type === 'ExportNamedDeclaration') &&
          source?.type === 'Literal'
        )
          specifiers.push(String(source.value))
      }
      specifiers.push(...requireCalls(tree))
      const leaks = specifiers.filter((s) => BUILTINS.has(s) || s === 'electron' || s.startsWith('node:'))
      expect(leaks, file).toEqual([])
      // Vite replaces a Node built-in imported by browser code with an empty stub instead of failing.
      expect(code, file).not.toContain('__vite-browser-external')
      expect(code, file).not.toMatch(/["']node:(fs|path|os|child_process|crypto|module|stream|url)["']/)
    }
  })
})
