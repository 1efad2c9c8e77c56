import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCaptionJson } from '../../../shared/formats/json'
import { buildTranscript, shortNames } from '../../../shared/transcript/builder'
import { cleanVerbatim } from '../../../shared/transcript/clean-verbatim'
import { renderHtml } from '../../../shared/transcript/render-html'
import { renderMarkdown, renderPlainText } from '../../../shared/transcript/render-text'
import { plainEnglishReport, reportParagraph, syllables } from '../../../shared/transcript/readability'
import { chaptersTrack, descriptionsTrack } from '../../../shared/transcript/tracks'
import { asSpeakerId, makeDocument } from '../../../shared/model'
import { makeCue } from '../../helpers/builders'

const event = parseCaptionJson(
  readFileSync(path.resolve(import.meta.dirname, '../../fixtures/transcript/event.json'), 'utf8'),
).doc
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? []

/** Longest common subsequence length: how many words survive in order. */
function inOrder(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    const row = [0]
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!))
    prev = row
  }
  return prev[b.length]!
}

describe('transcript builder', () => {
  const t = buildTranscript(event, { title: 'Exploring an English Co-Production Network' })

  it('orders headings, turns, descriptions and the opening caption as in the recording', () => {
    expect(t.blocks.map((b) => (b.type === 'turn' ? `turn:${b.speaker?.shortName}` : b.type))).toEqual([
      'caption',
      'heading',
      'turn:Morwenna',
      'turn:Beth',
      'turn:Niccola',
      'description',
      'heading',
      'turn:Kate',
      'description',
    ])
  })

  it('names a speaker with their role on first appearance only, then by short name', () => {
    const doc = makeDocument(
      [
        makeCue(1, 'Hello.', { speakerId: asSpeakerId('s1') }),
        makeCue(2, 'Hi.', { speakerId: asSpeakerId('s2') }),
        makeCue(3, 'Back to me.', { speakerId: asSpeakerId('s1') }),
      ],
      [
        { id: asSpeakerId('s1'), name: 'Beth Perry', role: 'University of Sheffield' },
        { id: asSpeakerId('s2'), name: 'Niccola Hutchinson-Pascal' },
      ],
    )
    const text = renderPlainText(buildTranscript(doc, { title: 'T' }))
    expect(text).toBe(
      'T\n\nBeth Perry, University of Sheffield:\n\nHello.\n\nNiccola Hutchinson-Pascal:\n\nHi.\n\nBeth:\n\nBack to me.\n',
    )
  })

  it('short names fall back to full names when two speakers share a first name', () => {
    const names = shortNames([
      { id: asSpeakerId('a'), name: 'Sam Jones' },
      { id: asSpeakerId('b'), name: 'Sam Evans' },
      { id: asSpeakerId('c'), name: 'Kate' },
    ])
    expect([...names.values()]).toEqual(['Sam Jones', 'Sam Evans', 'Kate'])
  })

  it('joins cues into paragraphs (never one line per cue) and keeps at least 99 % of the spoken words in order', () => {
    const spoken = event.cues.filter((c) => !c.kind).flatMap((c) => words(c.text))
    const written = t.blocks.flatMap((b) => (b.type === 'turn' ? b.paragraphs.flatMap((p) => words(p.text)) : []))
    const paragraphs = t.blocks.flatMap((b) => (b.type === 'turn' ? b.paragraphs : []))
    expect(paragraphs.length).toBeLessThan(event.cues.filter((c) => !c.kind).length / 2)
    const fillersAndRepeats = 4 // "um", "erm", a repeated "the" and a repeated "I'm", as the fixture has them
    expect(inOrder(written, spoken)).toBe(written.length)
    expect(written.length).toBe(spoken.length - fillersAndRepeats)
    expect(written.length / (spoken.length - fillersAndRepeats)).toBeGreaterThanOrEqual(0.99)
  })

  it('brackets descriptions and starts a new paragraph at a long pause', () => {
    expect(t.blocks.filter((b) => b.type === 'description').map((b) => (b as { text: string }).text)[0]).toMatch(
      /^\[A diagram shows .*\]$/,
    )
    const doc = makeDocument([
      makeCue(1, 'First thought.', { startMs: 0, endMs: 1000 }),
      makeCue(2, 'Second thought.', { startMs: 6000, endMs: 7000 }),
    ])
    const turn = buildTranscript(doc).blocks[0]
    expect(turn?.type === 'turn' && turn.paragraphs.map((p) => p.text)).toEqual(['First thought.', 'Second thought.'])
  })

  it('verbatim keeps fillers and repeats', () => {
    const verbatim = buildTranscript(event, { cleanVerbatim: false })
    expect(renderPlainText(verbatim)).toContain('um one of the surprise')
    expect(renderPlainText(verbatim)).toContain('the the how')
  })
})

