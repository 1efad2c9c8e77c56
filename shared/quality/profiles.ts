/**
 * Built-in style profiles (data, not code) and the validation of custom ones.
 *
 * Figures follow the BBC subtitle guidelines, Ofcom and Netflix timed-text guides; where a guideline gives a range or a
 * picture-width rule, the value chosen is noted beside it.
 */

import { z } from 'zod'
import { ACCESSIBLE_DEFAULT_PROFILE, type StyleProfile } from '../model/style-profile'

/** BBC Subtitle Guidelines: ~37 characters (68 % of a 16:9 width), 160–180 wpm (180 chosen ≈ 15 cps). */
const BBC: StyleProfile = {
  id: 'bbc',
  name: 'BBC',
  maxCharsPerLine: 37,
  maxLines: 2,
  maxCharsPerSecond: 15,
  maxWordsPerMinute: 180,
  minDurationMs: 1000,
  maxDurationMs: 7000,
  minGapMs: 40,
  speakerChange: 'voice-label',
  frameRate: 25,
}

/** Netflix English template: 42 cpl, 2 lines, 17 cps / 200 wpm for adults, 5/6 s–7 s, 2-frame gap at 24 fps. */
const NETFLIX_ENGLISH: StyleProfile = {
  id: 'netflix-en',
  name: 'Netflix English',
  maxCharsPerLine: 42,
  maxLines: 2,
  maxCharsPerSecond: 17,
  maxWordsPerMinute: 200,
  minDurationMs: 833,
  maxDurationMs: 7000,
  minGapMs: 83,
  speakerChange: 'dash',
  frameRate: 24,
}

/** DCMP Captioning Key: 32-character lines, 2 lines, 150–160 wpm for adults (160 chosen ≈ 13 cps), 2 s minimum. */
const DCMP: StyleProfile = {
  id: 'dcmp',
  name: 'DCMP',
  maxCharsPerLine: 32,
  maxLines: 2,
  maxCharsPerSecond: 13,
  maxWordsPerMinute: 160,
  minDurationMs: 2000,
  maxDurationMs: 6000,
  minGapMs: 67,
  speakerChange: 'dash',
  frameRate: 30,
}

/** The built-in profiles, default first. */
export const BUILT_IN_PROFILES: readonly StyleProfile[] = [ACCESSIBLE_DEFAULT_PROFILE, BBC, NETFLIX_ENGLISH, DCMP]

/** The built-in profile with this id (or name, ignoring case). */
export function builtInProfile(idOrName: string): StyleProfile | undefined {
  const wanted = idOrName.trim().toLowerCase()
  return BUILT_IN_PROFILES.find((p) => p.id === wanted || p.name.toLowerCase() === wanted)
}

const positive = z.number().finite().positive()
const nonNegative = z.number().finite().nonnegative()

/** Schema of a custom profile saved as JSON. */
export const styleProfileSchema = z
  .object({
    id: z.string().min(1).max(100),
    name: z.string().min(1).max(200),
    maxCharsPerLine: positive.int(),
    maxLines: positive.int(),
    maxCharsPerSecond: positive,
    maxWordsPerMinute: positive,
    minDurationMs: nonNegative.int(),
    maxDurationMs: positive.int(),
    minGapMs: nonNegative.int(),
    speakerChange: z.enum(['dash', 'voice-label', 'none']),
    frameRate: positive.optional(),
  })
  .refine((p) => p.minDurationMs <= p.maxDurationMs, { message: 'minDurationMs must not exceed maxDurationMs' })

/** The result of reading a custom profile. */
export type ProfileParseResult = { ok: true; profile: StyleProfile } | { ok: false; message: string }

/**
 * Reads a custom profile from JSON text. Missing fields are taken from the accessible default, so a
 * file holding only `{ "name": "Ours", "maxCharsPerLine": 38 }` is a valid profile.
 */
export function parseCustomProfile(jsonText: string): ProfileParseResult {
  let raw: unknown
  try {
    raw = JSON.parse(jsonText)
  } catch (error) {
    return { ok: false, message: `not valid JSON (${(error as Error).message})` }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, message: 'a profile must be a JSON object' }
  const merged = { ...ACCESSIBLE_DEFAULT_PROFILE, id: 'custom', name: 'Custom', ...(raw as Record<string, unknown>) }
  const result = styleProfileSchema.safeParse(merged)
  if (!result.success) {
    const issue = result.error.issues[0]!
    return { ok: false, message: `${issue.path.join('.') || 'profile'}: ${issue.message}` }
  }
  return { ok: true, profile: result.data }
}
