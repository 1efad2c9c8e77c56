/**
 * Speech pauses and voice changes on a generated 1-hour recording (pink-noise "speech" with a pause
 * every 3.1 s, over a steady hum, stereo 48 kHz AAC): the peaks decode alone, side by side with the
 * same decode also summing each bucket's energy and estimating its pitch, plus the pause finder and
 * the voice-change finder, paired run by run (alternating which goes first). Noise is the pitch
 * estimate's worst case (no frame is skipped as silent). Goal: pauses and voice changes cost < 10 %
 * over computing the peaks alone, because they share the decode.
 */
import { execFile } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { computePeaks } from '../electron/services/media/peaks'
import { findPauses } from '../shared/segment/pauses'
import { findVoiceChanges } from '../shared/segment/voice-changes'

const exec = promisify(execFile)
const ROUNDS = 6

/** Runs the benchmark and returns its Markdown section. */
export async function run(): Promise<string> {
  const cache = path.join(import.meta.dirname, '.cache')
  const media = path.join(cache, 'one-hour-gated-noise.m4a')
  await fs.mkdir(cache, { recursive: true })
  if (!existsSync(media)) {
    // The gate (volume from 1 to 0.03 for 0.8 s in every 3.1 s) makes the pauses; the hum stays through them.
    const graph =
      '[0]volume=volume=0.03+0.97*lt(mod(t\\,3.1)\\,2.3):eval=frame,aformat=sample_fmts=fltp:channel_layouts=mono[v];[1]aformat=sample_fmts=fltp:channel_layouts=mono,volume=0.3[h];[v][h]amerge=inputs=2'
    await exec(
      'ffmpeg',
      [
        '-v',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        'anoisesrc=color=pink:sample_rate=48000:duration=3600:amplitude=0.3',
        '-f',
        'lavfi',
        '-i',
        'sine=frequency=110:sample_rate=48000:duration=3600',
        '-filter_complex',
        graph,
        '-ac',
        '2',
        '-c:a',
        'aac',
        '-b:a',
        '96k',
        media,
      ],
      { maxBuffer: 1 << 20 },
    )
  }
  // Wall time includes ffmpeg (another process); our own CPU time is where the added work shows.
  const timed = async (fn: () => Promise<unknown>) => {
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    await fn()
    const cpu = process.cpuUsage(cpu0)
    return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 }
  }
  let pauseCount = 0
  let voiceCount = 0
  let finderMs = 0
  let voiceMs = 0
  const peaksOnly = () => timed(() => computePeaks(media, { parts: 1 }))
  // What pausesFromPeaks does, with each finder timed on its own.
  const withPauses = () =>
    timed(async () => {
      const peaks = await computePeaks(media, { parts: 1, rms: true })
      const t0 = performance.now()
      const pauses = findPauses(peaks.rms!, 10)
      const t1 = performance.now()
      voiceCount = findVoiceChanges(peaks.rms!, peaks.pitch!, 10, pauses).length
      finderMs = t1 - t0
      voiceMs = performance.now() - t1
      pauseCount = pauses.length
    })
  const base: { wall: number; cpu: number }[] = []
  const both: { wall: number; cpu: number }[] = []
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which goes first, so a machine that slows down or speeds up weighs on both alike.
    if (r % 2 === 0) {
      base.push(await peaksOnly())
      both.push(await withPauses())
    } else {
      both.push(await withPauses())
      base.push(await peaksOnly())
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
  const wallRatio = median(base.map((b, r) => both[r]!.wall / b.wall))
  const added = median(base.map((b, r) => (both[r]!.cpu - b.cpu) / b.wall))
  return [
    `Input: generated 1-hour stereo 48 kHz AAC; ${pauseCount} pauses found (one every 3.1 s: ${Math.floor(3600 / 3.1)} expected), ${voiceCount} voice changes (noise over a hum, no voices: none expected). One ffmpeg each, ${ROUNDS} paired rounds; the pause finder alone took ${finderMs.toFixed(0)} ms, the voice-change finder ${voiceMs.toFixed(0)} ms.`,
    '',
    '| variant | median wall ms | median CPU ms in our process | × peaks alone (paired wall) |',
    '|---|---:|---:|---:|',
    `| peaks alone (baseline) | ${median(base.map((b) => b.wall)).toFixed(0)} | ${median(base.map((b) => b.cpu)).toFixed(0)} | 1.00 |`,
    `| peaks + energy + pitch + pause and voice-change finders (same decode) | ${median(both.map((b) => b.wall)).toFixed(0)} | ${median(both.map((b) => b.cpu)).toFixed(0)} | ${wallRatio.toFixed(3)} |`,
    '',
    `Added work in our process (CPU time with pauses and voice changes − without, over the peaks' wall time): ${(added * 100).toFixed(1)} %.`,
  ].join('\n')
}
