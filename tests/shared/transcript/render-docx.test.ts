import { readFileSync } from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { parseCaptionJson } from '../../../shared/formats/json'
import { buildTranscript } from '../../../shared/transcript/builder'
import { renderDocx } from '../../../shared/transcript/render-docx'
import { asSpeakerId } from '../../../shared/model'
import { makeCue, makeDoc, makeSpeaker } from '../../helpers/builders'

const event = parseCaptionJson(
  readFileSync(path.resolve(import.meta.dirname, '../../fixtures/transcript/event.json'), 'utf8'),
).doc

describe('Word transcripts', () => {
  it('is a valid .docx whose document.xml holds real headings and the speakers with roles', async () => {
    const bytes = await renderDocx(buildTranscript(event, { title: 'Exploring an English Co-Production Network <&>' }))
    const zip = await JSZip.loadAsync(bytes)
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    )
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:pStyle w:val="Title"/>')
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(2)
    expect(xml).toContain('Exploring an English Co-Production Network &lt;&amp;&gt;')
    expect(xml).toContain('Beth Perry, University of Sheffield | Realising Just Cities:')
    expect(xml).toContain('[A diagram shows how the group divided')
    expect(xml.indexOf('Introduction')).toBeLessThan(xml.indexOf('Closing reflections'))
  })
})

/** Characters XML 1.0 forbids: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u

/**
 * A strict well-formedness check, enough for the XML Word writes: only XML 1.0 characters (escaped or
 * not), tags that nest and close, attributes quoted, references that name a character or an entity.
 */
function strictXmlProblem(xml: string): string | undefined {
  const bad = FORBIDDEN.exec(xml)
  if (bad) return `forbidden character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase()} at ${bad.index}`
  for (const ref of xml.matchAll(/&([^;]*);?/g)) {
    const body = ref[1]!
    if (!ref[0].endsWith(';') || !/^(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(body))
      return `bad reference ${ref[0].slice(0, 12)}`
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      if (code > 0x10ffff || FORBIDDEN.test(String.fromCodePoint(code)))
        return `reference to a forbidden character ${ref[0]}`
    }
  }
  const open: string[] = []
  for (const tag of xml.matchAll(
    /<(\/?)([^\s/>?!]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<|>/g,
  )) {
    if (tag[0] === '<') return `stray < at ${tag.index}`
    if (tag[0] === '>') continue // allowed in text
    if (!tag[2]) continue // declaration or comment
    if (tag[1]) {
      if (open.pop() !== tag[2]) return `</${tag[2]}> closes nothing open`
    } else if (!tag[4]) open.push(tag[2])
  }
  return open.length ? `<${open.at(-1)}> never closed` : undefined
}

describe('Word transcripts of text holding characters XML forbids', () => {
  // Bug #15: U+FFFE, U+FFFF, C0 controls or lone surrogates in caption text made document.xml invalid
  // XML: Word and LibreOffice refused the file, and the command had exited 0.
  it('writes every XML part well-formed, with the text kept minus those characters', async () => {
    const nasty = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\uDFFFk'
    const cues = [
      makeCue(1, `Bore da ${nasty} 😀 tab\there`, { speakerId: asSpeakerId('s1') }),
      makeCue(9, `Diolch ${nasty}`, { speakerId: asSpeakerId('s2') }),
      makeCue(20, `music ${nasty}`, { kind: 'description' }),
    ]
    const transcript = buildTranscript(
      makeDoc(cues, [makeSpeaker(1, `Beth${nasty}`, `Chair${nasty}`), makeSpeaker(2, 'Huw')]),
      { title: `Title ${nasty}` },
    )
    const zip = await JSZip.loadAsync(await renderDocx(transcript))
    const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name))
    expect(parts.length).toBeGreaterThan(3)
    for (const part of parts) expect(strictXmlProblem(await part.async('string')), part.name).toBeUndefined()
    const xml = await zip.file('word/document.xml')!.async('string')
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n')
    const kept = (s: string) => s.replace(new RegExp(FORBIDDEN.source, 'gu'), '')
    const said = transcript.blocks.flatMap((b) => (b.type === 'turn' ? b.paragraphs.map((p) => p.text) : [b.text]))
    expect(said.join(' ')).toContain('Diolch a') // the builder kept the characters: the writer must drop them
    for (const piece of [transcript.title, ...said]) expect(text).toContain(kept(piece))
    expect(text).toContain('Bethabcdefghijk, Chairabcdefghijk:')
    expect(text).toContain('Title abcdefghijk')
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('Title abcdefghijk')
  })
})
