/**
 * An accessible HTML transcript: one h1, h2 headings, `lang`, speaker names marked up, a print
 * stylesheet. Every piece of caption text is escaped: `<script>` said in a caption is shown as text.
 */

import { speakerLabel, timestampLabel, videoLink } from './labels'
import type { Transcript, TranscriptParagraph } from './transcript'
import { xmlSafeText } from './xml-safe-text'

/** Escapes text for HTML element content and attribute values (dropping characters XML forbids). */
export function escapeHtml(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const STYLE = `
body { font: 1.05rem/1.6 system-ui, 'Segoe UI', sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f23; background: #fff; }
h1 { font-size: 1.8rem; line-height: 1.25; } h2 { font-size: 1.3rem; margin-top: 2rem; }
.speaker { font-weight: 700; margin: 1.2rem 0 0.2rem; }
.speaker .role { font-weight: 400; color: #4a5560; }
.description, .caption { font-style: italic; color: #3d4852; }
.time { font-variant-numeric: tabular-nums; color: #4a5560; margin-right: 0.4em; }
a { color: #1f5fa8; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } .speaker { break-after: avoid; } }
`

/** How the transcript's blocks are marked up: the heading level and each paragraph's time. */
export type BlocksHtmlOptions = Readonly<{
  /** The element for section headings (`h2` in a transcript page, `h3` under a page's own h2). */
  headingTag: 'h2' | 'h3'
  /** What goes before a paragraph's text (its time as text or a link); empty for none. */
  paragraphTime: (p: TranscriptParagraph) => string
  /** Extra attributes of a paragraph's `<p>` (a leading space included). */
  paragraphAttributes?: (p: TranscriptParagraph) => string
  /** The words before on-screen text ("Caption:"). */
  captionPrefix?: string
}>

/** The HTML of every block of a transcript, in order: headings, speaker turns, descriptions, on-screen text. */
export function transcriptBlocksHtml(t: Transcript, options: BlocksHtmlOptions): string[] {
  const body: string[] = []
  const h = options.headingTag
  for (const block of t.blocks) {
    if (block.type === 'heading') body.push(`<${h}>${escapeHtml(block.text)}</${h}>`)
    else if (block.type === 'description') body.push(`<p class="description">${escapeHtml(block.text)}</p>`)
    else if (block.type === 'caption')
      body.push(`<p class="caption">${escapeHtml(options.captionPrefix ?? 'Caption:')} ${escapeHtml(block.text)}</p>`)
    else {
      const parts: string[] = []
      if (block.speaker) {
        const s = block.speaker
        const name = block.firstAppearance ? s.name : s.shortName
        const role = block.firstAppearance && s.role ? `<span class="role">, ${escapeHtml(s.role)}</span>` : ''
        parts.push(`<p class="speaker"><span class="name">${escapeHtml(name)}</span>${role}:</p>`)
      }
      for (const p of block.paragraphs)
        parts.push(`<p${options.paragraphAttributes?.(p) ?? ''}>${options.paragraphTime(p)}${escapeHtml(p.text)}</p>`)
      body.push(
        `<section class="turn"${speakerLabel(block) ? ` aria-label="${escapeHtml(speakerLabel(block)!)}"` : ''}>\n${parts.join('\n')}\n</section>`,
      )
    }
  }
  return body
}

/** Renders a standalone HTML page. */
export function renderHtml(t: Transcript): string {
  const body: string[] = [`<h1>${escapeHtml(t.title)}</h1>`]
  if (t.introduction) body.push(`<p class="introduction">${escapeHtml(t.introduction)}</p>`)
  const paragraphTime = (p: TranscriptParagraph): string =>
    t.timestamps
      ? t.videoUrl
        ? `<a class="time" href="${escapeHtml(videoLink(t.videoUrl, p.startMs))}">${timestampLabel(p.startMs)}</a>`
        : `<span class="time">${timestampLabel(p.startMs)}</span>`
      : ''
  body.push(...transcriptBlocksHtml(t, { headingTag: 'h2', paragraphTime }))
  return htmlPage(` lang="${escapeHtml(t.language)}"`, t.title, STYLE, body)
}

/** A whole transcript page: `htmlAttributes` (e.g. ` lang="cy"`) on <html>, the title, the style sheet and the body's blocks in <main>. */
export function htmlPage(htmlAttributes: string, title: string, style: string, body: readonly string[]): string {
  return `<!doctype html>
<html${htmlAttributes}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`
}