describe('clean verbatim', () => {
  it('removes fillers, stutters and immediate repeats, and fixes capitals and spacing', () => {
    expect(cleanVerbatim('um so we we went to th- the shop , erm. and then')).toBe('So we went to the shop. And then')
  })

  it('never changes other words', () => {
    expect(cleanVerbatim('I like, you know, the umbrella and the ermine')).toBe(
      'I like, you know, the umbrella and the ermine',
    )
  })
})

describe('renderers', () => {
  it('Markdown has one title, section headings and bold names with roles', () => {
    const md = renderMarkdown(buildTranscript(event, { title: 'Event' }))
    expect(md.match(/^# /gm)).toHaveLength(1)
    expect(md).toContain('## Introduction')
    expect(md).toContain('**Beth Perry, University of Sheffield | Realising Just Cities:**')
  })

  it('HTML is semantic and escapes hostile caption text', () => {
    const doc = makeDocument(
      [
        makeCue(1, '<script>alert(1)</script> <img src=x onerror=alert(2)> javascript:void(0)', {
          speakerId: asSpeakerId('s1'),
        }),
      ],
      [{ id: asSpeakerId('s1'), name: 'Eve <b>"x"</b>' }],
    )
    const html = renderHtml(buildTranscript(doc, { title: 'A <title> & more' }))
    expect(html).not.toMatch(/<script|<img|<b>/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('<h1>A &lt;title&gt; &amp; more</h1>')
    expect(html).toContain('<html lang="en-GB">')
    expect(html).toContain('@media print')
  })

  it('timestamps and links back to the video', () => {
    const html = renderHtml(buildTranscript(event, { timestamps: true, videoUrl: 'https://example.org/v.mp4' }))
    expect(html).toContain('<a class="time" href="https://example.org/v.mp4#t=22">[00:00:22]</a>')
  })
})

describe('plain-English report', () => {
  it('gives reading ease, sentence length and suggestions without rewriting', () => {
    const r = reportParagraph(
      'The report was written by the committee. We will utilise the funding to facilitate the programme of work that has been agreed with all of the partners across the whole of the region this year.',
    )
    expect(r.suggestions.map((s) => s.kind)).toEqual([
      'long-sentence',
      'passive',
      'passive',
      'plain-word',
      'plain-word',
    ])
    expect(r.averageSentenceWords).toBe(17.5)
    expect(plainEnglishReport(buildTranscript(event)).readingAge).toBeGreaterThan(8)
    expect(syllables('community')).toBe(4)
  })
})

describe('text tracks for the published video', () => {
  it('chapters from headings and descriptions from description cues', () => {
    expect(chaptersTrack(event).cues.map((c) => c.text)).toEqual(['Introduction', 'Closing reflections'])
    expect(chaptersTrack(event).cues[0]!.endMs).toBe(event.cues.find((c) => c.text === 'Closing reflections')!.startMs)
    expect(descriptionsTrack(event).cues).toHaveLength(2)
  })
})

describe('joining the captions of one turn', () => {
  const at = (n: number, startMs: number, endMs: number, text: string) =>
    makeCue(n, text, { startMs, endMs, speakerId: asSpeakerId('s1') })
  const paragraphsOf = (doc: ReturnType<typeof makeDocument>) =>
    buildTranscript(doc).blocks.flatMap((b) => (b.type === 'turn' ? b.paragraphs.map((p) => p.text) : []))

  // Bug (#16): "my name is Morwenna" / "and i chair" became "And i chair": a capital the editor never typed at a caption start.
  it('adds no capital at a caption start or after a sentence the editor ended', () => {
    const doc = makeDocument([
      at(1, 0, 2000, 'my name is Morwenna.'),
      at(2, 8000, 9000, 'and i chair the network'),
      at(3, 9000, 9500, 'in Wales'),
    ])
    expect(paragraphsOf(doc).join(' / ')).toBe('my name is Morwenna. / and i chair the network in Wales')
  })

  // Bug (#16): a long pause inside a sentence cut it into two paragraphs ("…thank" / "You all for coming").
  it('never starts a paragraph inside a sentence, however long the pause', () => {
    const doc = makeDocument([
      at(1, 0, 2000, 'Before we finish I want to thank'),
      at(2, 30_000, 32_000, 'you all for coming.'),
      at(3, 40_000, 41_000, 'Goodbye.'),
    ])
    expect(paragraphsOf(doc)).toEqual(['Before we finish I want to thank you all for coming.', 'Goodbye.'])
  })

  it('says which caption each word came from, with its place in the caption text', () => {
    const doc = makeDocument([at(1, 0, 1000, 'um we are\nhere ,'), at(2, 1000, 2000, 'today')])
    const paragraph = buildTranscript(doc).blocks[0]
    const p = paragraph?.type === 'turn' ? paragraph.paragraphs[0]! : undefined
    expect(p?.text).toBe('We are here, today')
    expect(p?.cueIds).toEqual([doc.cues[0]!.id, doc.cues[1]!.id])
    expect(
      p?.spans?.map((s) => [
        s.cueId,
        doc.cues.find((c) => c.id === s.cueId)!.text.slice(s.from, s.to),
        p.text.slice(s.at, s.at + s.length),
      ]),
    ).toEqual([
      [doc.cues[0]!.id, 'we', 'We'],
      [doc.cues[0]!.id, 'are', 'are'],
      [doc.cues[0]!.id, 'here ,', 'here,'],
      [doc.cues[1]!.id, 'today', 'today'],
    ])
  })

  it('builds the same transcript again from its cache, rebuilding only the paragraph that changed', () => {
    const cache = new Map()
    const doc = makeDocument([
      at(1, 0, 1000, 'One.'),
      at(2, 5000, 6000, 'Two.'),
      at(3, 6000, 7000, 'and more'),
      makeCue(4, 'Four.', { startMs: 8000, endMs: 9000, speakerId: asSpeakerId('s2') }),
    ])
    const paragraphs = (t: ReturnType<typeof buildTranscript>) =>
      t.blocks.flatMap((b) => (b.type === 'turn' ? b.paragraphs : []))
    const first = paragraphs(buildTranscript(doc, {}, cache))
    // A full stop typed into caption 2 moves where its paragraph ends: that paragraph is rebuilt, the others are kept.
    const edited = makeDocument([doc.cues[0]!, { ...doc.cues[1]!, text: 'Two,' }, doc.cues[2]!, doc.cues[3]!])
    const again = buildTranscript(edited, {}, cache)
    expect(again).toEqual(buildTranscript(edited))
    const second = paragraphs(again)
    expect(second.map((p) => p.text)).toEqual(['One.', 'Two, and more', 'Four.'])
    expect(second[0]).toBe(first[0])
    expect(second[1]).not.toBe(first[1])
    expect(second[2]).toBe(first[2])
  })

  it('still breaks text nobody has punctuated into paragraphs, at a pause, once it has run on for 150 words', () => {
    const words = (n: number, from: number) => Array.from({ length: n }, (_, i) => `word${from + i}`).join(' ')
    const doc = makeDocument(
      Array.from({ length: 20 }, (_, i) => at(i + 1, i * 5000, i * 5000 + 2000, words(10, i * 10))),
    )
    const turn = buildTranscript(doc).blocks[0]
    const lengths = turn?.type === 'turn' ? turn.paragraphs.map((p) => p.text.split(' ').length) : []
    expect(lengths).toEqual([150, 50])
  })
})
