/** A browser-mode-like service host over temp folders, recording the events main would push. */

import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { MainEventName, MainEvents } from '../../shared/ipc/contract'
import { createCaptionServices, type ServiceHost } from '../../electron/services/api/index'

/** One recorded event. */
export type RecordedEvent = { [E in MainEventName]: { event: E; payload: MainEvents[E] } }[MainEventName]

/** Services over a fresh temp folder: `work` holds the user's files, `data` the app's own. */
export async function makeTestServices(overrides: Partial<ServiceHost> = {}) {
  const root = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-api-')))
  const work = path.join(root, 'work')
  // The data folder is not made here: the services must make it themselves, as on a new machine.
  const data = path.join(root, 'data', 'Eglur')
  await fs.mkdir(work)
  const events: RecordedEvent[] = []
  const host: ServiceHost = {
    mode: 'browser',
    appVersion: '0.0.0-test',
    platform: process.platform,
    systemLanguages: ['en-GB'],
    dataDir: data,
    launchFiles: [],
    mediaUrl: (p) => `/media/${encodeURIComponent(p)}`,
    emit: (event, payload) => events.push({ event, payload } as RecordedEvent),
    autosaveDelayMs: 50,
    ...overrides,
  }
  const services = createCaptionServices(host)
  return { root, work, data, events, host, services, api: services.api }
}
