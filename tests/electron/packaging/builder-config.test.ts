// The installer configuration, checked statically: the Electron binary cannot be downloaded on our
// machines, so electron-builder never runs here. Each check is a way a packaged app has broken
// before.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import path from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { unpackedPath } from '../../../electron/services/media/ffmpeg-path'
import { ICO_SIZES, PNG_SIZES, pngSize } from '../../../scripts/make-icons'

const root = path.resolve(import.meta.dirname, '../../..')
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

type Association = {
  ext?: string
  name?: string
  description?: string
  mimeType?: string
  role?: string
  icon?: string
}
type Config = {
  appId?: string
  productName?: string
  directories?: { output?: string; buildResources?: string }
  files?: string[]
  asar?: boolean
  asarUnpack?: string[]
  npmRebuild?: boolean
  extraResources?: { from: string; to: string; filter?: string[] }[]
  fileAssociations?: Association[]
  linux?: { target?: string[]; category?: string; icon?: string }
  deb?: { appArmorProfile?: string; afterInstall?: string }
  win?: { target?: string[]; icon?: string }
  nsis?: { perMachine?: boolean; allowToChangeInstallationDirectory?: boolean; oneClick?: boolean }
  mac?: { target?: string[]; category?: string; icon?: string; hardenedRuntime?: boolean }
}

// electron-builder's own schema check (what `electron-builder` runs first), without packaging anything.
const require = createRequire(import.meta.url)
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

const config = parse(read('electron-builder.yml')) as Config
const pkg = JSON.parse(read('package.json')) as {
  main: string
  dependencies: Record<string, string>
  optionalDependencies?: Record<string, string>
  scripts: Record<string, string>
}

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder, whose schema rejects unknown options', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: true } }, new DebugLogger(false)),
    ).rejects.toThrow(/configuration\.nsis/)
  })

  it('names the app and keeps builds out of the source tree', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/)
    expect(config.productName).toBe('Eglur')
    expect(config.directories?.output).toBe('dist')
    expect(existsSync(path.join(root, config.directories!.buildResources!))).toBe(true)
  })

  it('packs only the built app, inside an asar, without rebuilding native modules', () => {
    expect(config.files?.filter((f) => !f.startsWith('!'))).toEqual(['out/**', 'package.json'])
    // The exclusions must not drop the ffmpeg package the app spawns.
    for (const glob of config.files!.filter((f) => f.startsWith('!')))
      expect(path.matchesGlob('x/node_modules/@ffmpeg-installer/linux-x64/ffmpeg', glob.slice(1)), glob).toBe(false)
    expect(config.asar).toBe(true)
    expect(config.npmRebuild).toBe(false)
  })

  it('unpacks the ffmpeg package from the asar, and ffmpeg is a production dependency', () => {
    expect(config.asarUnpack).toContain('**/node_modules/@ffmpeg-installer/**')
    expect(pkg.dependencies['@ffmpeg-installer/ffmpeg']).toBeDefined()
  })

  it('keeps electron and electron-builder out of the production dependencies and the package', () => {
    expect(pkg.dependencies.electron).toBeUndefined()
    expect(pkg.dependencies['electron-builder']).toBeUndefined()
    // electron-builder packs optionalDependencies too: an optional electron must be excluded by name.
    if (pkg.optionalDependencies?.electron) expect(config.files).toContain('!**/node_modules/electron/**')
  })

  it('starts from the built main file in out/', () => {
    expect(pkg.main).toMatch(/^out\/main\/index\.c?js$/)
  })

  // Only where the main process has been built (vite.main.config.ts); CI's unit stage runs before any build.
  it.skipIf(!existsSync(path.join(root, pkg.main)))('ships every package the built main process requires', () => {
    const bundle = read(pkg.main)
    const required = [
      ...new Set([...bundle.matchAll(/require\("((?:@[^/"]+\/)?[^/".][^/"]*)[^"]*"\)/g)].map((m) => m[1]!)),
    ]
    const excluded = (config.files ?? []).filter((f) => f.startsWith('!**/node_modules/'))
    for (const name of required.filter(
      (n) => !n.startsWith('node:') && n !== 'electron' && !builtinModules.includes(n),
    )) {
      expect(pkg.dependencies[name], `${name} is required by ${pkg.main}`).toBeDefined()
      expect(
        excluded.filter((glob) => path.matchesGlob(`x/node_modules/${name}/index.js`, glob.slice(1))),
        name,
      ).toEqual([])
    }
  })

  it('associates the four file types, each with a name, description and MIME type', () => {
    const byExt = new Map(config.fileAssociations?.map((a) => [a.ext, a]))
    expect([...byExt.keys()].sort()).toEqual(['eglur', 'sbv', 'srt', 'vtt'])
    expect(byExt.get('eglur')?.mimeType).toBe('application/x-eglur')
    expect(byExt.get('vtt')?.mimeType).toBe('text/vtt')
    expect(byExt.get('srt')?.mimeType).toBe('application/x-subrip')
    expect(byExt.get('sbv')?.mimeType).toBe('text/x-sbv')
    for (const a of byExt.values()) {
      expect(a.name, a.ext).toBeTruthy()
      expect(a.description, a.ext).toBeTruthy()
      expect(a.role, a.ext).toBe('Editor')
    }
  })

  it('installs per machine on Windows, since NSIS registers associations only then', () => {
    expect(config.win?.target).toContain('nsis')
    expect(config.nsis?.perMachine).toBe(true)
    expect(config.nsis?.allowToChangeInstallationDirectory).toBe(true)
  })

  it('builds an AppImage and a deb with an AppArmor profile instead of --no-sandbox', () => {
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(config.linux?.category).toBe('AudioVideo')
    const profile = read(config.deb!.appArmorProfile!)
    expect(profile).toMatch(/^abi <abi\/4\.0>,$/m)
    expect(profile).toMatch(
      /profile "\$\{executable\}" "\/opt\/\$\{sanitizedProductName\}\/\$\{executable\}" flags=\(unconfined\) \{\s*userns,/,
    )
    // Comments may name the flag; no setting (executableArgs, desktop Exec) may pass it.
    expect(JSON.stringify(config)).not.toContain('no-sandbox')
    const main = path.join(root, 'electron/main')
    const sources = existsSync(main)
      ? readdirSync(main, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
      : []
    for (const file of sources)
      expect(readFileSync(path.join(main, file), 'utf8'), file).not.toMatch(/appendSwitch\(\s*['"]no-sandbox/)
  })

  it('builds a hardened dmg in the video category on macOS', () => {
    expect(config.mac?.target).toContain('dmg')
    expect(config.mac?.category).toBe('public.app-category.video')
    expect(config.mac?.hardenedRuntime).toBe(true)
  })

  it('refers only to files that exist: icons, association icons, the AppArmor profile, the sample', () => {
    const files = [config.win!.icon!, config.mac!.icon!, config.deb!.appArmorProfile!]
    for (const a of config.fileAssociations!) files.push(`${a.icon!}.ico`, `${a.icon!}.icns`)
    for (const r of config.extraResources!) files.push(...(r.filter ?? []).map((f) => path.join(r.from, f)))
    for (const file of files) expect(existsSync(path.join(root, file)), file).toBe(true)
    expect(statSync(path.join(root, config.linux!.icon!)).isDirectory()).toBe(true)
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'assets/sample', to: 'sample' }))
  })

  it('has npm scripts that regenerate the icons and the sample from committed scripts', () => {
    for (const [name, script] of [
      ['icons', 'scripts/make-icons.ts'],
      ['sample', 'scripts/make-sample.ts'],
    ] as const) {
      expect(pkg.scripts[name]).toContain(script)
      expect(existsSync(path.join(root, script))).toBe(true)
    }
  })
})

