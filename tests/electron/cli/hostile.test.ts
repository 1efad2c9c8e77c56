// The hostile-input corpus through the real `eglur convert` and `eglur check`: every file gets an exit
// code and one-line `FILE:LINE: message`s (never a stack trace, never a hang), or a best-effort import.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runEglur } from '../../helpers/cli'
import {
  generateHostileCorpus,
  GENERATED,
  HOSTILE_FIXTURES,
  UTF16_TEXT,
  type GeneratedCorpus,
} from '../../helpers/hostile-corpus'

let corpus: GeneratedCorpus
let out: string

beforeAll(async () => {
  corpus = await generateHostileCorpus()
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-hostile-out-'))
}, 60_000)

/** Where a file of the corpus is: generated ones in the temporary folder, the rest committed. */
const folderOf = (name: string) =>
  (Object.values(GENERATED) as string[]).includes(name) ? corpus.dir : HOSTILE_FIXTURES

/** Runs a command on a corpus file (named relative to its folder, as a user would type it). */
async function eglur(command: 'convert' | 'check', name: string, ...rest: string[]) {
  const r = await runEglur(folderOf(name), command, name, ...rest)
  // Every line on stderr names the file (and a line when there is one); nothing looks like a stack.
  for (const line of r.stderr.trimEnd().split('\n')) expect(line.startsWith(`${name}:`), line).toBe(true)
  expect(r.stderr + r.stdout).not.toMatch(/\n\s+at\s|internal error|TypeError|RangeError/)
  return r
}

const convertTo = async (name: string, ext: string) => {
  const target = path.join(out, `${name}.${ext}`)
  const r = await eglur('convert', name, '-o', target)
  return { ...r, text: r.code === 0 ? await fs.readFile(target, 'utf8') : '' }
}

describe('hostile files the CLI refuses with exit code 2 and one clear line', () => {
  it.each([
    ['empty.vtt', /^empty\.vtt:1: This is not a WebVTT file/],
    [GENERATED.garbage, /^binary-garbage\.srt:1: This file holds binary data, not caption text\.$/],
    [GENERATED.video, /^video-renamed\.vtt:1: This is an MP4\/MOV video, not a caption file\.$/],
    [GENERATED.longLine, /^long-line-20mb\.srt:1: No SRT captions could be read\. "x{60}…" is not part of any caption/],
    [
      'project-wrong-schema.eglur',
      /^project-wrong-schema\.eglur:1: This is not an Eglur caption file: cues: .*expected array/,
    ],
    [
      'project-truncated.eglur',
      /^project-truncated\.eglur:1: This does not look like WebVTT, SRT, SBV or Eglur JSON captions\.$/,
    ],
  ])('%s', async (name, message) => {
    for (const r of [await eglur('convert', name, '-o', path.join(out, 'refused.vtt')), await eglur('check', name)]) {
      expect(r.code).toBe(2)
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(r.stderr.trimEnd()).toMatch(message)
    }
  })
})

