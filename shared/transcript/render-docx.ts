/**
 * Word (.docx) transcripts, in Node and in the browser alike: real headings, speaker names in bold, descriptions in italics (the `docx`
 * package). Every piece of text goes through `x` (xmlSafeText): the package escapes markup but passes
 * on characters XML forbids, and one of them makes Word refuse the whole file.
 */

import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { speakerLabel, timestampLabel } from './labels'
import type { Transcript } from './transcript'
import { xmlSafeText as x } from './xml-safe-text'

/** Builds the Word document's paragraphs for a transcript. */
function paragraphsOf(t: Transcript): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ text: x(t.title), heading: HeadingLevel.TITLE })]
  if (t.introduction) out.push(new Paragraph({ text: x(t.introduction) }))
  for (const block of t.blocks) {
    if (block.type === 'heading')
      out.push(
        new Paragraph({ text: x(block.text), heading: HeadingLevel.HEADING_1, spacing: { before: 360, after: 120 } }),
      )
    else if (block.type === 'description' || block.type === 'caption') {
      out.push(
        new Paragraph({
          spacing: { before: 120, after: 120 },
          children: [
            new TextRun({ text: x(block.type === 'caption' ? `Caption: ${block.text}` : block.text), italics: true }),
          ],
        }),
      )
    } else {
      const label = speakerLabel(block)
      if (label)
        out.push(
          new Paragraph({
            keepNext: true,
            spacing: { before: 240 },
            children: [new TextRun({ text: x(`${label}:`), bold: true })],
          }),
        )
      for (const p of block.paragraphs) {
        const runs = t.timestamps
          ? [new TextRun({ text: `${timestampLabel(p.startMs)} `, color: '4A5560' }), new TextRun(x(p.text))]
          : [new TextRun(x(p.text))]
        out.push(new Paragraph({ children: runs, spacing: { after: 120 } }))
      }
    }
  }
  return out
}

/** Renders a transcript as .docx bytes (an ArrayBuffer: a Node Buffer does not exist in the browser). */
export async function renderDocx(t: Transcript): Promise<Uint8Array> {
  const document = new Document({
    title: x(t.title),
    creator: 'Eglur',
    styles: { default: { document: { run: { font: 'Calibri', size: 24 } } } },
    sections: [{ children: paragraphsOf(t) }],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
