import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runEglur } from '../../helpers/cli'

let dir: string
const cli = (...args: string[]) => runEglur(dir, ...args)
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-report-'))
  await fs.writeFile(
    path.join(dir, 'talk.vtt'),
    'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Beth>Um, we will utilise the hall.\n\n00:01:05.500 --> 00:01:08.000\n<v Beth>The report was written by the committee.\n',
  )
})

describe('eglur report', () => {
  it('prints the report as JSON in the documented shape, times in milliseconds', async () => {
    const r = await cli('report', 'talk.vtt', '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as Record<string, unknown>
    expect(Object.keys(json)).toEqual([
      'readingEase',
      'readingAge',
      'words',
      'sentences',
      'longSentences',
      'passives',
      'plainerWords',
    ])
    expect(json).toMatchObject({ words: 12, sentences: 2, longSentences: [] })
    expect(json['passives']).toEqual([{ start: 65500, text: 'The report was written by the committee.' }])
    expect(json['plainerWords']).toEqual([{ start: 1000, word: 'utilise', suggestion: 'use' }])
    expect(typeof json['readingEase']).toBe('number')
  })

  it('prints readable lines with the time of each finding', async () => {
    const r = await cli('report', 'talk.vtt')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^talk\.vtt: reading ease -?\d+ \([A-Za-z ]+\), reading age \d+\n12 words in 2 sentences/)
    expect(r.stdout).toContain(
      'Passive sentences: 1\n  00:01:05  "was written": The report was written by the committee.',
    )
    expect(r.stdout).toContain('Plainer words: 1\n  00:00:01  utilise → use')
  })

  it('exits 2 with one line for a file it cannot read', async () => {
    const r = await cli('report', 'missing.vtt')
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^missing\.vtt/)
  })
})

describe('eglur report on automated captions', () => {
  it('says the figures wait for punctuation when there are no full stops', async () => {
    const vocabulary = ['we', 'met', 'at', 'the', 'community', 'hall', 'and', 'talked', 'about', 'housing']
    const words = Array.from({ length: 60 }, (_, i) => vocabulary[i % vocabulary.length]).join(' ')
    await fs.writeFile(path.join(dir, 'auto.vtt'), `WEBVTT\n\n00:00:01.000 --> 00:00:09.000\n${words}\n`)
    const r = await cli('report', 'auto.vtt')
    expect(r.stdout).toContain('Few full stops: automated captions have none')
    expect((await cli('report', 'talk.vtt')).stdout).not.toContain('Few full stops')
  })
})
