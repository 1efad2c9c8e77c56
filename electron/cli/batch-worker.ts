/**
 * A worker thread of a batch (`eglur convert A B C -o DIR`, `eglur check A B C`): runs one file's
 * command at a time, as the command line would, and sends back its exit code and output. Bundled as
 * an entry of its own (scripts/build-cli.js), so the built command starts it without tsx.
 */

import { parentPort } from 'node:worker_threads'
import type { BatchJobMessage, BatchResultMessage } from './batch-messages'
import { runCli } from './main'

parentPort?.on('message', (job: BatchJobMessage) => {
  let stdout = ''
  let stderr = ''
  void runCli(job.args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: job.cwd }).then((code) => {
    const result: BatchResultMessage = { id: job.id, code, stdout, stderr }
    parentPort!.postMessage(result)
  })
})
