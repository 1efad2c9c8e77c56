/**
 * The bridge in browser mode: each API method is `POST /api/<method>` on the loopback server that
 * served the page, and main's events arrive as a Server-Sent Events stream read with `fetch`. Both
 * carry the run's secret as `Authorization: Bearer …` (EventSource cannot send headers, and the
 * secret is never put in a cookie or a URL). When the server has stopped, or the page was opened
 * without Eglur's link, calls answer `disconnected` instead of throwing.
 */

import {
  INVOKE_CHANNELS,
  type ApiMethod,
  type CaptionBridge,
  type MainEventName,
  type MainEvents,
} from '../../shared/ipc/contract'
import { fromWire, toWire } from '../../shared/ipc/wire'
import { sessionKey } from './session-key'

type Listener = (payload: unknown) => void

/** Calls that may be made as the page goes away. */
const OUTLIVE_PAGE = new Set<ApiMethod>(['projectEdited', 'flushProject', 'closeProject'])

/** How long to wait before reconnecting a dropped event stream (EventSource's own default is about 3 s). */
const RECONNECT_MS = 2000

/** Splits Server-Sent Events text into the data of each complete frame; returns the unfinished rest. */
export function splitEventFrames(buffer: string): { frames: string[]; rest: string } {
  const parts = buffer.replace(/\r\n?/g, '\n').split('\n\n')
  const rest = parts.pop() ?? ''
  const frames = parts
    .map((frame) =>
      frame
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
        .join('\n'),
    )
    .filter((data) => data !== '')
  return { frames, rest }
}

/** Makes the HTTP bridge for the page's own origin; `key` gives the run's secret. */
export function createHttpBridge(
  fetchImpl: typeof fetch = (...a) => fetch(...a),
  key: () => string | undefined = sessionKey,
): CaptionBridge {
  const listeners = new Map<MainEventName, Set<Listener>>()
  const auth = (): Record<string, string> => {
    const secret = key()
    return secret ? { Authorization: `Bearer ${secret}` } : {}
  }
  const deliver = (data: string) => {
    try {
      const { event, payload } = fromWire(data) as { event: MainEventName; payload: unknown }
      for (const listener of listeners.get(event) ?? []) listener(payload)
    } catch {
      // A malformed frame is dropped; the next one is independent.
    }
  }
  let streaming = false
  const stream = async (): Promise<void> => {
    for (;;) {
      try {
        const response = await fetchImpl('/api/events', {
          headers: { Accept: 'text/event-stream', ...auth() },
          cache: 'no-store',
        })
        // Without the right secret no retry can succeed: the page works on in its own storage.
        if (response.status === 403) return
        if (response.ok && response.body) {
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
          let buffer = ''
          for (;;) {
            const { done, value } = await reader.read()
            if (done) break
            const { frames, rest } = splitEventFrames(buffer + value)
            buffer = rest
            frames.forEach(deliver)
          }
        }
      } catch {
        // The server stopped or restarted: try again shortly, as EventSource would.
      }
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS))
    }
  }
  const connect = () => {
    if (streaming) return
    streaming = true
    void stream()
  }
  const call = async (method: ApiMethod, args: unknown): Promise<unknown> => {
    try {
      // The last edit and the closing of a project, sent as the tab closes, must still reach the
      // server: small calls outlive the page (browsers allow 64 KB of such calls at a time).
      const body = toWire(args ?? {})
      const keepalive = OUTLIVE_PAGE.has(method) && body.length < 32_000
      const response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...auth() },
        body,
        ...(keepalive ? { keepalive } : {}),
      })
      if (response.status === 403 || response.status >= 500)
        return { ok: false, code: 'disconnected', detail: String(response.status) }
      return fromWire(await response.text())
    } catch {
      return { ok: false, code: 'disconnected' }
    }
  }
  const api = Object.fromEntries(
    (Object.keys(INVOKE_CHANNELS) as ApiMethod[]).map((method) => [method, (args: unknown) => call(method, args)]),
  )
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
