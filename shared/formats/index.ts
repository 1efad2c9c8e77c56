/** The format registry with every built-in format registered. Import formats from here. */

import { registerFormat } from './registry'

// Registration order matters only for detection of general formats; import-only formats are asked first.

export * from './registry'
export type * from './types'
void registerFormat
