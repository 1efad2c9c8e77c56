/**
 * The one module that talks to `ipcMain`. Every contract channel gets a handler that first checks
 * who is calling (only the app's own page may: Electron security checklist §17) and then hands the
 * raw argument to `dispatchApiCall`, which validates it with the shared zod schemas before the
 * service runs. Pushes to the page go through {@link sendEvent}, for contract events only.
 */

import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { INVOKE_CHANNELS, MAIN_EVENTS } from '../../shared/ipc/contract'
import type { ApiMethod, CaptionApi, Failure, MainEventName, MainEvents } from '../../shared/ipc/contract'
import { dispatchApiCall } from '../services/api/index'
import { isAppUrl } from './schemes'

/** The answer to a caller that is not the app's page, or a call with extra arguments. */
export const NOT_ALLOWED: Failure = { ok: false, code: 'not-allowed' }

const INVALID: Failure = { ok: false, code: 'invalid-request', detail: 'one argument expected' }

/** True when the call comes from a frame showing the app's own origin (not a navigated or foreign frame). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url
  return typeof url === 'string' && isAppUrl(url)
}

type Handler = (event: IpcMainInvokeEvent, args: readonly unknown[]) => Promise<unknown>

/** Registers one channel of the contract (the typed `handle()`); returns its removal. */
export function handle<M extends ApiMethod>(method: M, handler: Handler): () => void {
  const channel = INVOKE_CHANNELS[method]
  ipcMain.handle(channel, (event, ...args: unknown[]) => handler(event, args))
  return () => ipcMain.removeHandler(channel)
}

/** Registers every channel of the contract against `api`; returns a function removing them all. */
export function registerIpcHandlers(api: CaptionApi): () => void {
  const removers = (Object.keys(INVOKE_CHANNELS) as ApiMethod[]).map((method) =>
    handle(method, async (event, args) => {
      if (!isTrustedSender(event)) return NOT_ALLOWED
      if (args.length > 1) return INVALID
      return dispatchApiCall(api, method, args[0])
    }),
  )
  return () => removers.forEach((remove) => remove())
}

const EVENT_NAMES: ReadonlySet<string> = new Set(MAIN_EVENTS)

/** Sends a contract event to a page; false when there is no live page or the name is not an event. */
export function sendEvent<E extends MainEventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'> | undefined,
  event: E,
  payload: MainEvents[E],
): boolean {
  if (!EVENT_NAMES.has(event) || contents === undefined || contents.isDestroyed()) return false
  contents.send(event, payload)
  return true
}
