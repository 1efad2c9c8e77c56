import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { launchPage, writeLaunchFile } from '../../../electron/host/launch-file'

const root = path.resolve(import.meta.dirname, '../../..')
const children: { kill: (signal: NodeJS.Signals) => boolean }[] = []
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGTERM')
})

const until = async <T>(check: () => Promise<T | undefined>, ms = 20_000): Promise<T> => {
  const end = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('the launch file', () => {
  it('is readable by its owner only, and sends the browser on to the app', async () => {
    const base = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-launch-'))
    const url = 'http://127.0.0.1:41100/#key=abc_DEF-123'
    const launch = writeLaunchFile(url, base)
    expect((await fs.stat(launch.path)).mode & 0o777).toBe(0o600)
    expect((await fs.stat(path.dirname(launch.path))).mode & 0o777).toBe(0o700)
    expect(launch.fileUrl).not.toContain('abc_DEF-123')
    expect(await fs.readFile(launch.path, 'utf8')).toBe(launchPage(url))
    expect(launchPage(url)).toContain('location.replace("http://127.0.0.1:41100/#key=abc_DEF-123")')
    launch.remove()
    launch.remove()
    await expect(fs.access(path.dirname(launch.path))).rejects.toThrow()
  })

  // Bug: the address with the secret was an argument of xdg-open, where any user listing processes could read it.
  it('is what `eglur serve` gives the browser opener; the secret is in no argument, and the file goes once used', async () => {
    const scratch = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-serve-')))
    const bin = path.join(scratch, 'bin')
    const launchDir = path.join(scratch, 'launch')
    const record = path.join(scratch, 'opener-args.txt')
    await fs.mkdir(bin)
    await fs.mkdir(launchDir)
    await fs.writeFile(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\n`, { mode: 0o755 })
    const env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      DISPLAY: ':99',
      EGLUR_LAUNCH_DIR: launchDir,
      EGLUR_DATA_DIR: path.join(scratch, 'data'),
      HOME: scratch,
    }
    const child = spawn(process.execPath, [path.join(root, 'bin/eglur.js'), 'serve', '--port', '0'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(child)
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve)
      child.once('exit', (code) => reject(new Error(`eglur serve exited with ${code}`)))
    })
    const secret = /[#?&](?:key|token)=([\w-]+)/.exec(firstLine)?.[1] ?? ''
    expect(secret.length).toBeGreaterThan(20)
    const args = await until(() => fs.readFile(record, 'utf8').catch(() => undefined))
    expect(args).not.toContain(secret)
    const launchFile = new URL(args.trim())
    expect(launchFile.protocol).toBe('file:')
    const file = decodeURIComponent(launchFile.pathname)
    expect(path.dirname(path.dirname(file))).toBe(launchDir)
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600)
    expect(await fs.readFile(file, 'utf8')).toContain(`#key=${secret}`)
    // The page's first call with the secret: the file has done its job and is removed.
    const origin = new URL(firstLine.replace(/^Eglur is running at /, '')).origin
    const call = await fetch(`${origin}/api/getLaunchInfo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
      body: '{}',
    })
    expect(call.status).toBe(200)
    await until(() =>
      fs.access(path.dirname(file)).then(
        () => undefined,
        () => true,
      ),
    )
  }, 60_000)
})
