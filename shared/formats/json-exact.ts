/**
 * A zod-free reading of Eglur JSON for the common case: JSON that the schema (json.ts) accepts
 * without changing anything but the order of keys. It returns fresh objects, keys in the schema's
 * order, exactly as the schema's parse would (zod walked a 10,000-caption project in 100–150 ms, in
 * code that runs once and is never optimised). Every rule here is at least as strict as the schema's,
 * and anything the schema would change, rather than only check, is refused: a key the schema does
 * not know (it would drop it), a default it would fill in, an `undefined` value, an object that is
 * not a plain one. Refused means undefined: the caller then asks the schema, which gives the verdict
 * and its message. tests/shared/formats/json-exact.test.ts holds the two to the same output.
 */

import type { CaptionJson } from './json-model'

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>

type Cue = CaptionJson['cues'][number]
type Word = NonNullable<Cue['words']>[number]
type Speaker = CaptionJson['speakers'][number]
type Meta = NonNullable<CaptionJson['meta']>

/** A plain object (not an array, not a class instance, not made without a prototype). */
export const isPlain = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

/** A plain array (the schema's arrays are copied index by index; anything else goes to the schema). */
export const isList = (value: unknown): value is readonly unknown[] =>
  Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype

/** How many enumerable keys `value` has: more than the known ones read means one the schema would drop. */
export function keyCount(value: JsonObject): number {
  let count = 0
  for (const _ in value) count++
  return count
}

/** The schema's milliseconds: a whole number (a safe integer) of 0 or more. */
const isMs = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0
const KINDS: ReadonlySet<unknown> = new Set(['speech', 'description', 'caption', 'heading'])

/** A list of strings, copied; undefined when any item is not a string. */
export function exactStrings(value: unknown): string[] | undefined {
  if (!isList(value)) return undefined
  const out: string[] = []
  for (let i = 0; i < value.length; i++) {
    const item = value[i]
    if (typeof item !== 'string') return undefined
    out.push(item)
  }
  return out
}

function exactWords(value: unknown): Word[] | undefined {
  if (!isList(value)) return undefined
  const out: Word[] = []
  for (let i = 0; i < value.length; i++) {
    const w = value[i]
    if (!isPlain(w)) return undefined
    const { start, end, text } = w
    if (!isMs(start) || !isMs(end) || typeof text !== 'string' || keyCount(w) !== 3) return undefined
    out.push({ start, end, text })
  }
  return out
}

/** One optional string key: adds it to `out` (and returns 1), returns 0 when absent, -1 when not a string. */
function optionalString(from: JsonObject, key: string, out: JsonObject): number {
  const value = from[key]
  if (value === undefined) return 0
  if (typeof value !== 'string') return -1
  out[key] = value
  return 1
}

function exactCue(c: unknown): Cue | undefined {
  if (!isPlain(c)) return undefined
  const { id, start, end, text } = c
  if (!isId(id) || !isMs(start) || !isMs(end) || typeof text !== 'string') return undefined
  const out: JsonObject = { id, start, end, text }
  let known = 4
  const speaker = optionalString(c, 'speaker', out)
  if (speaker < 0) return undefined
  known += speaker
  const kind = c.kind
  if (kind !== undefined) {
    if (!KINDS.has(kind)) return undefined
    out.kind = kind
    known++
  }
  if (c.words !== undefined) {
    const words = exactWords(c.words)
    if (!words) return undefined
    out.words = words
    known++
  }
  for (const key of ['settings', 'label', 'note']) {
    const found = optionalString(c, key, out)
    if (found < 0) return undefined
    known += found
  }
  return keyCount(c) === known ? (out as Cue) : undefined
}

/** One speaker's JSON, as the schema returns it; undefined when unsure. */
export function exactSpeaker(s: unknown): Speaker | undefined {
  if (!isPlain(s)) return undefined
  const { id, name } = s
  if (!isId(id) || typeof name !== 'string') return undefined
  const out: JsonObject = { id, name }
  const role = optionalString(s, 'role', out)
  return role >= 0 && keyCount(s) === 2 + role ? (out as Speaker) : undefined
}

function exactMeta(m: unknown): Meta | undefined {
  if (!isPlain(m)) return undefined
  const out: JsonObject = {}
  let known = 0
  const header = optionalString(m, 'vttHeader', out)
  if (header < 0) return undefined
  known += header
  for (const key of ['styles', 'regions']) {
    if (m[key] === undefined) continue
    const list = exactStrings(m[key])
    if (!list) return undefined
    out[key] = list
    known++
  }
  for (const key of ['language', 'trailingNote']) {
    const found = optionalString(m, key, out)
    if (found < 0) return undefined
    known += found
  }
  return keyCount(m) === known ? (out as Meta) : undefined
}

/** A list read item by item with `read`; undefined when any item is unsure. */
export function exactList<T>(value: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!isList(value)) return undefined
  const out: T[] = []
  for (let i = 0; i < value.length; i++) {
    const item = read(value[i])
    if (item === undefined) return undefined
    out.push(item)
  }
  return out
}

/**
 * `raw` (parsed Eglur JSON: a caption document) as the schema would return it, when the schema
 * would accept it unchanged but for key order; undefined otherwise (the schema must then decide).
 */
export function exactCaptionJson(raw: unknown): CaptionJson | undefined {
  if (!isPlain(raw) || raw.version !== 1) return undefined
  const cues = exactList(raw.cues, exactCue)
  const speakers = exactList(raw.speakers, exactSpeaker)
  if (!cues || !speakers) return undefined
  const out: CaptionJson = { version: 1, cues, speakers }
  if (raw.meta === undefined) return keyCount(raw) === 3 ? out : undefined
  const meta = exactMeta(raw.meta)
  if (!meta) return undefined
  out.meta = meta
  return keyCount(raw) === 4 ? out : undefined
}