describe('hostile files the CLI imports best-effort, with warnings at their lines', () => {
  it('`-->` inside WebVTT text ends the cue there (as the standard says) with a warning at that line', async () => {
    const r = await convertTo('arrow-in-text.vtt', 'srt')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      `arrow-in-text.vtt:4: This caption's timing "the arrow --> is not a timing" is not valid`,
    )
    expect(r.stderr).toContain('2 cues read as WebVTT')
  })

  it('`-->` inside SRT text is kept, and escaped when written as WebVTT', async () => {
    const r = await convertTo('arrow-in-text.srt', 'vtt')
    expect(r.code).toBe(0)
    expect(r.text).toContain('the arrow --&gt; is not a timing')
    expect(r.text.match(/-->/g)).toHaveLength(2)
  })

  it('hours = 99999 is read and written back; the cue after it is put in order with a warning', async () => {
    const r = await convertTo('hours-99999.vtt', 'srt')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('hours-99999.vtt:6: This caption starts before the one above it')
    expect(r.text).toMatch(
      /^1\n00:00:01,000 --> 00:00:02,000\nearly\n\n2\n99999:00:00,000 --> 99999:00:01,000\nvery late\n$/,
    )
  })

  // Regression: a negative SRT time was reported as stray text at the cue number's line, not its timing.
  it('a negative time skips that caption with a warning at its timing line', async () => {
    const r = await convertTo('negative-times.srt', 'vtt')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      'negative-times.srt:2: "-00:00:01,000 --> 00:00:02,000" is not a valid SRT timing; this caption was skipped.',
    )
    expect(r.text).toBe('WEBVTT\n\n00:00:03.000 --> 00:00:04.000\nfine\n')
  })

  it('reversed and out-of-order times are repaired with a warning at each line', async () => {
    const r = await convertTo('reversed-times.vtt', 'vtt')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('reversed-times.vtt:3: This caption ends before it starts')
    expect(r.stderr).toContain('reversed-times.vtt:6: This caption starts before the one above it')
    expect(r.text.indexOf('out of order')).toBeLessThan(r.text.indexOf('reversed'))
  })

  it('NUL bytes become U+FFFD and never reach the output', async () => {
    const r = await convertTo('nul-bytes.srt', 'vtt')
    expect(r.code).toBe(0)
    expect(r.text).not.toContain('\0')
    expect(r.text).toContain('NUL\ufffdin the middle')
  })

  it('SRT with missing blank lines and SBV garbage keep every caption that has a timing', async () => {
    const srt = await convertTo('srt-missing-blank-lines.srt', 'vtt')
    expect(srt.stderr).toContain('3 cues read as SubRip')
    expect(srt.text).toContain('third without number')
    const sbv = await convertTo('sbv-garbage.sbv', 'srt')
    expect(sbv.code).toBe(0)
    expect(sbv.stderr).toContain('sbv-garbage.sbv:4: "0:00:0x.000,0:00:04.000" is not a valid SBV timing')
    expect(sbv.stderr).toContain('sbv-garbage.sbv:7: "%$#@!" is not part of any caption')
    expect(sbv.text.match(/-->/g)).toHaveLength(2)
  })

  it('unclosed and 10,000 nested tags are read as their text', async () => {
    expect((await convertTo('unclosed-tags.vtt', 'srt')).text).toContain('bold never closed and italic')
    const nested = await convertTo(GENERATED.nestedTags, 'srt')
    expect(nested.code).toBe(0)
    expect(nested.text).toBe('1\n00:00:01,000 --> 00:00:02,000\ndeep\n')
  })

  it.each([GENERATED.utf16leBom, GENERATED.utf16leNoBom, GENERATED.utf16beBom, GENERATED.utf16beNoBom])(
    '%s is decoded as UTF-16',
    async (name) => {
      const r = await convertTo(name, 'json')
      expect(r.code).toBe(0)
      expect(JSON.parse(r.text).cues[0].text).toBe(UTF16_TEXT)
    },
  )

  it('100,000 one-character cues, and one 20 MB line without a newline, convert (no hang)', async () => {
    const many = await convertTo(GENERATED.manyCues, 'srt')
    expect(many.stderr).toContain('100000 cues read as WebVTT')
    expect(many.text.match(/-->/g)).toHaveLength(100_000)
    const long = await convertTo(GENERATED.longCue, 'vtt')
    expect(long.stderr).toContain('1 cue read as WebVTT')
    expect(long.text.length).toBeGreaterThan(20 * 1024 * 1024)
  }, 60_000)

  it('a Welsh and emoji file name with spaces is read, named in messages and written', async () => {
    const name = 'Cyfarfod â’r cyngor 🎤.vtt'
    const target = path.join(out, 'Allbwn â’r cyngor 🎤.srt')
    const r = await eglur('convert', name, '-o', target)
    expect(r).toMatchObject({
      code: 0,
      stderr: `${name}: 1 cue read as WebVTT, written to ${target} as SubRip (SRT).\n`,
    })
    expect(await fs.readFile(target, 'utf8')).toContain('Croeso i gyfarfod y cyngor 🎤')
    expect((await eglur('check', name)).stderr).toBe(`${name}: no problems with the Accessible default profile.\n`)
  })

  // Regression: `eglur convert`/`transcript` said a project file was "not an Eglur caption file".
  it('a project pointing at a missing video still converts: its captions do not need the video', async () => {
    const r = await convertTo('project-missing-video.eglur', 'srt')
    expect(r.code).toBe(0)
    expect(r.text).toBe('1\n00:00:00,000 --> 00:00:01,000\nstill here\n')
    const target = path.join(out, 'project.md')
    const t = await runEglur(HOSTILE_FIXTURES, 'transcript', 'project-missing-video.eglur', '-o', target)
    expect(t.code).toBe(0)
    // The transcript keeps the caption's words as typed: no capital the editor never wrote.
    expect(await fs.readFile(target, 'utf8')).toContain('still here')
  })
})

describe('code in cue text and speaker names stays text', () => {
  it('SRT `<script>`, `onerror=` and `javascript:` are escaped in WebVTT and HTML output', async () => {
    const vtt = await convertTo('script-in-cues.srt', 'vtt')
    expect(vtt.text).toContain('&lt;script&gt;window.__eglurPwned = 11&lt;/script&gt;')
    expect(vtt.text).toContain('&lt;img src=x onerror="window.__eglurPwned = 12"&gt; &amp; javascript:')
    const html = await convertTo('script-in-cues.srt', 'html')
    expect(html.text).not.toMatch(/<script|<img/)
    expect(html.text).toContain('&lt;script&gt;window.__eglurPwned = 11&lt;/script&gt;')
  })

  it('WebVTT drops unknown tags (as the standard says) with a warning; a `<v>` name with `<` is escaped', async () => {
    const vtt = await convertTo('script-in-cues.vtt', 'vtt')
    expect(vtt.stderr).toContain('script-in-cues.vtt:3: Formatting codes that WebVTT does not know were removed')
    expect(vtt.text).not.toMatch(/<script|<img|<a /)
    expect(vtt.text).toContain('<v &lt;script>')
    const html = await convertTo('script-in-cues.vtt', 'html')
    expect(html.text).not.toMatch(/<script|<img|<a /)
    expect(html.text).toContain('<span class="name">&lt;script</span>')
  })

  it('Zoom `Name:` speakers with quotes and `onerror=` are escaped in the HTML transcript', async () => {
    const html = await convertTo('script-zoom.vtt', 'html')
    expect(html.code).toBe(0)
    expect(html.text).toContain('aria-label="Mallory &quot;onerror=window.__eglurPwned=6&quot;"')
    expect(html.text).not.toMatch(/<script|<img|="onerror/)
    const check = await eglur('check', 'script-zoom.vtt')
    for (const line of check.stdout.trimEnd().split('\n')) expect(line).toMatch(/^script-zoom\.vtt:\d+: /)
  })
})
