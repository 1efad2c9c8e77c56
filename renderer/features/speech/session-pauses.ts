/**
 * The pauses in the open video's speech, fetched once from main (they come from the waveform's own
 * decode and are cached with it) and held here for snap to speech. Listeners hear when they arrive.
 */

import type { CaptionBridge, SpeechPausePayload } from '../../../shared/ipc/contract'

let current: { mediaPath: string; pauses: readonly SpeechPausePayload[] } | undefined
const listeners = new Set<() => void>()

/** The pauses of the open video, when known. */
export function sessionPauses(): readonly SpeechPausePayload[] | undefined {
  return current?.pauses
}

/** Calls `listener` when the pauses change; returns the unsubscribe. */
export function onSessionPauses(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Forgets the pauses (a new video, or none). */
export function clearSessionPauses(): void {
  current = undefined
  for (const l of listeners) l()
}

/** Asks main for the pauses of `mediaPath` and keeps them; a failure leaves none (snap then says so). */
export async function loadSessionPauses(
  bridge: Pick<CaptionBridge, 'getSpeechPauses'>,
  mediaPath: string,
): Promise<void> {
  const result = await bridge.getSpeechPauses({ mediaPath })
  if (!result.ok) return
  current = { mediaPath, pauses: result.pauses }
  for (const l of listeners) l()
}
