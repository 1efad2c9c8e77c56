/**
 * JSON text laid out for people and for version control: objects that hold the big lists are
 * written one key per line, and each item of those lists (a caption, a speaker, a translation) on
 * one line of its own. A change to one caption is then a one-line diff, and writing is close to
 * compact `JSON.stringify` in speed (indenting every nested word timing made the writer 10–30×
 * slower on hours of captions).
 */

/**
 * How to write a value: `compact` on one line; `rows` (an array) one compact item per line; an
 * object layout names the keys laid out further (other keys are compact); `{ items }` (an array)
 * lays out each item.
 */
export type JsonLayout = 'compact' | 'rows' | Readonly<{ items: JsonLayout }> | Readonly<{ keys: Readonly<Record<string, JsonLayout>> }>

const step = '  '

/** `value` as JSON text laid out by `layout`, ending with a newline. */
export function layoutJson(value: unknown, layout: JsonLayout): string {
  return `${write(value, layout, '')}\n`
}

function write(value: unknown, layout: JsonLayout, indent: string): string {
  if (value === undefined || value === null || typeof value !== 'object' || layout === 'compact') return JSON.stringify(value) ?? 'null'
  const inner = indent + step
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const itemLayout: JsonLayout = typeof layout === 'object' && 'items' in layout ? layout.items : 'compact'
    return `[\n${value.map((item) => inner + write(item, itemLayout, inner)).join(',\n')}\n${indent}]`
  }
  // An object given `rows` (or an item layout) is written one key per line, its values compact.
  const keys: Readonly<Record<string, JsonLayout>> = typeof layout === 'object' && 'keys' in layout ? layout.keys : {}
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return '{}'
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, keys[k] ?? 'compact', inner)}`).join(',\n')}\n${indent}}`
}

/** The layout of an Eglur caption document's JSON: one line per caption and per speaker. */
export const CAPTION_JSON_LAYOUT: JsonLayout = { keys: { cues: 'rows', speakers: 'rows' } }
