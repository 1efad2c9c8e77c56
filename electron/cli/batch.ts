/**
 * Several files at once (`eglur convert A B C -o DIR`, `eglur check A B C`): each file's command runs
 * as if typed on its own, in worker threads, one per core, and its output is printed in the order the
 * files were given. On a terminal a progress line on standard error says how far it is.
 */

import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { BatchJobMessage, BatchResultMessage } from './batch-messages'
import type { CliIo } from './io'

/** One file's command line (as for `runCli`) and the file it is about. */
export type BatchJob = Readonly<{ file: string; args: readonly string[] }>

/** What one file's command printed and returned. */
export type BatchResult = Readonly<{ code: number; stdout: string; stderr: string }>

/** How to run a batch. */
export type BatchOptions = Readonly<{
  /** The verb of the progress line ("converting", "checking"). */
  verb: string
  /** Called once per file, in input order; the default prints its output as it was written. */
  emit?: (result: BatchResult, job: BatchJob) => void
  /** Threads to use (default: one per core, no more than there are files). */
  threads?: number
}>

/** The worker's script: the bundle's (out/cli/batch-worker.js, this code being in out/cli/chunks/) or the sources'. */
function workerScript(): WorkerScript | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url))
  for (const dir of [here, path.dirname(here)]) {
    const built = path.join(dir, 'batch-worker.js')
    if (existsSync(built)) return { code: built, eval: false }
    const source = path.join(dir, 'batch-worker.ts')
    if (existsSync(source)) {
      // The sources need tsx in the worker too (a loader given as --import does not reach a worker's
      // own entry in Node 20), found from here wherever eglur runs: registered, then the worker imported.
      const api = pathToFileURL(
        path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
      ).href
      return {
        code: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(source).href)}) })`,
        eval: true,
      }
    }
  }
  return undefined
}

/** A worker's script: a file, or code to evaluate. */
type WorkerScript = Readonly<{ code: string; eval: boolean }>

/** Runs the jobs (in worker threads when there are several and a worker can start); returns the worst exit code. */
export async function runBatch(jobs: readonly BatchJob[], io: CliIo, options: BatchOptions): Promise<number> {
  const emit = options.emit ?? ((r: BatchResult) => (io.stdout(r.stdout), io.stderr(r.stderr)))
  const results: (BatchResult | undefined)[] = jobs.map(() => undefined)
  let printed = 0
  let done = 0
  const progress = (text: string) => io.isTerminal && io.stderr(`\r\x1b[K${text}`)
  const settle = (index: number, result: BatchResult) => {
    results[index] = result
    done++
    progress('')
    // Output keeps the order of the files given, whichever finishes first.
    while (printed < jobs.length && results[printed]) {
      emit(results[printed]!, jobs[printed]!)
      printed++
    }
    if (done < jobs.length) progress(`eglur: ${options.verb} ${done} of ${jobs.length} files…`)
  }
  progress(`eglur: ${options.verb} 0 of ${jobs.length} files…`)
  const threads = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), jobs.length))
  const script = threads > 1 ? workerScript() : undefined
  if (!script) {
    const { runCli } = await import('./main')
    for (const [index, job] of jobs.entries()) settle(index, await runOne(runCli, job, io.cwd))
  } else {
    await runInWorkers(script, threads, jobs, io.cwd, settle)
  }
  return Math.max(0, ...results.map((r) => r?.code ?? 2))
}

type RunCli = (argv: readonly string[], io: CliIo) => Promise<number>

async function runOne(runCli: RunCli, job: BatchJob, cwd: string): Promise<BatchResult> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(job.args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd })
  return { code, stdout, stderr }
}

/** Each worker takes the next file as soon as it is done with one; a worker that dies fails its file, and a new one carries on. */
function runInWorkers(
  script: WorkerScript,
  threads: number,
  jobs: readonly BatchJob[],
  cwd: string,
  settle: (index: number, result: BatchResult) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0
    let running = 0
    const start = () => {
      const worker = new Worker(script.code, { eval: script.eval })
      let current = -1
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate()
          return
        }
        current = next++
        running++
        const message: BatchJobMessage = { id: current, args: jobs[current]!.args, cwd }
        worker.postMessage(message)
      }
      worker.on('message', (result: BatchResultMessage) => {
        running--
        current = -1
        settle(result.id, result)
        feed()
        if (next >= jobs.length && running === 0) resolve()
      })
      worker.on('error', (error) => {
        if (current < 0) return
        running--
        settle(current, { code: 2, stdout: '', stderr: `${jobs[current]!.file}: internal error: ${error.message}\n` })
        current = -1
        if (next < jobs.length) start()
        else if (running === 0) resolve()
      })
      feed()
    }
    for (let i = 0; i < threads; i++) start()
  })
}
