/**
 * Bilingual Word transcripts: in `columns` each speaker turn is a table with a header row naming the
 * languages (repeated on every page the table crosses); in `blocks` each language's paragraphs follow
 * one another. Every run carries its language (`w:lang`), so Word checks the spelling of the Welsh
 * column in Welsh and a screen reader switches voice.
 */

import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { BilingualBlock, BilingualTranscript } from './bilingual'
import { timestampLabel } from './labels'
import { languageName } from './language-names'
import type { TranscriptSpeaker } from './transcript'
import { xmlSafeText as x } from './xml-safe-text'

type Turn = Extract<BilingualBlock, { type: 'turn' }>

/** A run of text in `language`. */
const run = (
  text: string,
  language: string,
  style: { bold?: boolean; italics?: boolean; color?: string } = {},
): TextRun => new TextRun({ text: x(text), language: { value: language }, ...style })

function speakerParagraph(s: TranscriptSpeaker, first: boolean, language: string): Paragraph {
  const label = first ? (s.role ? `${s.name}, ${s.role}` : s.name) : s.shortName
  return new Paragraph({
    keepNext: true,
    spacing: { before: 240 },
    children: [run(`${label}:`, language, { bold: true })],
  })
}

function textParagraph(t: BilingualTranscript, text: string, startMs: number, language: string): Paragraph {
  const children = t.timestamps
    ? [run(`${timestampLabel(startMs)} `, language, { color: '4A5560' }), run(text, language)]
    : [run(text, language)]
  return new Paragraph({ children, spacing: { after: 120 } })
}

/** One language's paragraphs of a turn (empty when the turn has no text in that language). */
function turnParagraphs(t: BilingualTranscript, block: Turn, i: number): Paragraph[] {
  const language = t.languages[i]!
  const texts = block.rows.filter((r) => r.texts[i]).map((r) => textParagraph(t, r.texts[i]!, r.startMs, language))
  if (texts.length === 0) return []
  const speaker = block.speakers?.[i]
  return speaker ? [speakerParagraph(speaker, block.firstAppearance, language), ...texts] : texts
}

function turnTable(t: BilingualTranscript, block: Turn): Table {
  const width = Math.floor(100 / t.languages.length)
  const header = new TableRow({
    tableHeader: true,
    children: t.languages.map(
      (tag) =>
        new TableCell({
          width: { size: width, type: WidthType.PERCENTAGE },
          children: [new Paragraph({ children: [run(languageName(tag), tag, { bold: true, color: '4A5560' })] })],
        }),
    ),
  })
  const cells = t.languages.map((tag, i) => {
    const children = turnParagraphs(t, block, i)
    return new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: children.length > 0 ? children : [new Paragraph({ children: [run('', tag)] })],
    })
  })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [header, new TableRow({ cantSplit: false, children: cells })],
  })
}

/** Builds the Word document's body for a bilingual transcript. */
function bodyOf(t: BilingualTranscript): (Paragraph | Table)[] {
  const first = t.languages[0] ?? 'en-GB'
  const out: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [run(t.title, first)] })]
  if (t.introduction) out.push(new Paragraph({ children: [run(t.introduction, first)] }))
  for (const block of t.blocks) {
    if (block.type === 'turn') {
      if (t.layout === 'columns') out.push(turnTable(t, block), new Paragraph({ children: [] }))
      else t.languages.forEach((_, i) => out.push(...turnParagraphs(t, block, i)))
      continue
    }
    const present = t.languages.map((tag, i) => ({ tag, text: block.texts[i] ?? '' })).filter((p) => p.text)
    if (block.type === 'heading') {
      const children = present.flatMap((p, k) =>
        k === 0 ? [run(p.text, p.tag)] : [run(' / ', p.tag), run(p.text, p.tag)],
      )
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 360, after: 120 }, children }))
    } else {
      for (const p of present)
        out.push(
          new Paragraph({
            spacing: { before: 120, after: 120 },
            children: [run(block.type === 'caption' ? `Caption: ${p.text}` : p.text, p.tag, { italics: true })],
          }),
        )
    }
  }
  return out
}

/** Renders a bilingual transcript as .docx bytes. */
export async function renderBilingualDocx(t: BilingualTranscript): Promise<Uint8Array> {
  const document = new Document({
    title: x(t.title),
    creator: 'Eglur',
    styles: {
      default: { document: { run: { font: 'Calibri', size: 24, language: { value: t.languages[0] ?? 'en-GB' } } } },
    },
    sections: [{ children: bodyOf(t) }],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
