// The bundled sample project the welcome screen opens: it must open, play, and still contain the
// automated-caption mistakes the user guide asks a new user to fix.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { probeMedia } from '../../../electron/services/media/probe'
import { detectFormat } from '../../../shared/formats/index'
import { parseProjectFile, type Project } from '../../../shared/project/project-file'
import { SAMPLE_EVENT, SAMPLE_FILES, heardWords, rollingVtt } from '../../../scripts/make-sample'

const dir = path.resolve(import.meta.dirname, '../../../assets/sample')
const read = (file: string): string => readFileSync(path.join(dir, file), 'utf8')

function loadProject(): Project {
  const result = parseProjectFile(read(SAMPLE_FILES.project))
  if (!result.ok) throw new Error(result.message)
  return result.project
}

describe('the sample project', () => {
  it('is a valid Eglur project pointing at its video by a relative path', () => {
    const project = loadProject()
    expect(project.media?.relativePath).toBe(SAMPLE_FILES.media)
    expect(project.media?.absolutePath).toBeUndefined()
    expect(existsSync(path.join(dir, project.media!.relativePath!))).toBe(true)
    expect(project.doc.cues.length).toBeGreaterThanOrEqual(4)
  })

  it('has a short, small video that Chromium can play, with sound', async () => {
    const info = await probeMedia(path.join(dir, SAMPLE_FILES.media))
    expect(info.hasAudio).toBe(true)
    expect(info.playableInChromium).toBe(true)
    expect(info.durationMs).toBeGreaterThanOrEqual(20_000)
    expect(info.durationMs).toBeLessThanOrEqual(40_000)
    expect(readFileSync(path.join(dir, SAMPLE_FILES.media)).length).toBeLessThan(1.5 * 1024 * 1024)
  })

  it('keeps the automated-caption mistakes for a new user to correct', () => {
    const text = loadProject()
      .doc.cues.map((c) => c.text.replace(/\n/g, ' '))
      .join(' ')
    expect(text).toContain('co production')
    expect(text).toContain('more when a')
    expect(text).toContain('the the')
    expect(text).toContain('whales')
    expect(text).not.toMatch(/[A-Z.,]/)
    expect(text).not.toContain('Morwenna')
    expect(loadProject().doc.speakers).toEqual([])
  })

  it('has one caption that starts late, so the words before it hang on over the silence', () => {
    const late = SAMPLE_EVENT.find((p) => p.lateMs)!
    const words = loadProject().doc.cues.flatMap((c) => c.words ?? [])
    const first = words.findIndex((w) => w.text === late.heard.split(' ')[0])
    // YouTube ends a word where the next starts: the 0.4 s pause plus the lag stretch "things" past 1.2 s.
    expect(first).toBeGreaterThan(0)
    expect(words[first - 1]!.endMs - words[first - 1]!.startMs).toBeGreaterThan(400 + late.lateMs! - 100)
  })

  it('ships the captions as YouTube writes them, which Eglur reads as YouTube automated captions', () => {
    const vtt = read(SAMPLE_FILES.captions)
    expect(detectFormat(vtt, SAMPLE_FILES.captions)?.id).toBe('youtube')
    expect(vtt).toMatch(/<\d\d:\d\d:\d\d\.\d{3}><c> production<\/c>/)
  })

  it('has a SOURCES note with the licence and every planted mistake', () => {
    const note = read(SAMPLE_FILES.sources)
    expect(note).toMatch(/Licence: the same as\s+Eglur \(MIT/)
    for (const mistake of ['co production', 'more when a', 'whales', 'the the']) expect(note).toContain(mistake)
  })
})

describe('the sample generator', () => {
  const phrase = { speaker: 'Beth', text: 'Thank you, Morwenna.', startMs: 1000, endMs: 2000, words: [] }

  it('spreads misheard words over the phrase in order, without passing its end', () => {
    const words = heardWords(phrase, 'thank you more when a')
    expect(words.map((w) => w.text)).toEqual(['thank', 'you', 'more', 'when', 'a'])
    expect(words[0]!.startMs).toBe(1000)
    expect(words.every((w, i) => w.endMs <= 2000 && (i === 0 || w.startMs >= words[i - 1]!.endMs))).toBe(true)
  })

  it('starts a late phrase late, but never so late the words do not fit', () => {
    expect(heardWords(phrase, 'thank you', 300)[0]!.startMs).toBe(1300)
    expect(heardWords(phrase, 'thank you', 5000)[0]!.startMs).toBe(1800)
  })

  it('writes rolling cues: the previous line on top, word stamps, a 10 ms bridge', () => {
    const vtt = rollingVtt([heardWords(phrase, 'thank you'), [{ startMs: 2500, endMs: 3000, text: 'next' }]])
    expect(vtt).toContain('00:00:01.000 --> 00:00:02.490 align:start position:0%\n \nthank<00:00:01.')
    expect(vtt).toContain('00:00:02.490 --> 00:00:02.500 align:start position:0%\nthank you\n \n')
    expect(vtt).toContain('00:00:02.500 --> 00:00:03.290 align:start position:0%\nthank you\nnext\n')
  })
})
