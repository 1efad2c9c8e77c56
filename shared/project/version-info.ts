/**
 * What the version history says about one kept version: when, why (a code the renderer translates)
 * and what changed since the version before it (data, never sentences).
 */

import type { ProjectDifferences } from './compare'

/** Why a version was kept. */
export const VERSION_REASONS = [
  'time',
  'replace-all',
  'fix-all',
  'glossary',
  'tidy-up',
  'import',
  'restore',
  'conflict',
  'backup',
] as const

/** Why a version was kept: `time` is the regular one, `backup` an older backup found on disk, the rest come before a change. */
export type VersionReason = (typeof VERSION_REASONS)[number]

/** The reasons the renderer may ask a version to be kept for (main keeps `time` itself; `backup` only names old backups). */
export const KEEP_REASONS = ['replace-all', 'fix-all', 'glossary', 'tidy-up', 'import', 'restore', 'conflict'] as const

/** A reason the renderer may keep a version for. */
export type KeepReason = (typeof KEEP_REASONS)[number]

/** A version id: letters, digits and dashes only, so it can never name a path outside the versions folder. */
export const VERSION_ID_PATTERN = /^[0-9A-Za-z-]{1,100}$/

/** One kept version, as listed. */
export type VersionInfo = Readonly<{
  /** Stable id (used to read or restore it). */
  id: string
  /** When it was kept, in ms since the epoch. */
  keptAt: number
  reason: VersionReason
  /** What the change was about, as the editor typed it (e.g. the searched text of a replace-all). */
  detail?: string
  /** What changed since the version kept before it; absent for the first one and for old backups. */
  summary?: ProjectDifferences
  /** How many captions it holds. */
  cueCount: number
  /** Its size on disk, in bytes. */
  bytes: number
}>
