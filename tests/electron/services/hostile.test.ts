// The hostile-input corpus through the services: readCaptionFile gives a reason at a line or a
// best-effort document with warnings; openProject refuses damaged projects in words and opens one
// whose video is gone; code in cue text stays literal text and is escaped on WebVTT/HTML output.
import { promises as fs, promises as fsPromises } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { readCaptionFile, type FailedCaptions, type LoadedCaptions } from '../../../electron/services/caption-files'
import { MAX_CAPTION_BYTES, readCaptionBytes } from '../../../shared/formats/read-caption-bytes'
import { openProject } from '../../../electron/services/project/project-store'
import { formatById } from '../../../shared/formats/index'
import { buildTranscript } from '../../../shared/transcript/builder'
import { renderHtml } from '../../../shared/transcript/render-html'
import {
  generateHostileCorpus,
  hostileFixture,
  sparseFile,
  UTF16_TEXT,
  type GeneratedCorpus,
} from '../../helpers/hostile-corpus'

let corpus: GeneratedCorpus
beforeAll(async () => {
  corpus = await generateHostileCorpus()
}, 60_000)

const loaded = (r: LoadedCaptions | FailedCaptions): LoadedCaptions => {
  if (!r.ok) throw new Error(`expected a document, got: ${r.fatal.message}`)
  return r
}
const texts = (r: LoadedCaptions) => r.doc.cues.map((c) => c.text)
const warningsAt = (r: LoadedCaptions) => r.warnings.map((w) => [w.line, w.code])

describe('readCaptionFile refuses what holds no captions, with the reason at line 1', () => {
  it.each([
    ['empty.vtt', () => hostileFixture('empty.vtt'), 'not-webvtt'],
    ['binary garbage', () => corpus.path.garbage, 'binary-file'],
    ['an MP4 renamed .vtt', () => corpus.path.video, 'binary-file'],
    ['a 20 MB line without a newline', () => corpus.path.longLine, 'no-cues'],
    ['a project with the wrong schema', () => hostileFixture('project-wrong-schema.eglur'), 'bad-schema'],
    ['a truncated project', () => hostileFixture('project-truncated.eglur'), 'unknown-format'],
  ])('%s', async (_what, file, code) => {
    const r = await readCaptionFile(file())
    expect(r.ok).toBe(false)
    const fatal = (r as FailedCaptions).fatal
    expect(fatal).toMatchObject({ code, line: 1 })
    // One plain sentence: no newline, no stack, and a long line is quoted only in part.
    expect(fatal.message).not.toMatch(/\n|\bat\s\S+:\d+/)
    expect(fatal.message.length).toBeLessThan(300)
  })

  it('names the video format of a renamed MP4', async () => {
    expect(await readCaptionFile(corpus.path.video)).toMatchObject({
      ok: false,
      fatal: { message: 'This is an MP4/MOV video, not a caption file.' },
    })
  })
})

describe('readCaptionFile imports the rest best-effort, with warnings at their lines', () => {
  it('UTF-16 LE and BE, with and without a byte-order mark', async () => {
    for (const file of [
      corpus.path.utf16leBom,
      corpus.path.utf16leNoBom,
      corpus.path.utf16beBom,
      corpus.path.utf16beNoBom,
    ]) {
      expect(texts(loaded(await readCaptionFile(file))), file).toEqual([UTF16_TEXT])
    }
  })

  it('100,000 one-character cues, 10,000 nested tags and a 20 MB cue line', async () => {
    const many = loaded(await readCaptionFile(corpus.path.manyCues))
    expect(many.doc.cues).toHaveLength(100_000)
    expect(many.doc.cues[99_999]).toMatchObject({ startMs: 999_990, endMs: 1_000_000, text: 'd' })
    expect(texts(loaded(await readCaptionFile(corpus.path.nestedTags)))).toEqual(['deep'])
    const long = loaded(await readCaptionFile(corpus.path.longCue))
    expect(long.doc.cues[0]!.text).toHaveLength(20 * 1024 * 1024)
  }, 60_000)

  it('unclosed tags, `-->` in text, hours = 99999, reversed and negative times', async () => {
    const unclosed = loaded(await readCaptionFile(hostileFixture('unclosed-tags.vtt')))
    expect(texts(unclosed)).toEqual(['bold never closed and italic', 'class underline voice'])
    expect(unclosed.doc.speakers.map((s) => s.name)).toEqual(['Beth'])
    const arrowVtt = loaded(await readCaptionFile(hostileFixture('arrow-in-text.vtt')))
    expect(warningsAt(arrowVtt)).toEqual([[4, 'bad-timing']])
    expect(texts(loaded(await readCaptionFile(hostileFixture('arrow-in-text.srt'))))).toEqual([
      'the arrow --> is not a timing',
      'second caption',
    ])
    const late = loaded(await readCaptionFile(hostileFixture('hours-99999.vtt')))
    expect(late.doc.cues.map((c) => c.startMs)).toEqual([1000, 99_999 * 3_600_000])
    expect(warningsAt(late)).toEqual([[6, 'out-of-order']])
    const reversed = loaded(await readCaptionFile(hostileFixture('reversed-times.vtt')))
    expect(warningsAt(reversed)).toEqual([
      [3, 'reversed-times'],
      [6, 'out-of-order'],
    ])
    expect(reversed.doc.cues.every((c) => c.startMs <= c.endMs)).toBe(true)
    const negative = loaded(await readCaptionFile(hostileFixture('negative-times.srt')))
    expect(warningsAt(negative)).toEqual([[2, 'bad-timing']])
    expect(texts(negative)).toEqual(['fine'])
  })

  it('NUL bytes, SRT without blank lines, SBV garbage, a Welsh and emoji file name', async () => {
    expect(texts(loaded(await readCaptionFile(hostileFixture('nul-bytes.srt'))))).toEqual([
      'NUL\ufffdin the middle',
      'fine',
    ])
    expect(texts(loaded(await readCaptionFile(hostileFixture('srt-missing-blank-lines.srt'))))).toEqual([
      'first',
      'second',
      'third without number',
    ])
    const sbv = loaded(await readCaptionFile(hostileFixture('sbv-garbage.sbv')))
    expect(warningsAt(sbv)).toEqual([
      [4, 'bad-timing'],
      [7, 'stray-text'],
    ])
    expect(texts(sbv)).toEqual(['fine', 'last'])
    expect(texts(loaded(await readCaptionFile(hostileFixture('Cyfarfod â’r cyngor 🎤.vtt'))))).toEqual([
      'Croeso i gyfarfod y cyngor 🎤',
    ])
  })
})

