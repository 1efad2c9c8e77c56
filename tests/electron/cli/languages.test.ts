import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseProjectFile } from '../../../shared/project/project-file'
import { runEglur } from '../../helpers/cli'
import { w3cParse } from '../../helpers/webvtt-oracle'

const fixture = path.resolve(import.meta.dirname, '../../fixtures/bilingual/sample-cy.eglur')
let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-languages-'))
})

const read = (name: string) => fs.readFile(path.join(dir, name), 'utf8')
const times = (vtt: string) => w3cParse(vtt).cues.map((c) => [c.startTime, c.endTime])

describe('eglur convert --lang', () => {
  it('writes the Welsh captions of a project with the master times and zero W3C errors', async () => {
    const r = await runEglur(dir, 'convert', fixture, '-o', 'cy.vtt', '--lang', 'cy')
    expect(r).toMatchObject({ code: 0, stderr: `${fixture}: 7 captions in cy written to cy.vtt as WebVTT.\n` })
    await runEglur(dir, 'convert', fixture, '-o', 'en.vtt', '--lang', 'en-GB')
    const [cy, en] = [await read('cy.vtt'), await read('en.vtt')]
    expect(cy).toMatch(/^WEBVTT Language: cy\n/)
    expect(w3cParse(cy).errors).toEqual([])
    expect(w3cParse(en).errors).toEqual([])
    expect(times(cy)).toEqual(times(en))
    expect(w3cParse(cy).cues[1]!.text).toContain('Croeso, bawb')
  })

  it('writes one file per language for --lang all, named by language', async () => {
    const r = await runEglur(dir, 'convert', fixture, '-o', 'event.srt', '--lang', 'all')
    expect(r.code).toBe(0)
    expect(await read('event.en-GB.srt')).toContain('Welcome, everyone')
    expect(await read('event.cy.srt')).toContain('Croeso, bawb')
  })

  it('leaves out captions without a translation and says how many', async () => {
    const project = JSON.parse(await fs.readFile(fixture, 'utf8'))
    project.translations[0].cues = project.translations[0].cues.slice(0, 5)
    await fs.writeFile(path.join(dir, 'part.eglur'), JSON.stringify(project))
    const r = await runEglur(dir, 'convert', 'part.eglur', '-o', 'part.cy.vtt', '--lang', 'cy')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('part.eglur: 2 captions have no cy translation and were left out.\n')
    expect(w3cParse(await read('part.cy.vtt')).cues).toHaveLength(5)
  })

  it('says which languages a plain convert or transcript of the project leaves out', async () => {
    expect((await runEglur(dir, 'convert', fixture, '-o', 'main.vtt')).stderr).toContain(
      `${fixture}: also has captions in cy, not written; --lang cy writes them, --lang all every language.\n`,
    )
    expect((await runEglur(dir, 'transcript', fixture, '-o', 'main.md')).stderr).toContain(
      `${fixture}: also has captions in cy; --lang all writes the transcript in every language.\n`,
    )
  })

  it('refuses a language the project does not have, listing the ones it has (exit 2)', async () => {
    const r = await runEglur(dir, 'convert', fixture, '-o', 'fr.vtt', '--lang', 'fr')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `eglur convert: ${fixture} has no captions in fr; its languages are en-GB, cy\n${r.stderr.split('\n')[1]}\n`,
    )
    expect(r.stderr.split('\n')[1]).toMatch(/^Usage: eglur convert /)
  })
})

describe('eglur transcript --lang', () => {
  it('writes an HTML transcript in two columns with lang on every block', async () => {
    const r = await runEglur(dir, 'transcript', fixture, '-o', 't.html', '--lang', 'en-GB,cy')
    expect(r.code).toBe(0)
    const html = await read('t.html')
    expect(html).toContain('<html lang="en-GB">')
    expect(html).toContain('<th scope="col" lang="cy">Cymraeg</th>')
    expect(html).toContain('<span class="role">, Prifysgol Sheffield</span>')
    expect(html).toContain(
      '<h2><span lang="en-GB">Welcome</span><span class="sep" aria-hidden="true"> / </span><span lang="cy">Croeso</span></h2>',
    )
  })

  it('lays the languages out in blocks, and in Word marks each run with its language', async () => {
    expect(
      (await runEglur(dir, 'transcript', fixture, '-o', 'b.html', '--lang', 'cy,en-GB', '--layout', 'blocks')).code,
    ).toBe(0)
    const html = await read('b.html')
    expect(html).toContain('<html lang="cy">')
    expect(html).not.toContain('<table')
    expect((await runEglur(dir, 'transcript', fixture, '-o', 't.docx', '--lang', 'en-GB,cy')).code).toBe(0)
    const xml = await (
      await JSZip.loadAsync(await fs.readFile(path.join(dir, 't.docx')))
    )
      .file('word/document.xml')!
      .async('string')
    expect(xml).toContain('<w:lang w:val="cy"/>')
  })

  it('refuses an unknown layout or a layout without languages (exit 2)', async () => {
    expect(
      (await runEglur(dir, 'transcript', fixture, '-o', 'x.html', '--lang', 'cy', '--layout', 'grid')).stderr,
    ).toMatch(/^eglur transcript: --layout must be columns or blocks\n/)
    expect((await runEglur(dir, 'transcript', fixture, '-o', 'x.html', '--layout', 'blocks')).code).toBe(2)
  })
})

