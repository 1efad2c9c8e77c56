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
export type JsonLayout =
  'compact' | 'rows' | Readonly<{ items: JsonLayout }> | Readonly<{ keys: Readonly<Record<string, JsonLayout>> }>

const step = '  '

/** `value` as JSON text laid out by `layout`, ending with a newline. */
export function layoutJson(value: unknown, layout: JsonLayout): string {
  return `${write(value, layout, '')}\n`
}

/**
 * A list written as if it were `items.map(toJson)`, made a slice at a time as it is written: the JSON
 * objects of a few hundred captions then die young, where those of a 3-hour file's 50,000 word
 * timings, all alive until the last was written, cost the garbage collector a copy or two each.
 */
export class MappedList<T> {
  /** The list of `items`, each written as `toJson(item)`. */
  constructor(
    readonly items: readonly T[],
    readonly toJson: (item: T) => unknown,
  ) {}

  /** The JSON values of items [from, to). */
  slice(from: number, to: number): unknown[] {
    const out: unknown[] = []
    for (let i = from; i < Math.min(to, this.items.length); i++) out.push(this.toJson(this.items[i]!))
    return out
  }
}

/** How many items of a MappedList are made and written at once. */
const SLICE = 128

function write(value: unknown, layout: JsonLayout, indent: string): string {
  if (value instanceof MappedList) return writeMapped(value, layout, indent)
  if (value === undefined || value === null || typeof value !== 'object' || layout === 'compact')
    return JSON.stringify(value) ?? 'null'
  const inner = indent + step
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${writeItems(value, layout, inner)}\n${indent}]`
  }
  // An object given `rows` (or an item layout) is written one key per line, its values compact.
  const keys: Readonly<Record<string, JsonLayout>> = typeof layout === 'object' && 'keys' in layout ? layout.keys : {}
  // Joined with +, not Array.join: the caption rows are megabytes, which join would copy whole.
  let text = ''
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue
    text += `${text === '' ? '' : ',\n'}${inner}${JSON.stringify(k)}: ${write(v, keys[k] ?? 'compact', inner)}`
  }
  return text === '' ? '{}' : `{\n${text}\n${indent}}`
}

/** The items of a list, each on its own line(s) after `inner`, separated by `,\\n`. */
function writeItems(items: readonly unknown[], layout: JsonLayout, inner: string): string {
  const itemLayout: JsonLayout = typeof layout === 'object' && 'items' in layout ? layout.items : 'compact'
  const rows = itemLayout === 'compact' ? idRows(items, inner) : undefined
  if (rows !== undefined) return inner + rows
  return items.map((item) => inner + write(item, itemLayout, inner)).join(',\n')
}

/** A MappedList written exactly as its mapped array would be, a slice at a time. */
function writeMapped(list: MappedList<unknown>, layout: JsonLayout, indent: string): string {
  const count = list.items.length
  if (layout === 'compact') return JSON.stringify(list.slice(0, count))
  if (count === 0) return '[]'
  const inner = indent + step
  let text = ''
  for (let from = 0; from < count; from += SLICE)
    text += (from === 0 ? '' : ',\n') + writeItems(list.slice(from, from + SLICE), layout, inner)
  return `[\n${text}\n${indent}]`
}

/** Between two items that are objects led by a string "id" (captions, speakers) in compact JSON. */
const ID_BOUNDARY = '},{"id":'

/**
 * `items` (each an object whose first key is a string "id") as compact JSON, one per line, cut from a
 * single `JSON.stringify` of the list: thousands of separate calls (one per caption) cost a third
 * more. Each pair of neighbours is joined by `},{"id":`, which no JSON string can hold (its quote
 * would be escaped); so when the list's text holds exactly one fewer of them than there are items,
 * they are the boundaries. Undefined for any other list (and then each item is written on its own).
 */
function idRows(items: readonly unknown[], inner: string): string | undefined {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (
      typeof item !== 'object' ||
      item === null ||
      Array.isArray(item) ||
      typeof (item as { id?: unknown }).id !== 'string' ||
      'toJSON' in item
    )
      return undefined
    for (const key in item) {
      if (key !== 'id') return undefined
      break
    }
  }
  const whole = JSON.stringify(items)
  // Counted, then replaced in one native pass: splitting made thousands of strings only to join them.
  let boundaries = 0
  for (let at = whole.indexOf(ID_BOUNDARY); at >= 0; at = whole.indexOf(ID_BOUNDARY, at + ID_BOUNDARY.length))
    boundaries++
  return boundaries === items.length - 1 ? whole.slice(1, -1).replaceAll(ID_BOUNDARY, `},\n${inner}{"id":`) : undefined
}

/** The layout of an Eglur caption document's JSON: one line per caption and per speaker. */
export const CAPTION_JSON_LAYOUT: JsonLayout = { keys: { cues: 'rows', speakers: 'rows' } }
