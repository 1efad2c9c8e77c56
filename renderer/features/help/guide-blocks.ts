/**
 * The user guide (docs/user-guide.md, bundled at build time) read into blocks the help can show:
 * only the Markdown the guide uses (headings, paragraphs, lists, tables, pictures, bold, code and
 * links), so no Markdown library and no HTML from text. Pure, so it is tested without a DOM.
 */

/** A piece of inline text: plain, bold, code, or a link (`href` as written). */
export type Inline =
  Readonly<{ kind: 'text' | 'strong' | 'code'; text: string }> | Readonly<{ kind: 'link'; text: string; href: string }>

/** A block of the guide. */
export type GuideBlock =
  | Readonly<{ kind: 'heading'; level: number; id: string; text: string }>
  | Readonly<{ kind: 'paragraph'; inlines: readonly Inline[] }>
  | Readonly<{ kind: 'list'; ordered: boolean; items: readonly (readonly Inline[])[] }>
  | Readonly<{ kind: 'table'; head: readonly (readonly Inline[])[]; rows: readonly (readonly (readonly Inline[])[])[] }>
  | Readonly<{ kind: 'image'; alt: string; src: string }>

/** The anchor GitHub gives a heading: "4. Name the speakers" → "4-name-the-speakers". */
export function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-')
}

const INLINE = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/g

/** Splits text into plain, bold, code and link pieces. */
export function readInlines(text: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) })
    if (m[1] !== undefined) out.push({ kind: 'strong', text: m[1] })
    else if (m[2] !== undefined) out.push({ kind: 'code', text: m[2] })
    else out.push({ kind: 'link', text: m[3]!, href: m[4]! })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) })
  return out
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => readInlines(c.trim()))
const LIST_ITEM = /^(?:- |\d+\. )/

/** The guide's blocks, in order. */
export function readGuide(markdown: string): GuideBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const blocks: GuideBlock[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    const heading = /^(#{1,4}) (.*)$/.exec(line)
    const image = /^!\[([^\]]*)\]\(([^)]+)\)\s*$/.exec(line)
    if (line.trim() === '') {
      i++
    } else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, id: headingId(heading[2]!), text: heading[2]! })
      i++
    } else if (image) {
      blocks.push({ kind: 'image', alt: image[1]!, src: image[2]! })
      i++
    } else if (line.startsWith('|')) {
      const table: string[] = []
      while (i < lines.length && lines[i]!.startsWith('|')) table.push(lines[i++]!)
      blocks.push({ kind: 'table', head: cells(table[0]!), rows: table.slice(2).map(cells) })
    } else if (LIST_ITEM.test(line)) {
      const ordered = /^\d/.test(line)
      const items: string[] = []
      // An item goes on over indented lines.
      while (i < lines.length && (LIST_ITEM.test(lines[i]!) || (/^\s+\S/.test(lines[i]!) && items.length > 0))) {
        const current = lines[i++]!
        if (LIST_ITEM.test(current)) items.push(current.replace(LIST_ITEM, ''))
        else items[items.length - 1] += ` ${current.trim()}`
      }
      blocks.push({ kind: 'list', ordered, items: items.map(readInlines) })
    } else {
      const text: string[] = []
      while (i < lines.length && lines[i]!.trim() !== '' && !/^(#|!\[|\||- |\d+\. )/.test(lines[i]!))
        text.push(lines[i++]!.trim())
      if (text.length === 0) text.push(lines[i++]!.trim())
      blocks.push({ kind: 'paragraph', inlines: readInlines(text.join(' ')) })
    }
  }
  return blocks
}
