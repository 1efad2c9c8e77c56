// Bug #15: a 100 MB POST to browser mode's API got a connection reset instead of the 413 SECURITY.md promises.
import { promises as fs } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fromWire, toWire } from '../../../shared/ipc/wire'
import { startBrowserModeServer, type BrowserModeServer } from '../../../electron/host/static-server'
import { createEventHub, MAX_BODY_BYTES } from '../../../electron/host/api-routes'
import { newSecret } from '../../../electron/host/secret'
import { makeTestServices } from '../../helpers/service-host'

let server: BrowserModeServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

/** POSTs `body` with node:http (which reports a reset as an error rather than retrying). */
function post(
  port: number,
  secret: string,
  body: Buffer,
): Promise<{ status: number; text: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    const headers = {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${secret}`,
      'Content-Length': body.length,
    }
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/getLaunchInfo', headers },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            text,
            ...(res.headers.connection ? { connection: res.headers.connection } : {}),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe("browser mode's request size limit", () => {
  it('answers a 100 MB body with 413 and a short reason, closes that connection, and goes on serving', async () => {
    const hub = createEventHub()
    const t = await makeTestServices({ emit: hub.emit })
    const root = path.join(t.root, 'build')
    await fs.mkdir(root)
    await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>x</title>')
    const secret = newSecret()
    server = await startBrowserModeServer({ root, secret, api: { services: t.services, hub } })
    expect(MAX_BODY_BYTES).toBeLessThan(100 * 1024 * 1024)
    const big = await post(server.port, secret, Buffer.alloc(100 * 1024 * 1024, 0x20))
    expect(big.status).toBe(413)
    expect(fromWire(big.text)).toEqual({ ok: false, code: 'too-large' })
    expect(big.connection).toBe('close')
    const small = await post(server.port, secret, Buffer.from(toWire({})))
    expect(small.status).toBe(200)
  })
})
