/**
 * Bilingual transcripts as HTML, Markdown and plain text. In HTML every block carries `lang` (and
 * `dir` for right-to-left scripts) so a screen reader speaks each language with its own voice; in the
 * `columns` layout each speaker turn is a table whose column headers name the languages.
 */

import type { BilingualBlock, BilingualTranscript } from './bilingual'
import { timestampLabel, videoLink } from './labels'
import { isRightToLeft, languageName } from './language-names'
import { escapeHtml, htmlPage } from './render-html'
import type { TranscriptSpeaker } from './transcript'

type Turn = Extract<BilingualBlock, { type: 'turn' }>

const STYLE = `
body { font: 1.05rem/1.6 system-ui, 'Segoe UI', sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f23; background: #fff; }
h1 { font-size: 1.8rem; line-height: 1.25; } h2 { font-size: 1.3rem; margin-top: 2rem; }
.sep { color: #4a5560; }
table.languages { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 1rem 0; }
table.languages th { text-align: start; font-size: 0.85rem; color: #4a5560; border-bottom: 1px solid #c5ccd3; padding: 0.2rem 0.6rem; }
table.languages td { vertical-align: top; padding: 0 0.6rem; }
.pair { display: grid; grid-auto-flow: column; grid-auto-columns: 1fr; gap: 1.2rem; }
.language-block + .language-block { border-inline-start: 3px solid #c5ccd3; padding-inline-start: 0.8rem; }
.speaker { font-weight: 700; margin: 1.2rem 0 0.2rem; }
.speaker .role { font-weight: 400; color: #4a5560; }
.description, .caption { font-style: italic; color: #3d4852; }
.time { font-variant-numeric: tabular-nums; color: #4a5560; margin-right: 0.4em; }
a { color: #1f5fa8; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; text-decoration: none; } h2, .speaker { break-after: avoid; } tr { break-inside: avoid; } }
`

/** `lang` (and `dir` for right-to-left languages) for an element in `tag`. */
const langAttrs = (tag: string): string => ` lang="${escapeHtml(tag)}"${isRightToLeft(tag) ? ' dir="rtl"' : ''}`

/** "Name, role" on first appearance, the short name after. */
function label(s: TranscriptSpeaker | undefined, first: boolean): string | undefined {
  if (!s) return undefined
  return first ? (s.role ? `${s.name}, ${s.role}` : s.name) : s.shortName
}

function speakerHtml(s: TranscriptSpeaker, first: boolean): string {
  const role = first && s.role ? `<span class="role">, ${escapeHtml(s.role)}</span>` : ''
  return `<p class="speaker"><span class="name">${escapeHtml(first ? s.name : s.shortName)}</span>${role}:</p>`
}

function timeHtml(t: BilingualTranscript, ms: number): string {
  if (!t.timestamps) return ''
  return t.videoUrl
    ? `<a class="time" href="${escapeHtml(videoLink(t.videoUrl, ms))}">${timestampLabel(ms)}</a>`
    : `<span class="time">${timestampLabel(ms)}</span>`
}

/** One turn: a table (columns) or one block per language (blocks). */
function turnHtml(t: BilingualTranscript, block: Turn): string {
  const aria = label(block.speakers?.[0], block.firstAppearance)
  const open = `<section class="turn"${aria ? ` aria-label="${escapeHtml(aria)}"` : ''}>`
  const cell = (i: number) => {
    const speaker = block.speakers?.[i]
    const parts = speaker ? [speakerHtml(speaker, block.firstAppearance)] : []
    for (const row of block.rows)
      if (row.texts[i]) parts.push(`<p>${timeHtml(t, row.startMs)}${escapeHtml(row.texts[i]!)}</p>`)
    return parts
  }
  if (t.layout === 'blocks') {
    const blocks = t.languages
      .map((tag, i) => ({ tag, parts: cell(i) }))
      .filter((b) => b.parts.some((p) => !p.startsWith('<p class="speaker"')))
    return `${open}\n${blocks.map((b) => `<div class="language-block"${langAttrs(b.tag)}>\n${b.parts.join('\n')}\n</div>`).join('\n')}\n</section>`
  }
  const head = `<thead><tr>${t.languages.map((tag) => `<th scope="col"${langAttrs(tag)}>${escapeHtml(languageName(tag))}</th>`).join('')}</tr></thead>`
  const rows: string[] = []
  if (block.speakers)
    rows.push(
      `<tr>${t.languages.map((tag, i) => `<td${langAttrs(tag)}>${speakerHtml(block.speakers![i]!, block.firstAppearance)}</td>`).join('')}</tr>`,
    )
  for (const row of block.rows)
    rows.push(
      `<tr>${t.languages.map((tag, i) => `<td${langAttrs(tag)}>${row.texts[i] ? `<p>${timeHtml(t, row.startMs)}${escapeHtml(row.texts[i]!)}</p>` : ''}</td>`).join('')}</tr>`,
    )
  return `${open}\n<table class="languages">\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</section>`
}

