/**
 * Waveform peaks asked for as early as opening knows the media path (while the captions are still
 * being parsed), in two requests at once: the first screen's stretch, decoded alone in a fraction
 * of a second, and the whole recording (from the cache when it is there). The editor takes them up
 * when it mounts instead of asking again.
 */

import type { CaptionBridge, CaptionApi } from '../../shared/ipc/contract'

/** How much of the start to draw first: more than one screen at any zoom the editor opens with. */
export const FIRST_WINDOW_MS = 60_000

type PeaksResult = Awaited<ReturnType<CaptionApi['getPeaks']>>

/** The two requests for one recording. */
export type PeaksRequest = Readonly<{ first: Promise<PeaksResult>; whole: Promise<PeaksResult> }>

const early = new Map<string, PeaksRequest>()

function request(bridge: Pick<CaptionBridge, 'getPeaks'>, mediaPath: string): PeaksRequest {
  // The whole first, so a cached recording is read before the stretch is looked at.
  const whole = bridge.getPeaks({ mediaPath })
  const first = bridge.getPeaks({ mediaPath, window: { startMs: 0, endMs: FIRST_WINDOW_MS } })
  return { first, whole }
}

/** Starts both requests now (once per recording until taken). */
export function requestPeaksEarly(bridge: Pick<CaptionBridge, 'getPeaks'>, mediaPath: string): void {
  if (!early.has(mediaPath)) early.set(mediaPath, request(bridge, mediaPath))
}

/** The requests started early for this recording, or new ones. */
export function takePeaksRequest(bridge: Pick<CaptionBridge, 'getPeaks'>, mediaPath: string): PeaksRequest {
  const started = early.get(mediaPath)
  early.delete(mediaPath)
  return started ?? request(bridge, mediaPath)
}
