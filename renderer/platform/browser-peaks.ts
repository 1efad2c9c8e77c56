/**
 * Waveform peaks computed in the page (browser mode): the media file is decoded at 8 kHz mono by an
 * OfflineAudioContext and reduced to min/max pairs at 100 a second. The desktop app computes peaks
 * with ffmpeg in the main process instead; this path is limited to files the page can hold.
 */

/** Peaks as min/max per bucket, `perSecond` buckets a second: what the waveform draws, from ffmpeg or from the page. */
export type WaveformPeaks = Readonly<{ perSecond: number; durationMs: number; min: Float32Array; max: Float32Array }>

/** Larger files are not decoded in the page (memory); the editor works without a waveform then. */
export const MAX_DECODE_BYTES = 400 * 1024 * 1024
const SAMPLE_RATE = 8000
const PER_SECOND = 100

/** Reduces samples to min/max pairs, `samplesPerPeak` samples each. */
export function reducePeaks(samples: Float32Array, samplesPerPeak: number): { min: Float32Array; max: Float32Array } {
  const count = Math.ceil(samples.length / samplesPerPeak)
  const min = new Float32Array(count)
  const max = new Float32Array(count)
  for (let p = 0; p < count; p++) {
    let lo = 0
    let hi = 0
    const end = Math.min(samples.length, (p + 1) * samplesPerPeak)
    for (let i = p * samplesPerPeak; i < end; i++) {
      const v = samples[i]!
      if (v < lo) lo = v
      if (v > hi) hi = v
    }
    min[p] = lo
    max[p] = hi
  }
  return { min, max }
}

/** Decodes a media file's audio and returns its peaks, or a reason it could not. */
export async function peaksFromFile(
  file: Blob,
  durationMs: number,
): Promise<{ ok: true; peaks: WaveformPeaks } | { ok: false; reason: 'too-large' | 'no-audio' }> {
  if (file.size > MAX_DECODE_BYTES) return { ok: false, reason: 'too-large' }
  try {
    const frames = Math.max(1, Math.ceil((durationMs / 1000) * SAMPLE_RATE))
    const context = new OfflineAudioContext(1, frames, SAMPLE_RATE)
    const buffer = await context.decodeAudioData(await file.arrayBuffer())
    const { min, max } = reducePeaks(buffer.getChannelData(0), SAMPLE_RATE / PER_SECOND)
    return { ok: true, peaks: { perSecond: PER_SECOND, durationMs: Math.round(buffer.duration * 1000), min, max } }
  } catch {
    return { ok: false, reason: 'no-audio' }
  }
}
