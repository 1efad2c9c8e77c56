/** Turning errors into the contract's failure codes (the renderer translates them). */

import type { Failure, FailureCode } from '../../../shared/ipc/contract'

/** A failure result. */
export function fail(code: FailureCode, detail?: string): Failure {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail }
}

const FS_CODES = new Set<FailureCode>(['EACCES', 'EPERM', 'ENOSPC', 'EROFS'])

/** The failure code for a thrown error: errno names kept, ENOENT is `not-found`, the rest `unknown`. */
export function failureOf(error: unknown, detail?: string): Failure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return fail('not-found', detail)
  if (code === 'not-a-file') return fail('not-a-file', detail)
  if (code === 'ABORT_ERR' || code === 'cancelled') return fail('cancelled', detail)
  if (code && FS_CODES.has(code as FailureCode)) return fail(code as FailureCode, detail)
  if (code === 'ffmpeg-failed') return fail('ffmpeg-failed', detail)
  return fail('unknown', detail ?? (error instanceof Error ? error.message : undefined))
}
