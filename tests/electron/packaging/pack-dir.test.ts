// Packs the app for real with electron-builder's `dir` target, using a stand-in for the Electron
// binary (which cannot be downloaded here), then checks what an installed app would contain:
// ffmpeg outside the asar and executable, no development packages, the sample
// project in the resources, and the executable name the AppArmor profile expects.
import { execFile } from 'node:child_process'
import { promises as fs, existsSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { extractFile, listPackage, statFile } from '@electron/asar'
import { parse, stringify } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unpackedPath } from '../../../electron/services/media/ffmpeg-path'
import { parseProjectFile } from '../../../shared/project/project-file'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../../..')
const linuxX64 = process.platform === 'linux' && process.arch === 'x64'
let dir: string
let resources: string
let asar: string
let entries: string[]

beforeAll(async () => {
  if (!linuxX64) return
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-pack-'))
  // The stand-in Electron: just the files electron-builder copies and renames.
  const dist = path.join(dir, 'electron-dist')
  await fs.mkdir(path.join(dist, 'resources'), { recursive: true })
  await fs.writeFile(path.join(dist, 'electron'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
  for (const file of ['chrome-sandbox', 'LICENSE', 'LICENSES.chromium.html'])
    await fs.writeFile(path.join(dist, file), '')
  const config = parse(await fs.readFile(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>
  // Fuses are flipped inside the real binary, which the stand-in is not.
  delete config.electronFuses
  const electronVersion = (
    JSON.parse(
      await fs
        .readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8')
        .catch(() => '{"version":"41.7.1"}'),
    ) as { version: string }
  ).version
  Object.assign(config, {
    electronDist: dist,
    electronVersion,
    directories: { ...(config.directories as object), output: path.join(dir, 'dist') },
  })
  // A copy of the packager's inputs, so a build running meanwhile (which empties out/) cannot pull files from under it.
  const project = path.join(dir, 'project')
  for (const input of ['package.json', 'out', 'assets/sample', 'assets/icon', 'assets/packaging']) {
    if (existsSync(path.join(root, input)))
      await fs.cp(path.join(root, input), path.join(project, input), { recursive: true })
  }
  // Only the production packages, copied as npm laid them out: a symlink to the whole node_modules (dev
  // packages too) leaves npm's view of the copy inconsistent, and electron-builder then drops packages.
  const { stdout } = await run('npm', ['ls', '--omit', 'dev', '--all', '--parseable'], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: { stdout: string }) => ({ stdout: e.stdout }))
  const modules = path.join(root, 'node_modules') + path.sep
  for (const dirPath of new Set(stdout.split('\n').filter((p) => p.startsWith(modules)))) {
    await fs.cp(dirPath, path.join(project, path.relative(root, dirPath)), {
      recursive: true,
      filter: (src) => !src.slice(dirPath.length).includes(`${path.sep}node_modules${path.sep}`),
    })
  }
  await fs.writeFile(path.join(project, 'builder.yml'), stringify(config))
  await run(
    process.execPath,
    [
      path.join(root, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      '--projectDir',
      project,
      '--config',
      'builder.yml',
    ],
    { cwd: project, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, maxBuffer: 16 * 1024 * 1024 },
  )
  resources = path.join(dir, 'dist/linux-unpacked/resources')
  asar = path.join(resources, 'app.asar')
  entries = listPackage(asar, { isPack: false }).map((e) => e.replace(/\\/g, '/'))
}, 180_000)

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

describe.skipIf(!linuxX64)('the packed app (Linux, stand-in Electron)', () => {
  it('runs ffmpeg from outside the archive, where it is executable', () => {
    const packed = path.join(resources, 'app.asar/node_modules/@ffmpeg-installer/linux-x64/ffmpeg')
    const unpacked = unpackedPath(packed)
    expect(unpacked).not.toBe(packed)
    expect(statSync(unpacked).mode & 0o111).not.toBe(0)
    // The archive lists it only as an unpacked entry, with no bytes inside app.asar.
    expect((statFile(asar, 'node_modules/@ffmpeg-installer/linux-x64/ffmpeg') as { unpacked?: boolean }).unpacked).toBe(
      true,
    )
  })

  it('holds the built app and package.json, pointing main at a file in out/', () => {
    const pkg = JSON.parse(extractFile(asar, 'package.json').toString()) as { main: string }
    expect(pkg.main).toMatch(/^out\//)
    if (existsSync(path.join(dir, 'project', pkg.main))) expect(entries).toContain(`/${pkg.main}`)
  })

  it('leaves out sources, tests, configs and development-only packages', () => {
    const own = entries.filter((e) => !e.startsWith('/node_modules/'))
    expect(
      own.filter((e) =>
        /^\/(shared|electron|renderer|tests|scripts|assets|docs|bench)(\/|$)|\.ts$|tsconfig|vite\.|vitest\./.test(e),
      ),
    ).toEqual([])
    const packages = new Set(entries.map((e) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(e)?.[1]).filter(Boolean))
    for (const dev of [
      'electron',
      'electron-builder',
      'tsx',
      'esbuild',
      'vite',
      'vitest',
      'typescript',
      'react',
      'playwright-core',
      '@resvg/resvg-js',
    ])
      expect(packages.has(dev), dev).toBe(false)
    for (const prod of ['@ffmpeg-installer/ffmpeg', 'docx', 'zod']) expect(packages.has(prod), prod).toBe(true)
  })

  it('ships the sample project beside the archive, with its video next to it', async () => {
    const result = parseProjectFile(await fs.readFile(path.join(resources, 'sample/sample.eglur'), 'utf8'))
    expect(result.ok).toBe(true)
    const media = result.ok ? result.project.media?.relativePath : undefined
    expect(existsSync(path.join(resources, 'sample', media!))).toBe(true)
  })

  it('names the executable as the AppArmor profile expects (/opt/Eglur/eglur)', () => {
    expect(existsSync(path.join(dir, 'dist/linux-unpacked/eglur'))).toBe(true)
  })
})
