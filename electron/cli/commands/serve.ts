/** `eglur serve`: the app in a web browser (browser mode), on 127.0.0.1 behind a random token. */

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startBrowserModeServer } from '../../host/static-server'
import { CliError, EXIT, type CliIo } from '../io'
import type { CliCommand } from './index'

const HELP = `Usage: eglur serve [--port N] [--no-open]

Serves Eglur on http://127.0.0.1 for a web browser. The first line printed is the address to open
(it carries a private token). Open video and captions from the page. Stop with Ctrl+C.
`

/** Where the built renderer lives (npm run build writes it). */
export const RENDERER_BUILD = path.resolve(import.meta.dirname, '../../../out/renderer')

/** Opens a URL in the default browser, when there is a desktop to open it on. */
function openBrowser(url: string): void {
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  if (!hasDisplay) return
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  spawn(command, [url], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref()
}

/** The serve command. */
export const serveCommand: CliCommand = {
  summary: 'Run Eglur in a web browser (browser mode)',
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({ args: [...args], options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.ok
    }
    if (!existsSync(path.join(RENDERER_BUILD, 'index.html'))) throw new CliError('eglur serve', 'the app is not built yet: run "npm run build" first.')
    const port = values.port === undefined ? 0 : Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('eglur serve', `--port must be a number from 0 to 65535, not "${values.port}".`)
    const server = await startBrowserModeServer({ root: RENDERER_BUILD, port })
    io.stdout(`Eglur is running at ${server.url}\n`)
    io.stdout('Keep this window open while you work; press Ctrl+C to stop.\n')
    if (!values['no-open']) openBrowser(server.url)
    await new Promise<void>((resolve) => {
      if (io.signal?.aborted) return resolve()
      io.signal?.addEventListener('abort', () => resolve(), { once: true })
      process.once('SIGINT', () => resolve())
      process.once('SIGTERM', () => resolve())
    })
    await server.close()
    return EXIT.ok
  },
}
