/** The API's media work: probing and playing a video, its waveform peaks, transcoding what Chromium cannot play. */

import type { CaptionApi } from '../../../shared/ipc/contract'
import { knownMediaInfo, probeMediaCached } from '../media/probe-cache'
import { computeWindowPeaks } from '../media/window-peaks'
import { cacheKey, getPeaksCached, peaksToInt8, readPeaksCached, storePeaks } from '../media/peaks-cache'
import { getSpeechPauses } from '../media/speech-pauses'
import { transcodeTargetPath, transcodeToMp4 } from '../media/transcode'
import { fail, failureOf } from './failures'
import type { ServiceContext } from './context'

const codeOf = (error: unknown): string | undefined =>
  (error as { code?: unknown } | undefined)?.code as string | undefined
// Transcoding reports a missing ffmpeg as a failed run (its own codes); the message says which it was.
const isStartFailure = (error: unknown) => error instanceof Error && /could not be started/.test(error.message)

/** One stretch's peaks: decoded alone (at most five minutes of it), or cut from the cached whole. */
async function windowPeaks(
  ctx: ServiceContext,
  mediaPath: string,
  window: { startMs: number; endMs: number },
): ReturnType<CaptionApi['getPeaks']> {
  const ffmpeg = ctx.host.ffmpeg
  try {
    // Cached: just the stretch (the whole, asked for alongside, follows at once and is drawn instead).
    const cached = await readPeaksCached(mediaPath, ctx.peaksCacheDir)
    if (cached) {
      const first = Math.floor(window.startMs / (1000 / cached.perSecond))
      const last = Math.min(cached.min.length, Math.ceil(window.endMs / (1000 / cached.perSecond)))
      const slice = {
        ...cached,
        min: cached.min.subarray(first, Math.max(first, last)),
        max: cached.max.subarray(first, Math.max(first, last)),
      }
      return {
        ok: true,
        cached: true,
        peaks: {
          perSecond: cached.perSecond,
          durationMs: cached.durationMs,
          startMs: first * (1000 / cached.perSecond),
          data: peaksToInt8(slice),
        },
      }
    }
    const info = await probeMediaCached(mediaPath, { cacheDir: ctx.peaksCacheDir, ffmpeg })
    if (!info.hasAudio) return fail('no-audio', mediaPath)
    const peaks = await computeWindowPeaks(
      mediaPath,
      window.startMs,
      Math.min(window.endMs, window.startMs + 300_000),
      { durationMs: info.durationMs, ...(ffmpeg ? { ffmpeg } : {}) },
    )
    return {
      ok: true,
      cached: false,
      peaks: {
        perSecond: peaks.perSecond,
        durationMs: peaks.durationMs,
        startMs: peaks.startMs,
        data: peaksToInt8(peaks),
      },
    }
  } catch (error) {
    const code = codeOf(error)
    if (code === 'ffmpeg-missing') return fail('ffmpeg-missing')
    if (code === 'not-media' || code === 'not-found') return fail(code, mediaPath)
    return fail('ffmpeg-failed', error instanceof Error ? error.message : undefined)
  }
}

/** The pauses in a media file's speech, from the cache beside its peaks or from one decode that also stores the peaks. */
async function speechPauses(
  mediaPath: string,
  cacheDir: string,
  ffmpegCommand: string | undefined,
): ReturnType<CaptionApi['getSpeechPauses']> {
  try {
    const { pauses, cached } = await getSpeechPauses(mediaPath, {
      cacheDir,
      key: cacheKey,
      storePeaks: (file, peaks) => storePeaks(cacheDir, file, peaks),
      ...(ffmpegCommand ? { ffmpeg: ffmpegCommand } : {}),
    })
    return { ok: true, pauses, cached }
  } catch (error) {
    const code = codeOf(error)
    if (code === 'ffmpeg-missing') return fail('ffmpeg-missing')
    if (code === 'no-audio' || code === 'not-media' || code === 'not-found') return fail(code, mediaPath)
    return fail('ffmpeg-failed', error instanceof Error ? error.message : undefined)
  }
}

/** Builds the media handlers; `jobs` holds running peaks computations so they can be cancelled. */
export function mediaHandlers(ctx: ServiceContext): Pick<
  CaptionApi,
  'openMedia' | 'getPeaks' | 'cancelPeaks' | 'getSpeechPauses' | 'transcodeMedia'
