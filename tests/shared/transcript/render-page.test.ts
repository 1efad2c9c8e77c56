import { describe, expect, it } from 'vitest'
import { buildTranscript } from '../../../shared/transcript/builder'
import { renderPage, renderTranscriptFragment, timeHref } from '../../../shared/transcript/render-page'
import { asSpeakerId } from '../../../shared/model'
import { makeCue, makeDoc, makeSpeaker } from '../../helpers/builders'

const doc = makeDoc(
  [
    makeCue(1, 'Part <one>', { kind: 'heading' }),
    makeCue(2, 'We said <script>alert(1)</script>.', { speakerId: asSpeakerId('s1') }),
    makeCue(62, '[Applause]', { kind: 'description' }),
  ],
  [makeSpeaker(1, 'Beth Perry', 'University of Sheffield')],
)
const video = { kind: 'file', fileName: 'our talk.mp4', mimeType: 'video/mp4' } as const

describe('published page', () => {
  it('links a time to the video file or to YouTube at that second', () => {
    expect(timeHref(video, 62_900)).toBe('our%20talk.mp4#t=62')
    expect(timeHref({ kind: 'youtube', url: 'https://youtu.be/abc' }, 62_900)).toBe('https://youtu.be/abc?t=62')
    expect(timeHref({ kind: 'youtube', url: 'https://www.youtube.com/watch?v=abc&t=5#x' }, 1000)).toBe(
      'https://www.youtube.com/watch?v=abc&t=1',
    )
  })

  it('is one file: style and script inline, tracks as data: URLs, everything escaped', () => {
    const t = buildTranscript(doc, { title: 'Our <event>' })
    const html = renderPage(t, {
      video,
      tracks: { captions: 'WEBVTT\n', chapters: 'WEBVTT\n', descriptions: 'WEBVTT\n' },
    })
    expect(html).toContain('<title>Our &lt;event&gt;</title>')
    expect(html).not.toContain('<script>alert')
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//)
    expect(html.match(/<track kind="(\w+)"/g)).toEqual([
      '<track kind="captions"',
      '<track kind="descriptions"',
      '<track kind="chapters"',
    ])
    expect(html).toContain('src="data:text/vtt;charset=utf-8,WEBVTT%0A"')
    expect(html).toContain('<source src="our%20talk.mp4" type="video/mp4">')
    expect(html).toContain('<h3>Part &lt;one&gt;</h3>')
    expect(html).toContain(
      '<p class="paragraph" data-start="2"><a class="time" href="our%20talk.mp4#t=2" data-seek="2" aria-label="Play from 00:00:02">00:00:02</a> ',
    )
  })

  it('the blog fragment is the chapter list and transcript alone, with YouTube links and no script', () => {
    const fragment = renderTranscriptFragment(buildTranscript(doc), {
      video: { kind: 'youtube', url: 'https://youtu.be/abc' },
    })
    expect(fragment).not.toMatch(/<(html|head|body|style|script|video)\b/)
    expect(fragment).toContain('<nav class="chapters" aria-labelledby="eglur-chapters">')
    expect(fragment).toContain('href="https://youtu.be/abc?t=2"')
    expect(fragment).toContain('<p class="description">[Applause]</p>')
  })

  it('a Welsh transcript gets Welsh page words', () => {
    const html = renderPage(buildTranscript(doc, { language: 'cy' }), { video })
    expect(html).toContain('<html lang="cy">')
    expect(html).toContain('aria-label="Chwarae o 00:00:02"')
    expect(html).toContain('>Trawsgrifiad</h2>')
  })
})
