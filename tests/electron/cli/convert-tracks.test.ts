import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runEglur } from '../../helpers/cli'
import { w3cParse } from '../../helpers/webvtt-oracle'

const fixture = path.resolve(import.meta.dirname, '../../fixtures/transcript/event.json')
let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-tracks-'))
})

describe('eglur convert --to chapters|descriptions', () => {
  it('writes the chapter track of a project', async () => {
    const r = await runEglur(dir, 'convert', fixture, '-o', 'chapters.vtt', '--to', 'chapters')
    expect(r).toMatchObject({ code: 0, stderr: `${fixture}: 2 chapters written to chapters.vtt.\n` })
    const parsed = w3cParse(await fs.readFile(path.join(dir, 'chapters.vtt'), 'utf8'))
    expect(parsed.errors).toEqual([])
    expect(parsed.cues.map((c) => c.text)).toEqual(['Introduction', 'Closing reflections'])
  })

  it('writes the description track, and says when there is nothing to write', async () => {
    expect((await runEglur(dir, 'convert', fixture, '-o', 'descriptions.vtt', '--to', 'descriptions')).code).toBe(0)
    expect(w3cParse(await fs.readFile(path.join(dir, 'descriptions.vtt'), 'utf8')).cues).toHaveLength(2)
    await fs.writeFile(path.join(dir, 'plain.vtt'), 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n')
    const r = await runEglur(dir, 'convert', 'plain.vtt', '-o', 'none.vtt', '--to', 'chapters')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('plain.vtt: no headings to make chapters from')
  })

  it('exits 2 for input it cannot read', async () => {
    expect((await runEglur(dir, 'convert', 'missing.vtt', '-o', 'x.vtt', '--to', 'descriptions')).code).toBe(2)
  })
})
