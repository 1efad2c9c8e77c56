import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { languageFiles } from '../../../shared/formats/language-files'
import { serializeSrt } from '../../../shared/formats/srt'
import { serializeWebVtt } from '../../../shared/formats/webvtt/index'
import { asSpeakerId, type CaptionDocument } from '../../../shared/model'
import { buildBilingualTranscript, missingLanguages } from '../../../shared/transcript/bilingual'
import { languageName } from '../../../shared/transcript/language-names'
import {
  renderBilingualHtml,
  renderBilingualMarkdown,
  renderBilingualText,
} from '../../../shared/transcript/render-bilingual'
import { renderBilingualDocx } from '../../../shared/transcript/render-bilingual-docx'
import { buildTranscript } from '../../../shared/transcript/builder'
import { renderPage } from '../../../shared/transcript/render-page'
import { languageTracks, trackVtt } from '../../../shared/transcript/tracks'
import { makeCue, makeDoc, makeSpeaker } from '../../helpers/builders'
import { w3cParse } from '../../helpers/webvtt-oracle'

const s1 = asSpeakerId('s1')
const s2 = asSpeakerId('s2')

/** A short council meeting in English with its Welsh translation. */
function meeting(): CaptionDocument {
  const doc = makeDoc(
    [
      makeCue(1, 'Welcome', { kind: 'heading' }),
      makeCue(2, 'Good evening, um, everyone.', { speakerId: s1 }),
      makeCue(3, 'Tonight we talk about the library.', { speakerId: s1 }),
      makeCue(4, 'Applause', { kind: 'description' }),
      makeCue(5, 'Thank you <b>all</b>.', { speakerId: s2 }),
      makeCue(6, 'This one has no Welsh yet.', { speakerId: s2 }),
    ],
    [makeSpeaker(1, 'Morwenna Jones', 'Chair of the council'), makeSpeaker(2, 'Beth Perry')],
  )
  return {
    ...doc,
    meta: { language: 'en-GB' },
    translations: [
      {
        language: 'cy',
        roles: { s1: 'Cadeirydd y cyngor' },
        cues: [
          { sourceIds: [doc.cues[0]!.id], text: 'Croeso' },
          { sourceIds: [doc.cues[1]!.id], text: 'Noswaith dda, bawb.' },
          { sourceIds: [doc.cues[2]!.id], text: 'Heno rydym yn sôn am y llyfrgell, er mwyn pawb.' },
          { sourceIds: [doc.cues[3]!.id], text: 'Cymeradwyaeth' },
          { sourceIds: [doc.cues[4]!.id], text: 'Diolch i chi i gyd.' },
        ],
      },
    ],
  }
}

