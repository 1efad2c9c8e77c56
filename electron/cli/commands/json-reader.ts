/** The full Eglur JSON reader (zod) for `eglur convert`, which starts without it. */

import { fullJsonReaderLoaded, JsonReaderNotLoaded } from '../../../shared/formats/json-format'

/**
 * Loads the full Eglur JSON reader (zod). The bundle's format registry reads the JSON Eglur writes
 * without it (shared/formats/json-format.ts), so a convert starts without zod and loads it only for
 * what needs it: the other ways of converting, and a JSON file that is not one the quick reader reads.
 */
export async function loadJsonReader(): Promise<void> {
  if (!fullJsonReaderLoaded()) await import('../../../shared/formats/json')
}

/** Runs `step` (which reads no file but the one it was given, and writes nothing), with the full JSON reader once it asks for it. */
export async function withJsonReader<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (error) {
    if (!(error instanceof JsonReaderNotLoaded)) throw error
    await loadJsonReader()
    return step()
  }
}
