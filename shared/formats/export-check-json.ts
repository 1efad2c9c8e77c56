/**
 * The export check's quick read-back of Eglur JSON. Reading a written file back through the JSON
 * format's schema (zod) took a tenth of a 3-hour `eglur convert`, most of it in code that runs once and
 * is never optimised; this walk of `JSON.parse`'s result applies the same rules by hand, each at
 * least as strictly, so a file it passes is one the JSON format reads with exactly that many captions.
 * Anything it is unsure of (a project wrapper, a value out of its rules) goes to the full reader, which
 * then gives the verdict and its message, so the check's answers never differ from the reader's.
 */

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const isMs = (value: unknown): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string'
const isId = (value: unknown): boolean => typeof value === 'string' && value.length > 0
const KINDS = new Set<unknown>(['speech', 'description', 'caption', 'heading'])

function isWord(word: unknown): boolean {
  return isObject(word) && isMs(word.start) && isMs(word.end) && typeof word.text === 'string'
}

function isCue(cue: unknown): boolean {
  if (!isObject(cue) || !isId(cue.id) || !isMs(cue.start) || !isMs(cue.end) || typeof cue.text !== 'string')
    return false
  if (
    !isOptionalString(cue.speaker) ||
    !isOptionalString(cue.settings) ||
    !isOptionalString(cue.label) ||
    !isOptionalString(cue.note)
  )
    return false
  if (cue.kind !== undefined && !KINDS.has(cue.kind)) return false
  const words = cue.words
  if (words === undefined) return true
  if (!Array.isArray(words)) return false
  // Indexed loops here: a for-of makes an iterator result per item until V8 optimises the walk.
  for (let i = 0; i < words.length; i++) if (!isWord(words[i])) return false
  return true
}

function isSpeaker(speaker: unknown): boolean {
  return isObject(speaker) && isId(speaker.id) && typeof speaker.name === 'string' && isOptionalString(speaker.role)
}

const isStringList = (value: unknown): boolean =>
  value === undefined || (Array.isArray(value) && value.every((item) => typeof item === 'string'))

function isMeta(meta: unknown): boolean {
  if (meta === undefined) return true
  if (!isObject(meta)) return false
  return (
    isOptionalString(meta.vttHeader) &&
    isOptionalString(meta.language) &&
    isOptionalString(meta.trailingNote) &&
    isStringList(meta.styles) &&
    isStringList(meta.regions)
  )
}

/**
 * The number of captions `text` surely reads back with as Eglur JSON (a caption file, not a project),
 * or undefined when this quick look cannot tell: the full reader must then decide.
 */
export function jsonCaptionCount(text: string): number | undefined {
  let raw: unknown
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return undefined
  }
  // A project ("format": "eglur-project") is read from its "document": the full reader knows how.
  if (!isObject(raw) || 'format' in raw || raw.version !== 1 || !Array.isArray(raw.cues)) return undefined
  const { cues, speakers } = raw
  if (speakers !== undefined && !(Array.isArray(speakers) && speakers.every(isSpeaker))) return undefined
  if (!isMeta(raw.meta)) return undefined
  for (let i = 0; i < cues.length; i++) if (!isCue(cues[i])) return undefined
  return cues.length
}
