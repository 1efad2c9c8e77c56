/**
 * The limits of a project file Eglur opens, in a module of their own: the caption-file service
 * words its refusals with them without loading the project reader (and its worker threads).
 */

/** Project files larger than this are refused (a 10-hour event with word timings is about 15 MB). */
export const MAX_PROJECT_FILE_BYTES = 128 * 1024 * 1024

/** Projects with more captions than this are refused: a 10-hour event has about 15,000. */
export const MAX_PROJECT_CAPTIONS = 50_000

/** Projects with more word timings than this are refused (about 20 words for each of 50,000 captions). */
export const MAX_PROJECT_WORDS = 1_000_000