describe('bilingual transcripts', () => {
  it('puts every heading, turn, paragraph and description in each chosen language, with the roles of each', () => {
    const t = buildBilingualTranscript(meeting(), ['en-GB', 'cy'])
    expect(t.blocks.map((b) => b.type)).toEqual(['heading', 'turn', 'description', 'turn'])
    expect(t.blocks[0]).toMatchObject({ texts: ['Welcome', 'Croeso'] })
    expect(t.blocks[2]).toMatchObject({ texts: ['[Applause]', '[Cymeradwyaeth]'] })
    const turn = t.blocks[1]!
    if (turn.type !== 'turn') throw new Error('expected a turn')
    expect(turn.speakers?.map((s) => s.role)).toEqual(['Chair of the council', 'Cadeirydd y cyngor'])
    expect(turn.rows[0]!.texts).toEqual([
      'Good evening, everyone. Tonight we talk about the library.',
      'Noswaith dda, bawb. Heno rydym yn sôn am y llyfrgell, er mwyn pawb.',
    ])
  })

  it('keeps Welsh words that are English fillers ("er mwyn") while cleaning the English', () => {
    const turn = buildBilingualTranscript(meeting(), ['cy', 'en-GB']).blocks[1]!
    expect(turn.type === 'turn' && turn.rows[0]!.texts[0]).toContain('er mwyn pawb')
    expect(turn.type === 'turn' && turn.rows[0]!.texts[1]).not.toContain('um')
  })

  it('leaves a paragraph empty in a language without its translation', () => {
    const turn = buildBilingualTranscript(meeting(), ['en-GB', 'cy']).blocks[3]!
    expect(turn.type === 'turn' && turn.rows.map((r) => r.texts)).toEqual([
      ['Thank you <b>all</b>. This one has no Welsh yet.', 'Diolch i chi i gyd.'],
    ])
  })

  it('names the languages the document does not have', () => {
    expect(missingLanguages(meeting(), ['EN-gb', 'cy', 'fr'])).toEqual(['fr'])
  })

  it('writes columns as a table per turn whose headers name the languages, with lang on every block', () => {
    const html = renderBilingualHtml(buildBilingualTranscript(meeting(), ['en-GB', 'cy'], { title: 'Cyngor <Tref>' }))
    expect(html).toContain('<html lang="en-GB">')
    expect(html).toContain('<th scope="col" lang="en-GB">English (UK)</th><th scope="col" lang="cy">Cymraeg</th>')
    expect(html).toContain(
      '<td lang="cy"><p class="speaker"><span class="name">Morwenna Jones</span><span class="role">, Cadeirydd y cyngor</span>:</p></td>',
    )
    expect(html).toContain(
      '<h2><span lang="en-GB">Welcome</span><span class="sep" aria-hidden="true"> / </span><span lang="cy">Croeso</span></h2>',
    )
    expect(html).toContain('<p class="description" lang="cy">[Cymeradwyaeth]</p>')
    expect(html).toContain('Thank you &lt;b&gt;all&lt;/b&gt;.')
    expect(html).toContain('<h1>Cyngor &lt;Tref&gt;</h1>')
    expect(html.match(/<table/g)).toHaveLength(2)
  })

  it('writes blocks as one block per language in each turn, without tables', () => {
    const html = renderBilingualHtml(buildBilingualTranscript(meeting(), ['cy', 'en-GB'], { layout: 'blocks' }))
    expect(html).toContain('<html lang="cy">')
    expect(html).not.toContain('<table')
    expect(html).toContain(
      '<div class="language-block" lang="cy">\n<p class="speaker"><span class="name">Morwenna Jones</span><span class="role">, Cadeirydd y cyngor</span>:</p>\n<p>Noswaith dda',
    )
    expect(html.indexOf('<div class="language-block" lang="cy">')).toBeLessThan(
      html.indexOf('<div class="language-block" lang="en-GB">'),
    )
  })

  it('writes Markdown and text in language blocks, with the languages named under the title', () => {
    const t = buildBilingualTranscript(meeting(), ['en-GB', 'cy'], { title: 'Meeting' })
    const md = renderBilingualMarkdown(t)
    expect(md).toContain('# Meeting\n\nEnglish (UK) / Cymraeg\n\n## Welcome / Croeso')
    expect(md).toContain('**Morwenna Jones, Chair of the council:**\n\nGood evening, everyone.')
    expect(md).toContain('**Morwenna Jones, Cadeirydd y cyngor:**\n\nNoswaith dda, bawb.')
    expect(md).not.toContain('|')
    expect(renderBilingualText(t)).toContain('Beth Perry:\n\nDiolch i chi i gyd.')
  })

  it('writes Word with a language on every run and a repeating header row naming the languages', async () => {
    const bytes = await renderBilingualDocx(buildBilingualTranscript(meeting(), ['en-GB', 'cy'], { title: 'Meeting' }))
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:tblHeader/>')
    expect(xml).toContain('<w:lang w:val="cy"/>')
    expect(xml).toContain('Cymraeg')
    expect(xml).toContain('Cadeirydd y cyngor')
    const blocks = await (
      await JSZip.loadAsync(
        await renderBilingualDocx(buildBilingualTranscript(meeting(), ['en-GB', 'cy'], { layout: 'blocks' })),
      )
    )
      .file('word/document.xml')!
      .async('string')
    expect(blocks).not.toContain('<w:tbl>')
  })

  it('names languages in their own words, or by their tag', () => {
    expect([languageName('cy'), languageName('en-GB'), languageName('gd-GB'), languageName('xx')]).toEqual([
      'Cymraeg',
      'English (UK)',
      'Gàidhlig',
      'xx',
    ])
  })
})

describe('a caption file per language', () => {
  it('names each file by its language and gives both the same cue times, with no W3C errors', () => {
    const doc = meeting()
    const files = languageFiles(doc, 'event.en-GB', 'vtt')
    expect(files.map((f) => [f.fileName, f.untranslated])).toEqual([
      ['event.en-GB.vtt', 0],
      ['event.cy.vtt', 1],
    ])
    const parsed = files.map((f) => w3cParse(serializeWebVtt(f.doc)))
    for (const p of parsed) expect(p.errors).toEqual([])
    const times = parsed.map((p) => p.cues.map((c) => [c.startTime, c.endTime]))
    expect(times[1]).toEqual(times[0]!.filter((_, i) => i !== 5))
    expect(serializeWebVtt(files[1]!.doc)).toMatch(/^WEBVTT Language: cy\n/)
    expect(serializeSrt(files[1]!.doc)).toContain('Noswaith dda, bawb.')
  })
})

describe('the published page in several languages', () => {
  it('offers each translation as a captions track with its srclang and its own name', () => {
    const doc = meeting()
    const languages = languageTracks(doc)
    expect(languages.map((l) => l.language)).toEqual(['cy'])
    expect(w3cParse(languages[0]!.captions).errors).toEqual([])
    expect(w3cParse(languages[0]!.captions).cues.map((c) => c.text)).not.toContain('Croeso')
    const page = renderPage(buildTranscript(doc), {
      video: { kind: 'file', fileName: 'event.mp4' },
      tracks: { captions: trackVtt(doc, 'captions'), languages },
    })
    expect(page).toMatch(
      /<track kind="captions" srclang="en-GB" [^>]*default>\n<track kind="captions" srclang="cy" label="Cymraeg" src="data:text\/vtt/,
    )
  })
})