/** A heading, description or on-screen text in every language. */
function shortBlockHtml(t: BilingualTranscript, block: Exclude<BilingualBlock, Turn>): string {
  const present = t.languages.map((tag, i) => ({ tag, text: block.texts[i] ?? '' })).filter((x) => x.text)
  if (block.type === 'heading') {
    const spans = present.map((x) => `<span${langAttrs(x.tag)}>${escapeHtml(x.text)}</span>`)
    return `<h2>${spans.join('<span class="sep" aria-hidden="true"> / </span>')}</h2>`
  }
  const paragraphs = present.map((x) => `<p class="${block.type}"${langAttrs(x.tag)}>${escapeHtml(x.text)}</p>`)
  return t.layout === 'columns' ? `<div class="pair">\n${paragraphs.join('\n')}\n</div>` : paragraphs.join('\n')
}

/** Renders a standalone HTML page of a bilingual transcript. */
export function renderBilingualHtml(t: BilingualTranscript): string {
  const first = t.languages[0] ?? 'en-GB'
  const body: string[] = [`<h1>${escapeHtml(t.title)}</h1>`]
  if (t.introduction) body.push(`<p class="introduction">${escapeHtml(t.introduction)}</p>`)
  for (const block of t.blocks) body.push(block.type === 'turn' ? turnHtml(t, block) : shortBlockHtml(t, block))
  return htmlPage(langAttrs(first), t.title, STYLE, body)
}

const escapeMarkdown = (text: string): string =>
  text.replace(/([\\`*_{}[\]<>#])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ')

/**
 * Markdown and plain text always lay the languages out in blocks, one after the other: a Markdown
 * table cell holds one line, so whole paragraphs in columns would read badly (and plain text has no columns).
 */
function renderLinear(t: BilingualTranscript, markdown: boolean): string {
  const esc = markdown ? escapeMarkdown : (s: string) => s
  const stamp = (ms: number): string => {
    if (!t.timestamps) return ''
    const text = timestampLabel(ms)
    if (!markdown) return `${text} `
    return t.videoUrl ? `[${text.replace(/[[\]]/g, '')}](${videoLink(t.videoUrl, ms)}) ` : `\\${text.slice(0, -1)}\\] `
  }
  const out: string[] = [markdown ? `# ${esc(t.title)}` : t.title, t.languages.map(languageName).join(' / ')]
  if (t.introduction) out.push(esc(t.introduction))
  for (const block of t.blocks) {
    if (block.type === 'turn') {
      t.languages.forEach((_, i) => {
        const paragraphs = block.rows
          .map((r) => r.texts[i] ?? '')
          .map((text, k) => (text ? `${stamp(block.rows[k]!.startMs)}${esc(text)}` : ''))
          .filter(Boolean)
        if (paragraphs.length === 0) return
        const name = label(block.speakers?.[i], block.firstAppearance)
        if (name) out.push(markdown ? `**${esc(name)}:**` : `${name}:`)
        out.push(...paragraphs)
      })
      continue
    }
    const texts = block.texts.filter(Boolean)
    if (block.type === 'heading') out.push(markdown ? `## ${texts.map(esc).join(' / ')}` : texts.join(' / '))
    else
      for (const text of texts)
        out.push(
          markdown
            ? `*${block.type === 'caption' ? 'Caption: ' : ''}${esc(text)}*`
            : `${block.type === 'caption' ? 'Caption: ' : ''}${text}`,
        )
  }
  return `${out.join('\n\n')}\n`
}

/** Renders a bilingual transcript as Markdown (languages one after the other, whatever the layout). */
export function renderBilingualMarkdown(t: BilingualTranscript): string {
  return renderLinear(t, true)
}

/** Renders a bilingual transcript as plain text (languages one after the other). */
export function renderBilingualText(t: BilingualTranscript): string {
  return renderLinear(t, false)
}
