/** `eglur serve [FILES…]`: the app in a web browser (browser mode), on 127.0.0.1 behind a random secret. */

import { spawn } from 'node:child_process'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startBrowserModeServer } from '../../host/static-server'
import { createEventHub } from '../../host/api-routes'
import { writeLaunchFile, type LaunchFile } from '../../host/launch-file'
import { createMediaSigner, newSecret } from '../../host/secret'
import { createCaptionServices } from '../../services/api/index'
import { eglurDataDir } from '../../services/data-dir'
import { CliError, EXIT, type CliIo } from '../io'
import { UsageError, type CliCommandModule } from './command-module'

/**
 * The usual port. The page keeps unsaved work in its own storage, which belongs to one address: a
 * stable port means work kept there is offered back when Eglur is started again.
 */
export const DEFAULT_PORT = 41100
const PORTS_TRIED = 10

const HELP = `Usage: eglur serve [FILES…] [--port N] [--no-open]

--port N   the port on 127.0.0.1 (default: ${DEFAULT_PORT}, or the next free one; 0 picks any free port)

Serves Eglur on http://127.0.0.1 for a web browser. The first line printed is the address to open
(its private part, after #, is for you alone). FILES (a video, its captions, or an .eglur project) open straight
away; the page can also open files from your home folder and the folders of FILES. Stop with Ctrl+C.
`

/** The project folder (the one holding package.json): this code runs from electron/cli/commands or from the bundle in out/cli. */
function projectRoot(from: string): string {
  let dir = from
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return dir
}

const ROOT = projectRoot(import.meta.dirname)

/** Where the built renderer lives (npm run build writes it). */
export const RENDERER_BUILD = path.join(ROOT, 'out/renderer')

/** The sample project shipped in assets/sample (first run). */
const SAMPLE_PROJECT = path.join(ROOT, 'assets/sample/sample.eglur')

/**
 * Opens the default browser, when there is a desktop to open it on, on a private launch file: the
 * opener's arguments are visible to every user, so they name a file only this user can read.
 */
function openBrowser(appUrl: string): LaunchFile | undefined {
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  if (!hasDisplay) return undefined
  const launch = writeLaunchFile(appUrl)
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  spawn(command, [launch.fileUrl], { stdio: 'ignore', detached: true })
    .on('error', () => undefined)
    .unref()
  return launch
}

function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
  } catch {
    return '0.0.0'
  }
}

/** Starts on `first`, or on the next of `tries` ports when one is taken. */
async function startOnFreePort<T>(start: (port: number) => Promise<T>, first: number, tries: number): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await start(first === 0 ? 0 : first + i)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || i + 1 >= tries) {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
          throw new CliError('eglur serve', `port ${first + i} is in use: choose another with --port.`)
        throw error
      }
    }
  }
}

/** The serve command. */
export const serveCommand: CliCommandModule = {
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.ok
    }
    if (!existsSync(path.join(RENDERER_BUILD, 'index.html')))
      throw new CliError('eglur serve', 'the app is not built yet: run "npm run build" first.')
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`)
    const files = positionals.map((p) => path.resolve(io.cwd, p))
    for (const file of files) if (!existsSync(file)) throw new CliError(file, 'no such file.')
    const hub = createEventHub()
    // One secret per run: the page sends it with every call; media URLs are signed with it.
    const secret = newSecret()
    let launch: LaunchFile | undefined
    const roots = [...new Set([os.homedir(), ...files.map((f) => path.dirname(f))].map((f) => realpathSync(f)))]
    const services = createCaptionServices({
      mode: 'browser',
      appVersion: appVersion(),
      platform: process.platform,
      systemLanguages: [Intl.DateTimeFormat().resolvedOptions().locale],
      dataDir: eglurDataDir(),
      launchFiles: files,
      ...(existsSync(SAMPLE_PROJECT) ? { sampleProjectPath: SAMPLE_PROJECT } : {}),
      mediaUrl: createMediaSigner(secret).url,
      emit: hub.emit,
      browseRoots: roots,
      // Lets tests (and users with their own build) point the server at another ffmpeg.
      ...(process.env.EGLUR_FFMPEG ? { ffmpeg: process.env.EGLUR_FFMPEG } : {}),
    })
    const server = await startOnFreePort(
      (p) =>
        startBrowserModeServer({
          root: RENDERER_BUILD,
          port: p,
          secret,
          api: { services, hub },
          onFirstUse: () => launch?.remove(),
        }),
      port,
      values.port === undefined ? PORTS_TRIED : 1,
    )
    io.stdout(`Eglur is running at ${server.url}\n`)
    io.stdout('Keep this window open while you work; press Ctrl+C to stop.\n')
    // The terminal is the user's own: the address with the secret (after #) is printed for them alone.
    if (!values['no-open']) launch = openBrowser(server.url)
    process.once('exit', () => launch?.remove())
    await new Promise<void>((resolve) => {
      if (io.signal?.aborted) return resolve()
      io.signal?.addEventListener('abort', () => resolve(), { once: true })
      process.once('SIGINT', () => resolve())
      process.once('SIGTERM', () => resolve())
    })
    // Whatever the page sent last is written before the server goes.
    await services.dispose()
    await server.close()
    launch?.remove()
    return EXIT.ok
  },
}
