/**
 * The messages between a batch (`batch.ts`) and its worker threads (`batch-worker.ts`). Their own
 * module, so the batch need not import the worker (which imports the whole command line, and so the
 * commands that load the batch: an import cycle).
 */

/** One file's command line and the folder to run it in. */
export type BatchJobMessage = Readonly<{ id: number; args: readonly string[]; cwd: string }>

/** What running it printed and returned. */
export type BatchResultMessage = Readonly<{ id: number; code: number; stdout: string; stderr: string }>
