/**
 * Reading a project file's bytes with its limits. Parsing and checking a project runs on the main
 * thread, where browser mode's server also answers every other request: a hostile file of a million
 * captions held it for seconds. So a large file is first counted in a worker thread (off the event
 * loop) and refused above limits no real project comes near; below them the main thread's parse is
 * short (about 0.4 s for a 15,000-caption, 10-hour event with word timings).
 */

import { Worker } from 'node:worker_threads'
import { readRegularFile } from '../read-regular-file'
import { MAX_PROJECT_CAPTIONS, MAX_PROJECT_FILE_BYTES, MAX_PROJECT_WORDS } from './project-limits'

export { MAX_PROJECT_CAPTIONS, MAX_PROJECT_FILE_BYTES, MAX_PROJECT_WORDS } from './project-limits'

/**
 * Files smaller than this are not counted: the smallest possible caption in a project file takes 38
 * bytes and the smallest word timing 30, so 1 MB cannot exceed either limit, and a worker costs more
 * than parsing it.
 */
const COUNT_ABOVE_BYTES = 1024 * 1024

/** A project over the caption or word limit. */
export class ProjectTooBigError extends Error {
  /** The code the services report. */
  readonly code = 'too-many-captions'

  /** Creates the error with what the file holds. */
  constructor(
    readonly path: string,
    readonly captions: number,
    readonly words: number,
  ) {
    super(`${path} holds ${captions} captions and ${words} word timings`)
  }
}

/** Plain JavaScript for the worker (no TypeScript loader there): counts captions and word timings. */
const COUNT_IN_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
let counts = { captions: 0, words: 0 }
try {
  const cues = JSON.parse(Buffer.from(workerData).toString('utf8'))?.document?.cues
  if (Array.isArray(cues)) {
    counts.captions = cues.length
    for (const cue of cues) if (Array.isArray(cue?.words)) counts.words += cue.words.length
  }
} catch {
  // Not JSON: the main thread's parse says where.
}
parentPort.postMessage(counts)
`

/** Counts a project's captions and word timings in a worker thread. */
function countInWorker(bytes: Uint8Array): Promise<{ captions: number; words: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(COUNT_IN_WORKER, { eval: true, workerData: bytes })
    worker.once('message', (counts: { captions: number; words: number }) => resolve(counts))
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the project counter stopped (exit code ${code})`)))
  })
}

/**
 * True when `bytes` hold at most `limit` opening braces. Every JSON object (caption, word timing or
 * other) is written with one, and no escape can spell it, so this bounds the captions and the word
 * timings together from above without parsing; stops counting past the limit.
 */
function fewObjects(bytes: Uint8Array, limit: number): boolean {
  // A plain loop: one indexOf call per brace costs more than looking at every byte.
  let count = 0
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === OPEN_BRACE && ++count > limit) return false
  return true
}

const OPEN_BRACE = 0x7b

/**
 * A project file's bytes, refused (without parsing on this thread) when the file is not a regular
 * file, is larger than `MAX_PROJECT_FILE_BYTES`, or holds more captions or word timings than allowed.
 */
export async function readProjectBytes(projectPath: string): Promise<Buffer> {
  const bytes = await readRegularFile(projectPath, { maxBytes: MAX_PROJECT_FILE_BYTES })
  // A project without word timings has about one object per caption: counted here, within the
  // limits, it needs no worker (whose start and second parse cost a large project's open 0.1–0.15 s).
  if (bytes.length > COUNT_ABOVE_BYTES && !fewObjects(bytes, MAX_PROJECT_CAPTIONS)) {
    const { captions, words } = await countInWorker(bytes)
    if (captions > MAX_PROJECT_CAPTIONS || words > MAX_PROJECT_WORDS)
      throw new ProjectTooBigError(projectPath, captions, words)
  }
  return bytes
}
