/**
 * The bridge in browser mode: each API method is `POST /api/<method>` on the loopback server that
 * served the page (its cookie carries the token), and main's events arrive over Server-Sent Events.
 * When the server has stopped, calls answer `disconnected` instead of throwing.
 */

import { INVOKE_CHANNELS, type ApiMethod, type CaptionBridge, type MainEventName, type MainEvents } from '../../shared/ipc/contract'
import { fromWire, toWire } from '../../shared/ipc/wire'

type Listener = (payload: unknown) => void

/** Makes the HTTP bridge for the page's own origin. */
export function createHttpBridge(fetchImpl: typeof fetch = (...a) => fetch(...a)): CaptionBridge {
  const listeners = new Map<MainEventName, Set<Listener>>()
  let source: EventSource | undefined
  const connect = () => {
    if (source) return
    source = new EventSource('/api/events')
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        const { event, payload } = fromWire(message.data) as { event: MainEventName; payload: unknown }
        for (const listener of listeners.get(event) ?? []) listener(payload)
      } catch {
        // A malformed frame is dropped; the next one is independent.
      }
    }
  }
  const call = async (method: ApiMethod, args: unknown): Promise<unknown> => {
    try {
      const response = await fetchImpl(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: toWire(args ?? {}) })
      if (response.status === 403 || response.status >= 500) return { ok: false, code: 'disconnected', detail: String(response.status) }
      return fromWire(await response.text())
    } catch {
      return { ok: false, code: 'disconnected' }
    }
  }
  const api = Object.fromEntries((Object.keys(INVOKE_CHANNELS) as ApiMethod[]).map((method) => [method, (args: unknown) => call(method, args)]))
  return {
    ...(api as unknown as Omit<CaptionBridge, 'on' | 'pathForFile'>),
    on<E extends MainEventName>(event: E, listener: (payload: MainEvents[E]) => void) {
      connect()
      const set = listeners.get(event) ?? new Set<Listener>()
      set.add(listener as Listener)
      listeners.set(event, set)
      return () => void set.delete(listener as Listener)
    },
    pathForFile: () => '',
  }
}
