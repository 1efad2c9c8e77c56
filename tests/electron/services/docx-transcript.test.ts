import { readFileSync } from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { parseCaptionJson } from '../../../shared/formats/json'
import { buildTranscript } from '../../../shared/transcript/builder'
import { renderDocx } from '../../../electron/services/docx-transcript'

const event = parseCaptionJson(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/transcript/event.json'), 'utf8')).doc

describe('Word transcripts', () => {
  it('is a valid .docx whose document.xml holds real headings and the speakers with roles', async () => {
    const bytes = await renderDocx(buildTranscript(event, { title: 'Exploring an English Co-Production Network <&>' }))
    const zip = await JSZip.loadAsync(bytes)
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:pStyle w:val="Title"/>')
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(2)
    expect(xml).toContain('Exploring an English Co-Production Network &lt;&amp;&gt;')
    expect(xml).toContain('Beth Perry, University of Sheffield | Realising Just Cities:')
    expect(xml).toContain('[A diagram shows how the group divided')
    expect(xml.indexOf('Introduction')).toBeLessThan(xml.indexOf('Closing reflections'))
  })
})