describe('eglur convert --add-language', () => {
  const en =
    'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nGood evening.\n\n00:00:04.000 --> 00:00:06.000\nWelcome to the meeting.\n'
  const cy =
    'WEBVTT\n\n00:00:01.050 --> 00:00:03.000\nNoswaith dda.\n\n00:00:04.000 --> 00:00:06.000\nCroeso i\u2019r cyfarfod.\n\n00:00:09.000 --> 00:00:10.000\nDiolch.\n'

  it('aligns a Welsh file to the English captions and prints the report with FILE:LINE for what matched nothing', async () => {
    await fs.writeFile(path.join(dir, 'talk.en-GB.vtt'), en)
    await fs.writeFile(path.join(dir, 'talk.cy.vtt'), cy)
    const r = await runEglur(dir, 'convert', 'talk.en-GB.vtt', '--add-language', 'talk.cy.vtt', '-o', 'talk.eglur')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      'talk.cy.vtt: 2 captions in cy placed beside talk.en-GB.vtt; 0 to check, 0 of talk.en-GB.vtt still without cy, 1 matched nothing.\n',
    )
    expect(r.stderr).toContain('talk.cy.vtt:9: matches no caption of talk.en-GB.vtt in time (9.0–10.0 s): Diolch.\n')
    const read = parseProjectFile(await fs.readFile(path.join(dir, 'talk.eglur'), 'utf8'))
    if (!read.ok) throw new Error(read.message)
    expect(read.project.doc.meta?.language).toBe('en-GB')
    expect(read.project.doc.translations?.[0]?.cues.map((c) => c.text)).toEqual([
      'Noswaith dda.',
      'Croeso i\u2019r cyfarfod.',
    ])
  })

  it('takes the language from TAG=FILE, and refuses a file it cannot name or an output that is not a project', async () => {
    await fs.writeFile(path.join(dir, 'welsh.vtt'), cy)
    expect(
      (await runEglur(dir, 'convert', 'talk.en-GB.vtt', '--add-language', 'cy=welsh.vtt', '-o', 'named.eglur')).code,
    ).toBe(0)
    const unnamed = await runEglur(dir, 'convert', 'talk.en-GB.vtt', '--add-language', 'welsh.vtt', '-o', 'x.eglur')
    expect(unnamed.stderr).toMatch(
      /^eglur convert: cannot tell the language of welsh.vtt; name it, e.g. --add-language cy=welsh.vtt\n/,
    )
    const notProject = await runEglur(dir, 'convert', 'talk.en-GB.vtt', '--add-language', 'talk.cy.vtt', '-o', 'x.vtt')
    expect(notProject.code).toBe(2)
    expect(notProject.stderr).toMatch(
      /^eglur convert: --add-language writes a project: the output must end in .eglur\n/,
    )
  })
})

describe('eglur publish of a project in several languages', () => {
  it('writes each translation as a captions file and offers it on the page as a track with its srclang', async () => {
    const media = path.resolve(import.meta.dirname, '../../../assets/sample/sample.mp4')
    const r = await runEglur(dir, 'publish', fixture, '--media', media, '-o', 'site')
    expect(r.code).toBe(0)
    const cy = await read('site/captions.cy.vtt')
    expect(w3cParse(cy).errors).toEqual([])
    expect(times(cy)).toEqual(times(await read('site/captions.vtt')))
    expect(await read('site/index.html')).toMatch(
      /<track kind="captions" srclang="cy" label="Cymraeg" src="data:text\/vtt/,
    )
  })
})