> & {
  cancelAll: () => void
} {
  const { host, access } = ctx
  const jobs = new Map<string, AbortController>()
  // Whole-file peaks being computed: the speech pauses come from the same decode, so they wait for it.
  const decoding = new Map<string, Promise<void>>()
  const ffmpeg = host.ffmpeg ? { ffmpeg: host.ffmpeg } : {}
  return {
    async openMedia({ path }) {
      if (!access.allowsRead(path)) return fail('not-allowed', path)
      try {
        // A file probed before, unchanged, is not probed again (reopening a project).
        const info = await probeMediaCached(path, { cacheDir: ctx.peaksCacheDir, ffmpeg: host.ffmpeg })
        const media = {
          path,
          url: host.mediaUrl(path),
          durationMs: info.durationMs,
          hasAudio: info.hasAudio,
          playable: info.playableInChromium,
          ...(info.videoCodec ? { videoCodec: info.videoCodec } : {}),
          ...(info.audioCodec ? { audioCodec: info.audioCodec } : {}),
        }
        return { ok: true, media }
      } catch (error) {
        // Without ffmpeg the video can still play; the page reads the duration from the element.
        if (codeOf(error) === 'ffmpeg-missing')
          return { ok: true, media: { path, url: host.mediaUrl(path), durationMs: 0, hasAudio: true, playable: true } }
        return fail(codeOf(error) === 'not-found' ? 'not-found' : 'not-media', path)
      }
    },
    async getPeaks({ mediaPath, window }) {
      if (!access.allowsRead(mediaPath)) return fail('not-allowed', mediaPath)
      if (window) return windowPeaks(ctx, mediaPath, window)
      jobs.get(mediaPath)?.abort()
      const controller = new AbortController()
      jobs.set(mediaPath, controller)
      let decoded = () => {}
      decoding.set(mediaPath, new Promise<void>((resolve) => (decoded = resolve)))
      let lastSent = -1
      try {
        // What openMedia found out already (duration, a sound track) saves the decode a probe of its own.
        const known = await knownMediaInfo(mediaPath, ctx.peaksCacheDir)
        if (known && !known.hasAudio) return fail('no-audio', mediaPath)
        const { peaks, cached } = await getPeaksCached(mediaPath, {
          cacheDir: ctx.peaksCacheDir,
          signal: controller.signal,
          ...ffmpeg,
          ...(known?.durationMs ? { durationMs: known.durationMs } : {}),
          // The whole file's decode is background work beside the first screen's and the page's.
          background: true,
          onProgress: (fraction) => {
            // A few dozen events are plenty for a progress bar.
            if (fraction - lastSent < 0.02 && fraction < 1) return
            lastSent = fraction
            host.emit('app:peaks-progress', { mediaPath, fraction })
          },
        })
        return {
          ok: true,
          cached,
          peaks: { perSecond: peaks.perSecond, durationMs: peaks.durationMs, data: peaksToInt8(peaks) },
        }
      } catch (error) {
        if (controller.signal.aborted) return fail('cancelled', mediaPath)
        const code = codeOf(error)
        if (code === 'ffmpeg-missing') return fail('ffmpeg-missing')
        if (code === 'no-audio' || code === 'not-media' || code === 'not-found') return fail(code, mediaPath)
        return fail('ffmpeg-failed', error instanceof Error ? error.message : undefined)
      } finally {
        if (jobs.get(mediaPath) === controller) jobs.delete(mediaPath)
        decoded()
      }
    },
    async cancelPeaks({ mediaPath }) {
      jobs.get(mediaPath)?.abort()
      return { ok: true }
    },
    async getSpeechPauses({ mediaPath }) {
      if (!access.allowsRead(mediaPath)) return fail('not-allowed', mediaPath)
      // The pauses come from the whole-file peaks decode: one already running is waited for, not repeated.
      await decoding.get(mediaPath)
      return speechPauses(mediaPath, ctx.peaksCacheDir, host.ffmpeg)
    },
    async transcodeMedia({ path }) {
      // A project's video (read only) may be converted too: the copy is a new file beside it, never the video itself.
      if (!access.allowsRead(path)) return fail('not-allowed', path)
      try {
        const outputPath = await transcodeTargetPath(path)
        await transcodeToMp4(path, outputPath, {
          ...ffmpeg,
          onProgress: (fraction) => host.emit('app:transcode-progress', { path, fraction }),
        })
        access.grantAt(outputPath, 'open')
        return { ok: true, outputPath }
      } catch (error) {
        return isStartFailure(error) ? fail('ffmpeg-missing') : failureOf(error, path)
      }
    },
    cancelAll() {
      for (const job of jobs.values()) job.abort()
    },
  }
}
