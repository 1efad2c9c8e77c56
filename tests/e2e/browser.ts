/** Browser-test helpers: start `eglur serve`, launch Debian's Chromium through playwright-core. */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { chromium, type Browser, type Download, type Page } from 'playwright-core'

const root = path.resolve(import.meta.dirname, '../..')

/** A running `eglur serve` and the URL it printed. */
export type Served = {
  url: string
  child: ChildProcess
  stop: () => void
  /** The server's data folder (settings.json, recent.json, peaks cache). */
  dataDir: string
  /** The settings the server keeps (what the page saved through the bridge). */
  settings: () => Promise<Record<string, unknown>>
  /** Replaces the stored settings before a page loads (a returning user's stay marked as such). */
  setSettings: (settings: Record<string, unknown>) => Promise<void>
}

/** Starts browser mode as a real process and reads its first line. */
/** Starts browser mode; unless `firstRun`, as a returning user (the first-run welcome already seen). */
export async function serve(
  files: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
  port = 0,
  options: { firstRun?: boolean } = {},
): Promise<Served> {
  // Each server keeps settings, recent projects and the peaks cache in its own folder, never the user's.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'eglur-e2e-data-'))
  const dataFolder = env.EGLUR_DATA_DIR ?? dataDir
  const returning = options.firstRun ? {} : { welcomeSeen: true }
  if (!existsSync(path.join(dataFolder, 'settings.json'))) {
    mkdirSync(dataFolder, { recursive: true })
    writeFileSync(path.join(dataFolder, 'settings.json'), JSON.stringify(returning))
  }
  const child = spawn(
    process.execPath,
    [path.join(root, 'bin/eglur.js'), 'serve', '--no-open', '--port', String(port), ...files],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, EGLUR_DATA_DIR: dataDir, ...env } },
  )
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`eglur serve exited with ${code}`)))
  })
  const url = /^Eglur is running at (http:\/\/127\.0\.0\.1:\d+\/#key=[\w-]+)$/.exec(firstLine)?.[1]
  if (!url) throw new Error(`unexpected first line: ${firstLine}`)
  const settingsFile = path.join(dataFolder, 'settings.json')
  return {
    url,
    child,
    stop: () => void child.kill('SIGTERM'),
    dataDir: dataFolder,
    settings: async () => JSON.parse(await readFile(settingsFile, 'utf8').catch(() => '{}')) as Record<string, unknown>,
    setSettings: (settings) => writeFile(settingsFile, JSON.stringify({ ...returning, ...settings })),
  }
}

/** Launches headless Chromium (Debian's, as on CI). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--autoplay-policy=no-user-gesture-required',
    ],
  })
}

/** Where screenshots are kept as test artefacts. */
export const ARTIFACTS = path.join(root, 'tests/artifacts')

/** The text of the `count` files a click downloads (one button may save several, e.g. one per language), by suggested name. */
export async function downloadTexts(
  page: Page,
  count: number,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }[]> {
  const downloads: { name: string; text: string }[] = []
  const collect = (event: Download) =>
    void event
      .path()
      .then(async (p) => downloads.push({ name: event.suggestedFilename(), text: await readFile(p, 'utf8') }))
  page.on('download', collect)
  try {
    await click()
    const started = Date.now()
    while (downloads.length < count) {
      if (Date.now() - started > 10_000) throw new Error(`${downloads.length} of ${count} downloads arrived`)
      await new Promise((r) => setTimeout(r, 50))
    }
  } finally {
    page.off('download', collect)
  }
  return downloads
}