describe('code in cue text and speaker names stays text', () => {
  it('SRT keeps `<script>` as literal text; WebVTT and HTML output escape it', async () => {
    const srt = loaded(await readCaptionFile(hostileFixture('script-in-cues.srt')))
    expect(texts(srt)[0]).toBe('<script>window.__eglurPwned = 11</script>')
    const vtt = formatById('vtt')!.serialize!(srt.doc)
    expect(vtt).not.toMatch(/<script|<img/)
    expect(
      formatById('vtt')!
        .parse(vtt)
        .doc.cues.map((c) => c.text),
    ).toEqual(texts(srt))
    const html = renderHtml(buildTranscript(srt.doc))
    expect(html).not.toMatch(/<script|<img/)
  })

  it('WebVTT speaker names from `<v>` and Zoom `Name:` keep their characters and are escaped on output', async () => {
    const vtt = loaded(await readCaptionFile(hostileFixture('script-in-cues.vtt')))
    expect(vtt.doc.speakers.map((s) => s.name)).toEqual(['<script', 'Mallory onerror=window.__eglurPwned=5'])
    const zoom = loaded(await readCaptionFile(hostileFixture('script-zoom.vtt')))
    expect(zoom.format.id).toBe('zoom')
    expect(zoom.doc.speakers.map((s) => s.name)).toEqual(['Mallory "onerror=window.__eglurPwned=6"', 'Beth Perry'])
    expect(texts(zoom)[2]).toBe('javascript:window.__eglurPwned=9')
    for (const doc of [vtt.doc, zoom.doc]) {
      const written = formatById('vtt')!.serialize!(doc)
      const again = formatById('vtt')!.parse(written)
      expect(again.warnings).toEqual([])
      expect(again.doc.speakers.map((s) => s.name).sort()).toEqual(
        doc.speakers
          .filter((s) => doc.cues.some((c) => c.speakerId === s.id))
          .map((s) => s.name)
          .sort(),
      )
      expect(renderHtml(buildTranscript(doc))).not.toMatch(/<script|<img|="onerror|[^&]"onerror/)
    }
  })
})

describe('resource limits', () => {
  it('a 65 MB sparse file is refused from its size alone, without being read, naming the size', async () => {
    const file = path.join(corpus.dir, 'huge.vtt')
    await sparseFile(file, 65 * 1024 * 1024)
    // The service reads through fs.promises: watching it shows the file is refused from a stat alone.
    const reads = vi.spyOn(fsPromises, 'readFile')
    const r = await readCaptionFile(file)
    expect(reads).not.toHaveBeenCalled()
    reads.mockRestore()
    expect(r).toEqual({
      ok: false,
      fatal: {
        code: 'file-too-large',
        line: 1,
        message: 'The file is 65 MB; caption files over 64 MB are refused.',
        params: { mb: '65', limitMb: 64 },
      },
    })
    expect(MAX_CAPTION_BYTES).toBe(64 * 1024 * 1024)
  })

  it('a file of exactly the limit is still read (the limit is inclusive)', async () => {
    const file = path.join(corpus.dir, 'limit.vtt')
    await sparseFile(file, MAX_CAPTION_BYTES)
    // All NUL bytes: read, then refused as binary rather than as too large.
    expect(await readCaptionFile(file)).toMatchObject({ ok: false, fatal: { code: 'binary-file' } })
  }, 30_000)

  it('bytes from a page (drag and drop) go through the same checks', () => {
    expect(readCaptionBytes(new Uint8Array(0), 'empty.vtt')).toMatchObject({
      ok: false,
      fatal: { code: 'not-webvtt', line: 1 },
    })
  })
})

describe('openProject with hostile project files', () => {
  it('valid JSON with the wrong schema names the place that is wrong', async () => {
    expect(await openProject(hostileFixture('project-wrong-schema.eglur'))).toEqual({
      ok: false,
      code: 'damaged-project',
      message: 'This is not an Eglur project: document.cues: Invalid input: expected array, received string',
    })
  })

  it('a truncated project file is reported as damaged', async () => {
    const r = await openProject(hostileFixture('project-truncated.eglur'))
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(/^The project file is damaged \(not valid JSON: /)
  })

  it('a project whose video is missing still opens, saying so', async () => {
    const r = await openProject(hostileFixture('project-missing-video.eglur'))
    expect(r).toMatchObject({ ok: true, mediaMissing: true })
    expect(r.ok && r.json.document.cues[0]!.text).toBe('still here')
    expect(r.ok && r.mediaPath).toBeUndefined()
  })

  it('a caption file or a folder opened as a project is refused in words', async () => {
    expect(await openProject(hostileFixture('script-in-cues.vtt'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The project file is damaged/),
    })
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-dir-'))
    expect(await openProject(dir)).toEqual({ ok: false, code: 'not-a-file', message: 'This is a folder, not a file.' })
  })
})
