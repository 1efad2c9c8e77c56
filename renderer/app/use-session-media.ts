/**
 * The open work's media: its URL for the `<video>`, its duration, and its waveform peaks — from main
 * (ffmpeg, cached on disk, with progress) for files on disk, or decoded in the page for files the
 * page holds.
 */

import { useEffect, useMemo, useState } from 'react'
import type { OpenedMedia, PeaksPayload } from '../../shared/ipc/contract'
import type { WaveformPeaks } from '../platform/browser-peaks'
import { getBridge } from '../platform/bridge'
import { peaksFromFile } from '../platform/browser-peaks'
import { takePeaksRequest } from '../platform/peaks-request'
import { clearSessionPauses, loadSessionPauses } from '../features/speech/session-pauses'

/**
 * Int8 min/max pairs from main → the float arrays wavesurfer draws. A window's pairs (`startMs`) are
 * placed where they belong in arrays as long as the whole recording, flat elsewhere until the rest comes.
 */
export function peaksFromPayload(payload: PeaksPayload): WaveformPeaks {
  const pairs = payload.data.length >> 1
  const offset = payload.startMs === undefined ? 0 : Math.round((payload.startMs / 1000) * payload.perSecond)
  const count =
    payload.startMs === undefined
      ? pairs
      : Math.max(offset + pairs, Math.ceil((payload.durationMs / 1000) * payload.perSecond))
  const min = new Float32Array(count)
  const max = new Float32Array(count)
  for (let i = 0; i < pairs; i++) {
    min[offset + i] = payload.data[2 * i]! / 127
    max[offset + i] = payload.data[2 * i + 1]! / 127
  }
  return { perSecond: payload.perSecond, durationMs: payload.durationMs, min, max }
}

/** Media state for the editor. */
export type SessionMedia = Readonly<{
  url?: string
  durationMs: number
  peaks?: WaveformPeaks
  progress?: number
  /** A failure code (or in-page reason) for the waveform, to translate. */
  peaksProblem?: string
}>

type Loaded = Readonly<{
  source: unknown
  durationMs?: number
  peaks?: WaveformPeaks
  progress?: number
  peaksProblem?: string
}>

/** Loads media and peaks for the session. `media` changes after a conversion. */
export function useSessionMedia(media: OpenedMedia | undefined, mediaFile: File | undefined): SessionMedia {
  const source = media ?? mediaFile
  // What was loaded is tagged with its source, so a new video never shows the old one's waveform.
  const [loaded, setLoaded] = useState<Loaded>({ source })
  const update = (patch: Omit<Loaded, 'source'>) =>
    setLoaded((s) => ({ ...(s.source === source ? s : { source }), ...patch }))
  const fileUrl = useMemo(() => (mediaFile && !media ? URL.createObjectURL(mediaFile) : undefined), [mediaFile, media])
  useEffect(() => (fileUrl ? () => URL.revokeObjectURL(fileUrl) : undefined), [fileUrl])
  useEffect(() => {
    let cancelled = false
    if (media) {
      const bridge = getBridge()
      // Without ffmpeg the server cannot say how long the video is; the element still can.
      const probe = media.durationMs ? undefined : document.createElement('video')
      if (probe) {
        probe.preload = 'metadata'
        probe.onloadedmetadata = () =>
          !cancelled && Number.isFinite(probe.duration) && update({ durationMs: Math.round(probe.duration * 1000) })
        probe.src = media.url
      }
      const off = bridge.on('app:peaks-progress', ({ mediaPath, fraction }) => {
        if (mediaPath === media.path && !cancelled) update({ progress: fraction })
      })
      // Both were asked for while the captions were being read (open-flow); the first screen's stretch
      // is drawn as soon as it comes, the whole replaces it.
      const { first, whole } = takePeaksRequest(bridge, media.path)
      let wholeShown = false
      void first.then((result) => {
        // A cached recording's whole is a moment behind: drawing the stretch first would draw twice.
        if (cancelled || wholeShown || !result.ok || result.cached) return
        update({
          peaks: peaksFromPayload(result.peaks),
          ...(media.durationMs ? {} : { durationMs: result.peaks.durationMs }),
        })
      })
      clearSessionPauses()
      void whole.then((result) => {
        if (cancelled) return
        wholeShown = true
        // The pauses come from the decode that made these peaks (cached with them): no second decode.
        if (result.ok) void loadSessionPauses(bridge, media.path)
        if (result.ok)
          update({
            peaks: peaksFromPayload(result.peaks),
            progress: 1,
            ...(media.durationMs ? {} : { durationMs: result.peaks.durationMs }),
          })
        // The first stretch alone must not stand in for a waveform that failed.
        else
          setLoaded((s) => ({
            source,
            ...(s.source === source && s.durationMs ? { durationMs: s.durationMs } : {}),
            peaksProblem: result.code,
          }))
      })
      return () => {
        cancelled = true
        off()
        probe?.removeAttribute('src')
        void bridge.cancelPeaks({ mediaPath: media.path })
      }
    }
    if (!mediaFile || !fileUrl) return
    const probe = document.createElement('video')
    probe.preload = 'metadata'
    probe.src = fileUrl
    probe.onloadedmetadata = () => {
      const ms = Math.round(probe.duration * 1000)
      if (cancelled) return
      update({ durationMs: ms })
      void peaksFromFile(mediaFile, ms).then(
        (r) => !cancelled && update(r.ok ? { peaks: r.peaks } : { peaksProblem: r.reason }),
      )
    }
    return () => {
      cancelled = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `update` is rebuilt each render but only tags by `source`
  }, [media, mediaFile, fileUrl])
  const current = loaded.source === source ? loaded : { source }
  return {
    ...((media?.url ?? fileUrl) ? { url: media?.url ?? fileUrl } : {}),
    durationMs: media?.durationMs || current.durationMs || 0,
    ...(current.peaks ? { peaks: current.peaks } : {}),
    ...(current.progress !== undefined ? { progress: current.progress } : media ? { progress: 0 } : {}),
    ...(current.peaksProblem ? { peaksProblem: current.peaksProblem } : {}),
  }
}
