/**
 * A full save of a 10,000-caption project through the API, as browser mode's server takes it: the
 * request's text is read (`fromWire`), checked at the boundary (`dispatchApiCall`) and handed to the
 * handler; `projectEdited` with the whole project is timed until its journal record is on disk and
 * then the project file (flushed), `createProject` until the new file is written. The baseline is the
 * least a save can do: parse the text, check it with the schema once, serialise it once, write and
 * fsync one file.
 *
 * With `EGLUR_BEFORE=/path/to/an/older/tree` (a `git worktree` with `node_modules` linked) the same
 * saves through that tree's services are timed too. Each tree runs in processes of its own, one
 * after the other in turn (this tree, that tree, this tree…), each with its own baseline: two trees
 * in one process shared the JIT's warm-up unequally, and identical code then measured up to 25 % apart.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import type * as ApiIndex from '../electron/services/api/index'
import { ACCESSIBLE_DEFAULT_PROFILE, asCueId, makeDocument, type Cue } from '../shared/model'
import { checkArgs } from '../shared/ipc/schemas'
import { projectToJson } from '../shared/project/project-file'
import { generateWords } from '../tests/helpers/generate-captions'
import { segmentWords } from '../shared/segment/segment-words'

const ROUNDS = 11
const WARMUP = 4
const PROCESS_TURNS = 3
const WRITER = 'benchwriter01'

type Tree = Readonly<{
  fromWire: (text: string) => unknown
  toWire: (value: unknown) => string
  dispatch: (method: string, raw: unknown) => Promise<unknown>
  grant: (file: string) => void
  /** Resolves at the writer's next `saved` status for `file`. */
  nextSaved: (file: string) => Promise<void>
  work: string
}>

/** The services of the tree at `root`, over a fresh temp folder. */
async function loadTree(root: string): Promise<Tree> {
  const load = (rel: string) => import(pathToFileURL(path.join(root, rel)).href)
  const wire = (await load('shared/ipc/wire.ts')) as { fromWire: Tree['fromWire']; toWire: Tree['toWire'] }
  const api = (await load('electron/services/api/index.ts')) as typeof ApiIndex
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-bench-save-')))
  const work = path.join(dir, 'work')
  await fs.mkdir(work)
  const waiters: Array<{ file: string; resolve: () => void }> = []
  const services = api.createCaptionServices({
    mode: 'browser',
    appVersion: '0.0.0-bench',
    platform: process.platform,
    systemLanguages: ['en-GB'],
    dataDir: path.join(dir, 'data'),
    launchFiles: [],
    mediaUrl: (p) => `/media/${encodeURIComponent(p)}`,
    // The journal is written at once, so the time is the work, not the wait.
    autosaveDelayMs: 0,
    emit: (event, payload) => {
      if (event !== 'app:save-status') return
      const { path: file, status } = payload as { path: string; status: { state: string } }
      if (status.state !== 'saved') return
      for (const w of waiters.splice(0))
        if (w.file === file) w.resolve()
        else waiters.push(w)
    },
  })
  return {
    ...wire,
    dispatch: (method, raw) => api.dispatchApiCall(services.api, method, raw),
    grant: (file) => services.access.grant(file),
    nextSaved: (file) => new Promise((resolve) => waiters.push({ file, resolve })),
    work,
  }
}

const median = (values: number[]): number => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!

type Row = Readonly<{ name: string; medianMs: number; minMs: number; cpuMs: number; ratio: number; cpuRatio: number }>

