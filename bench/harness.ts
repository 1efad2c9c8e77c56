/** Tiny benchmark helpers: median wall time over runs, heap growth, and a printed table. */

/** One measured variant. */
export type Measurement = Readonly<{ name: string; medianMs: number; minMs: number; heapMb: number }>

const gc = (): void => (globalThis as { gc?: () => void }).gc?.()

/** One variant: a name and the work to time. */
export type Variant = Readonly<{ name: string; fn: () => unknown }>

/** A measurement with its ratio to the baseline, taken run by run. */
export type PairedMeasurement = Measurement & Readonly<{ ratio: number }>

/** Times one run after a collection; returns milliseconds and heap growth in MB. */
function timeOnce(v: Variant): { ms: number; heapMb: number } {
  gc()
  const before = process.memoryUsage().heapUsed
  const t0 = performance.now()
  const result = v.fn()
  const ms = performance.now() - t0
  if (result === undefined) throw new Error(`${v.name} returned nothing`)
  return { ms, heapMb: (process.memoryUsage().heapUsed - before) / 1048576 }
}

/** The median of `values` (sorted in place). */
const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** A measurement from run times and the most heap any run retained. */
function summary(name: string, times: number[], heapMb: number): Measurement {
  const medianMs = median(times) // sorts, so the minimum is first after it
  return { name, medianMs, minMs: times[0]!, heapMb }
}

/** Runs `fn` `runs` times after `warmup` runs; returns the median and minimum time and the heap it retains. */
export function measure(name: string, fn: () => unknown, runs = 9, warmup = 2): Measurement {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  let heapMb = 0
  for (let i = 0; i < runs; i++) {
    const run = timeOnce({ name, fn })
    times.push(run.ms)
    heapMb = Math.max(heapMb, run.heapMb)
  }
  return summary(name, times, heapMb)
}

/**
 * Times each variant next to a run of the baseline (before it in one round, after it in the next),
 * round after round, and reports the median of those run-by-run ratios: a shared machine's slow and
 * fast spells (seconds long here) then fall on both sides of each ratio alike, where ratios of
 * separate medians can swing by half.
 */
export function measurePaired(
  baseline: Variant,
  variants: readonly Variant[],
  rounds = 21,
  warmup = 3,
): PairedMeasurement[] {
  const all = [baseline, ...variants]
  for (let i = 0; i < warmup; i++) for (const v of all) v.fn()
  const times = all.map((): number[] => [])
  const ratios = all.map((): number[] => [])
  const heap = all.map(() => 0)
  for (let round = 0; round < rounds; round++) {
    variants.forEach((v, k) => {
      // Which of the two runs first alternates, so that whatever the run before leaves behind (garbage
      // to sweep, memory to map again) falls on each side equally often.
      const early = round % 2 === 0 ? timeOnce(baseline) : undefined
      const run = timeOnce(v)
      const base = early ?? timeOnce(baseline)
      times[0]!.push(base.ms)
      heap[0] = Math.max(heap[0]!, base.heapMb)
      times[k + 1]!.push(run.ms)
      ratios[k + 1]!.push(run.ms / base.ms)
      heap[k + 1] = Math.max(heap[k + 1]!, run.heapMb)
    })
  }
  return all.map((v, k) => ({ ...summary(v.name, times[k]!, heap[k]!), ratio: k === 0 ? 1 : median(ratios[k]!) }))
}

/** Prints measurements as a Markdown table, with each one's ratio to `baseline`. */
export function table(rows: readonly Measurement[], baseline: string): string {
  const base = rows.find((r) => r.name === baseline)!
  const lines = ['| variant | median ms | min ms | × baseline | heap retained MB |', '|---|---:|---:|---:|---:|']
  // A paired measurement carries its own ratio (the median of run-by-run ratios).
  const ratio = (r: Measurement): number => ('ratio' in r ? (r as PairedMeasurement).ratio : r.medianMs / base.medianMs)
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${r.medianMs.toFixed(1)} | ${r.minMs.toFixed(1)} | ${ratio(r).toFixed(2)} | ${r.heapMb.toFixed(1)} |`,
    )
  return lines.join('\n')
}
