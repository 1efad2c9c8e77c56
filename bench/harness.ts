/** Tiny benchmark helpers: median wall time over runs, heap growth, and a printed table. */

/** One measured variant. */
export type Measurement = Readonly<{ name: string; medianMs: number; minMs: number; heapMb: number }>

const gc = (): void => (globalThis as { gc?: () => void }).gc?.()

/** Runs `fn` `runs` times after `warmup` runs; returns the median and minimum time and the heap it retains. */
export function measure(name: string, fn: () => unknown, runs = 9, warmup = 2): Measurement {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  let heapMb = 0
  for (let i = 0; i < runs; i++) {
    gc()
    const before = process.memoryUsage().heapUsed
    const t0 = performance.now()
    const result = fn()
    times.push(performance.now() - t0)
    heapMb = Math.max(heapMb, (process.memoryUsage().heapUsed - before) / 1048576)
    if (result === undefined) throw new Error(`${name} returned nothing`)
  }
  times.sort((a, b) => a - b)
  return { name, medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, heapMb }
}

/** Prints measurements as a Markdown table, with each one's ratio to `baseline`. */
export function table(rows: readonly Measurement[], baseline: string): string {
  const base = rows.find((r) => r.name === baseline)!
  const lines = ['| variant | median ms | min ms | × baseline | heap retained MB |', '|---|---:|---:|---:|---:|']
  for (const r of rows) lines.push(`| ${r.name} | ${r.medianMs.toFixed(1)} | ${r.minMs.toFixed(1)} | ${(r.medianMs / base.medianMs).toFixed(2)} | ${r.heapMb.toFixed(1)} |`)
  return lines.join('\n')
}
