/**
 * Waveform peaks for a generated 1-hour stereo 48 kHz AAC file, side by side with the bare
 * single-process decode `ffmpeg -i IN -ac 1 -ar 8000 -f s16le -y /dev/null` in the same run.
 * Goal: ≤ 1.0× the bare decode (needs the parallel slices), our process's memory < 150 MB;
 * reopening the unchanged file (a peaks-cache hit) < 50 ms.
 */
import { execFile } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { computePeaks } from '../electron/services/media/peaks'
import { getPeaksCached } from '../electron/services/media/peaks-cache'
import { resolveFfmpeg } from '../electron/services/media/ffmpeg-path'

const exec = promisify(execFile)

async function timed(fn: () => Promise<unknown>): Promise<{ ms: number; rssMb: number }> {
  const before = process.memoryUsage().rss
  let peak = before
  const poll = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const t0 = performance.now()
  await fn()
  const ms = performance.now() - t0
  clearInterval(poll)
  return { ms, rssMb: (peak - before) / 1048576 }
}

/** Runs the benchmark and returns its Markdown section. */
export async function run(): Promise<string> {
  const cache = path.join(import.meta.dirname, '.cache')
  const media = path.join(cache, 'one-hour-stereo-48k.m4a')
  await fs.mkdir(cache, { recursive: true })
  if (!existsSync(media)) {
    await exec('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=220:sample_rate=48000:duration=3600', '-f', 'lavfi', '-i', 'anoisesrc=color=pink:sample_rate=48000:duration=3600:amplitude=0.1', '-filter_complex', '[0][1]amerge=inputs=2', '-ac', '2', '-c:a', 'aac', '-b:a', '128k', media], { maxBuffer: 1 << 20 })
  }
  const ffmpeg = resolveFfmpeg()
  const bare = await timed(() => exec(ffmpeg, ['-v', 'error', '-nostdin', '-i', media, '-ac', '1', '-ar', '8000', '-f', 's16le', '-y', '/dev/null']))
  const single = await timed(() => computePeaks(media, { parts: 1 }))
  const parallel = await timed(() => computePeaks(media, { parts: os.availableParallelism() }))
  // The cache starts empty, so the first call is a real miss (decode + write) and the rest are hits.
  const cacheDir = path.join(cache, 'peaks-cache')
  await fs.rm(cacheDir, { recursive: true, force: true })
  const miss = await timed(() => getPeaksCached(media, { cacheDir }))
  const hits: number[] = []
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now()
    const { cached } = await getPeaksCached(media, { cacheDir })
    if (!cached) throw new Error('the peaks cache missed on an unchanged file')
    hits.push(performance.now() - t0)
  }
  hits.sort((a, b) => a - b)
  const hit = { ms: hits[Math.floor(hits.length / 2)]! }
  const cacheBytes = (await Promise.all((await fs.readdir(cacheDir)).map(async (f) => (await fs.stat(path.join(cacheDir, f))).size))).reduce((a, b) => a + b, 0)
  const rows = [
    '| variant | time ms | × bare decode | growth of our process memory, MB |',
    '|---|---:|---:|---:|',
    `| bare ffmpeg decode to /dev/null (baseline) | ${bare.ms.toFixed(0)} | 1.00 | – |`,
    `| Eglur peaks, one ffmpeg on a pipe | ${single.ms.toFixed(0)} | ${(single.ms / bare.ms).toFixed(2)} | ${single.rssMb.toFixed(0)} |`,
    `| Eglur peaks, ${os.availableParallelism()} slices in parallel | ${parallel.ms.toFixed(0)} | ${(parallel.ms / bare.ms).toFixed(2)} | ${parallel.rssMb.toFixed(0)} |`,
    `| Eglur peaks through the cache, miss (decode + write) | ${miss.ms.toFixed(0)} | ${(miss.ms / bare.ms).toFixed(2)} | ${miss.rssMb.toFixed(0)} |`,
    `| Eglur peaks through the cache, hit (median of 9; goal < 50 ms) | ${hit.ms.toFixed(1)} | ${(hit.ms / bare.ms).toFixed(3)} | – |`,
  ]
  return `Input: 1-hour stereo 48 kHz AAC (generated, cached in bench/.cache), ffmpeg ${ffmpeg === 'ffmpeg' ? 'from the system' : 'from @ffmpeg-installer'}; cache file ${(cacheBytes / 1048576).toFixed(1)} MB.\n\n${rows.join('\n')}`
}