describe('the ffmpeg path in the packaged app', () => {
  it('moves a path inside app.asar to app.asar.unpacked', () => {
    const packed = '/opt/Eglur/resources/app.asar/node_modules/@ffmpeg-installer/linux-x64/ffmpeg'
    expect(unpackedPath(packed)).toBe(
      '/opt/Eglur/resources/app.asar.unpacked/node_modules/@ffmpeg-installer/linux-x64/ffmpeg',
    )
  })

  it('does the same for Windows paths with backslashes', () => {
    const packed =
      'C:\\Program Files\\Eglur\\resources\\app.asar\\node_modules\\@ffmpeg-installer\\win32-x64\\ffmpeg.exe'
    expect(unpackedPath(packed)).toBe(
      'C:\\Program Files\\Eglur\\resources\\app.asar.unpacked\\node_modules\\@ffmpeg-installer\\win32-x64\\ffmpeg.exe',
    )
  })

  it('matches the asarUnpack glob, so the unpacked file is really there', () => {
    const unpacked = unpackedPath(
      '/Applications/Eglur.app/Contents/Resources/app.asar/node_modules/@ffmpeg-installer/darwin-arm64/ffmpeg',
    )
    expect(unpacked).toContain('/app.asar.unpacked/node_modules/@ffmpeg-installer/')
    expect(path.matchesGlob(unpacked.split('app.asar.unpacked/')[1]!, config.asarUnpack![0]!)).toBe(true)
  })

  it('leaves development paths and look-alike folder names alone', () => {
    expect(unpackedPath('/home/me/eglur/node_modules/@ffmpeg-installer/linux-x64/ffmpeg')).toBe(
      '/home/me/eglur/node_modules/@ffmpeg-installer/linux-x64/ffmpeg',
    )
    expect(unpackedPath('/srv/my-app.asar.unpacked/ffmpeg')).toBe('/srv/my-app.asar.unpacked/ffmpeg')
  })
})

describe('the icons', () => {
  it('has a PNG of each Linux size, decoding to that size', () => {
    for (const size of PNG_SIZES) {
      const png = readFileSync(path.join(root, `assets/icon/png/${size}x${size}.png`))
      expect(pngSize(png), `${size}`).toEqual({ width: size, height: size })
    }
  })

  it('has a Windows .ico whose directory lists every size, each a valid PNG', () => {
    const ico = readFileSync(path.join(root, 'assets/icon/icon.ico'))
    expect(ico.readUInt16LE(2)).toBe(1)
    expect(ico.readUInt16LE(4)).toBe(ICO_SIZES.length)
    const sizes = ICO_SIZES.map((_, i) => {
      const entry = 6 + 16 * i
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8))
      expect(pngSize(png)?.width).toBe(ico.readUInt8(entry) || 256)
      return pngSize(png)?.width
    })
    expect(sizes).toEqual([...ICO_SIZES])
  })

  it('has a macOS .icns whose entries add up to its length and include 1024 px', () => {
    const icns = readFileSync(path.join(root, 'assets/icon/icon.icns'))
    expect(icns.toString('ascii', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const found = new Map<string, number | undefined>()
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      found.set(
        icns.toString('ascii', offset, offset + 4),
        pngSize(icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4)))?.width,
      )
    }
    expect(found.get('ic10')).toBe(1024)
    expect(found.get('ic07')).toBe(128)
    expect(found.get('icp4')).toBe(16)
  })

  it('is drawn from the one committed SVG, with no text so every renderer draws it alike', () => {
    const svg = read('assets/icon/icon.svg')
    expect(svg).toMatch(/viewBox="0 0 1024 1024"/)
    expect(svg).not.toMatch(/<text|<image|filter=/)
  })
})
