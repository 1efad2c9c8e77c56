/**
 * Waveform peaks for a generated 1-hour stereo 48 kHz AAC file, side by side with the bare
 * single-process decode `ffmpeg -i IN -ac 1 -ar 8000 -f s16le -y /dev/null` by the system's ffmpeg
 * in the same run. Goal: the whole `eglur peaks` process ≤ 1.0× the bare decode (needs the parallel
 * slices and the newer of the two ffmpegs), our process's memory < 150 MB; reopening the unchanged
 * file (a peaks-cache hit) < 50 ms.
 *
 * Decodes take seconds, so each round times the baseline and every variant once, in an order that
 * turns round by round, and a variant's × is the median of its per-round ratios to that round's
 * baseline: a loaded machine's slow and fast spells then fall on both sides of a ratio alike.
 */
import { execFile } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { computePeaks } from '../electron/services/media/peaks'
import { getPeaksCached } from '../electron/services/media/peaks-cache'
import { decodingFfmpeg } from '../electron/services/media/decoding-ffmpeg'
import { bundledFfmpeg, systemFfmpeg } from '../electron/services/media/ffmpeg-path'
import { snapshotCli } from './cli-snapshot'

const exec = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..')
const ROUNDS = 5

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

const median = (values: number[]): number => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Runs the benchmark and returns its Markdown section. */
export async function run(): Promise<string> {
  const cache = path.join(import.meta.dirname, '.cache')
  const media = path.join(cache, 'one-hour-stereo-48k.m4a')
  await fs.mkdir(cache, { recursive: true })
  if (!existsSync(media)) {
    await exec(
      'ffmpeg',
      [
        '-v',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        'sine=frequency=220:sample_rate=48000:duration=3600',
        '-f',
        'lavfi',
        '-i',
        'anoisesrc=color=pink:sample_rate=48000:duration=3600:amplitude=0.1',
        '-filter_complex',
        '[0][1]amerge=inputs=2',
        '-ac',
        '2',
        '-c:a',
        'aac',
        '-b:a',
        '128k',
        media,
      ],
      { maxBuffer: 1 << 20 },
    )
  }
  await exec(process.execPath, [path.join(root, 'scripts/build-cli.js')], { cwd: root })
  const bin = snapshotCli()
  const system = systemFfmpeg() ?? 'ffmpeg'
  const bundled = bundledFfmpeg()
  const chosen = await decodingFfmpeg()
  const parts = os.availableParallelism()
  const out = path.join(cache, 'peaks.json')
  const variants: Array<{ name: string; fn: () => Promise<unknown> }> = [
    {
      name: 'bare system ffmpeg decode to /dev/null (baseline)',
      fn: () =>
        exec(system, [
          '-v',
          'error',
          '-nostdin',
          '-i',
          media,
          '-ac',
          '1',
          '-ar',
          '8000',
          '-f',
          's16le',
          '-y',
          '/dev/null',
        ]),
    },
    {
      name: `whole \`eglur peaks IN -o OUT.json\` process (${chosen.source} ffmpeg, ${parts} slices, JSON written)`,
      fn: () => exec(process.execPath, [bin, 'peaks', media, '-o', out], { maxBuffer: 1 << 20 }),
    },
    {
      name: `Eglur peaks in-process, ${chosen.source} ffmpeg, one ffmpeg on a pipe`,
      fn: () => computePeaks(media, { parts: 1, ffmpeg: chosen.command }),
    },
    {
      name: `Eglur peaks in-process, ${chosen.source} ffmpeg, ${parts} slices`,
      fn: () => computePeaks(media, { parts, ffmpeg: chosen.command }),
    },
    ...(bundled
      ? [
          {
            name: `before: Eglur peaks in-process, bundled 2018 ffmpeg, ${parts} slices`,
            fn: () => computePeaks(media, { parts, ffmpeg: bundled }),
          },
        ]
      : []),
  ]
  const times = variants.map((): number[] => [])
  const rss = variants.map(() => 0)
  const ratios = variants.map((): number[] => [])
  for (let round = 0; round < ROUNDS; round++) {
    const order = variants.map((_, k) => (k + round) % variants.length)
    const ms: number[] = []
    for (const k of order) {
      const t = await timed(variants[k]!.fn)
      ms[k] = t.ms
      times[k]!.push(t.ms)
      rss[k] = Math.max(rss[k]!, t.rssMb)
    }
    variants.forEach((_, k) => ratios[k]!.push(ms[k]! / ms[0]!))
  }
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
  const cacheBytes = (
    await Promise.all((await fs.readdir(cacheDir)).map(async (f) => (await fs.stat(path.join(cacheDir, f))).size))
  ).reduce((a, b) => a + b, 0)
  const bare = median(times[0]!)
  const rows = [
    '| variant | median ms | × bare decode (median of per-round ratios) | growth of our process memory, MB |',
    '|---|---:|---:|---:|',
    ...variants.map(
      (v, k) =>
        `| ${v.name} | ${median(times[k]!).toFixed(0)} | ${k === 0 ? '1.00' : median(ratios[k]!).toFixed(2)} | ${k <= 1 ? '–' : rss[k]!.toFixed(0)} |`,
    ),
    `| Eglur peaks through the cache, miss (decode + write) | ${miss.ms.toFixed(0)} | ${(miss.ms / bare).toFixed(2)} | ${miss.rssMb.toFixed(0)} |`,
    `| Eglur peaks through the cache, hit (median of 9; goal < 50 ms) | ${median(hits).toFixed(1)} | ${(median(hits) / bare).toFixed(3)} | – |`,
  ]
  return `Input: 1-hour stereo 48 kHz AAC (generated, cached in bench/.cache); ${ROUNDS} rounds. ffmpeg chosen: ${chosen.description}; cache file ${(cacheBytes / 1048576).toFixed(1)} MB.\n\n${rows.join('\n')}`
}