/** Times the baseline and the tree's two saves, round by round (the order turned each round). */
async function measureTree(root: string): Promise<{ rows: Row[]; input: string }> {
  const cues = segmentWords(generateWords(10.5 * 3600 * 1000, 5), ACCESSIBLE_DEFAULT_PROFILE).slice(0, 10_000)
  const doc = makeDocument(cues.map((c, i): Cue => ({ ...c, id: asCueId(`c${i + 1}`) })))
  const json = projectToJson({ title: 'Bench', doc, glossary: [] }, new Date())
  const tree = await loadTree(root)
  const floorFile = path.join(tree.work, 'floor.json')
  const floorText = tree.toWire({ path: floorFile, writer: WRITER, project: json })
  const file = path.join(tree.work, 'talk.eglur')
  tree.grant(file)
  const edited = tree.toWire({ path: file, writer: WRITER, project: json })
  const variants: Array<{ name: string; fn: (round: number) => Promise<void> }> = [
    {
      name: 'floor: parse, check once, serialise once, write + fsync one file (baseline)',
      fn: async () => {
        const checked = checkArgs('projectEdited', JSON.parse(floorText))
        if (!checked.ok) throw new Error(checked.detail)
        const handle = await fs.open(floorFile, 'w')
        await handle.writeFile(JSON.stringify(checked.args.project))
        await handle.sync()
        await handle.close()
      },
    },
    {
      name: '`projectEdited` with the whole project: journal, then the file',
      fn: async () => {
        const saved = tree.nextSaved(file)
        const result = (await tree.dispatch('projectEdited', tree.fromWire(edited))) as { ok: boolean }
        if (!result.ok) throw new Error(JSON.stringify(result))
        await saved
        const flushed = (await tree.dispatch('flushProject', { path: file, writer: WRITER })) as {
          ok: boolean
          status?: { state: string }
        }
        if (!flushed.ok || flushed.status?.state !== 'saved') throw new Error(JSON.stringify(flushed))
      },
    },
    {
      name: '`createProject` (writes the file)',
      fn: async (round) => {
        const created = path.join(tree.work, `new-${round}.eglur`)
        tree.grant(created)
        const result = (await tree.dispatch(
          'createProject',
          tree.fromWire(tree.toWire({ path: created, writer: WRITER, project: json })),
        )) as { ok: boolean }
        if (!result.ok) throw new Error(JSON.stringify(result))
      },
    },
  ]
  // The first edited save of a file keeps a version of it; the warm-up rounds take that out of the timing.
  const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
  const times = variants.map((): number[] => [])
  const cpu = variants.map((): number[] => [])
  const ratios = variants.map((): number[] => [])
  const cpuRatios = variants.map((): number[] => [])
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const order = round % 2 === 0 ? variants.map((_, k) => k) : variants.map((_, k) => k).reverse()
    const ms: number[] = []
    const cpuMs: number[] = []
    for (const k of order) {
      gc()
      const c0 = process.cpuUsage()
      const t0 = performance.now()
      await variants[k]!.fn(round)
      ms[k] = performance.now() - t0
      const c = process.cpuUsage(c0)
      cpuMs[k] = (c.user + c.system) / 1000
    }
    if (round < WARMUP) continue
    ms.forEach(
      (m, k) => (
        times[k]!.push(m),
        cpu[k]!.push(cpuMs[k]!),
        ratios[k]!.push(m / ms[0]!),
        cpuRatios[k]!.push(cpuMs[k]! / cpuMs[0]!)
      ),
    )
  }
  const rows = variants.map((v, k) => ({
    name: v.name,
    medianMs: median(times[k]!),
    minMs: Math.min(...times[k]!),
    cpuMs: median(cpu[k]!),
    ratio: median(ratios[k]!),
    cpuRatio: median(cpuRatios[k]!),
  }))
  return {
    rows,
    input: `${json.document.cues.length} captions with word timings, ${(floorText.length / 1048576).toFixed(1)} MB as sent`,
  }
}

/** Measures `root` in a process of its own. */
function measureInChild(root: string): { rows: Row[]; input: string } {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', import.meta.filename, '--child', root],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  )
  return JSON.parse(out.slice(out.lastIndexOf('\n{') + 1)) as { rows: Row[]; input: string }
}

/** Runs the benchmark and returns its Markdown section. */
export async function run(): Promise<string> {
  const here = path.resolve(import.meta.dirname, '..')
  const before = process.env.EGLUR_BEFORE
  const runs: Array<{ label: string; results: Array<{ rows: Row[]; input: string }> }> = [{ label: '', results: [] }]
  if (!before) runs[0]!.results.push(await measureTree(here))
  else {
    runs.push({ label: 'before: ', results: [] })
    for (let turn = 0; turn < PROCESS_TURNS; turn++) {
      runs[0]!.results.push(measureInChild(here))
      runs[1]!.results.push(measureInChild(path.resolve(before)))
    }
  }
  const lines: string[] = []
  for (const { label, results } of runs) {
    results[0]!.rows.forEach((row, k) => {
      const pick = (f: (r: Row) => number) => median(results.map((r) => f(r.rows[k]!)))
      lines.push(
        `| ${label}${row.name} | ${pick((r) => r.medianMs).toFixed(1)} | ${Math.min(...results.map((r) => r.rows[k]!.minMs)).toFixed(1)} | ${pick((r) => r.cpuMs).toFixed(1)} | ${pick((r) => r.cpuRatio).toFixed(2)} | ${pick((r) => r.ratio).toFixed(2)} |`,
      )
    })
  }
  const processes = before
    ? `; each tree in ${PROCESS_TURNS} processes taken in turn, the medians of their medians shown`
    : ''
  return [
    `Input: ${runs[0]!.results[0]!.input}; ${ROUNDS} rounds after ${WARMUP} of warm-up, the order turned each round${processes}; × is the median of per-round ratios to the baseline of the same process. On a loaded machine read the CPU columns: the fsyncs' wall time varies by half from one process to the next.`,
    '',
    '| variant | median ms | min ms | median CPU ms (all threads) | × baseline (CPU) | × baseline (wall) |',
    '|---|---:|---:|---:|---:|---:|',
    ...lines,
  ].join('\n')
}

const child = process.argv.indexOf('--child')
if (child >= 0) {
  process.stdout.write(`\n${JSON.stringify(await measureTree(process.argv[child + 1]!))}\n`)
  process.exit(0)
}
