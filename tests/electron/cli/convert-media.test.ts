// `eglur convert --media`: the tidy-up uses the audio's pauses and voice changes (the same code as the app) and says what it did.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatById } from '../../../shared/formats/index'
import { runEglur } from '../../helpers/cli'
import { makeSpeechEvent, type SpeechEvent } from '../../helpers/speech-event'

let dir: string
let event: SpeechEvent

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-cli-media-'))
  event = await makeSpeechEvent(dir)
  await fs.writeFile(path.join(dir, 'captions.vtt'), event.vtt)
}, 120_000)

describe('eglur convert --media', () => {
  it('cuts at the pauses and changes of voice in the audio and prints the tidy-up summary', async () => {
    const r = await runEglur(
      dir,
      'convert',
      'captions.vtt',
      '-o',
      'out.vtt',
      '--media',
      'audio.wav',
      '--names',
      'Morwenna, Priya',
    )
    expect(r.code).toBe(0)
    const summary =
      /captions\.vtt: (\d+) captions; 8 speaker changes; (\d+) capitals added; (\d+) full stops added \(pauses from the audio\)\./.exec(
        r.stderr,
      )
    expect(summary, r.stderr).not.toBeNull()
    const doc = formatById('vtt')!.parse(await fs.readFile(path.join(dir, 'out.vtt'), 'utf8')).doc
    expect(doc.cues.length).toBe(Number(summary![1]))
    expect(doc.cues.map((c) => c.text.replace(/\n/g, ' ')).join(' ')).toContain('Thank you Morwenna.')
    expect(doc.cues.map((c) => c.text.replace(/\n/g, ' ')).join(' ')).toContain('I will ask Priya')
    // The hand-over under 0.25 s that YouTube did not mark with >> is heard as a change of voice.
    const texts = doc.cues.map((c) => c.text.replace(/\n/g, ' '))
    expect(texts).toContain('I believe that strongly.')
    expect(texts.some((t) => t.startsWith('I agree with'))).toBe(true)
  }, 60_000)

  it('without --media infers the pauses from the word times, and names a missing media file', async () => {
    const r = await runEglur(dir, 'convert', 'captions.vtt', '-o', 'plain.vtt')
    expect(r.stderr).toMatch(
      /captions; 8 speaker changes; \d+ capitals added; \d+ full stops added \(pauses from the word times\)/,
    )
    const missing = await runEglur(dir, 'convert', 'captions.vtt', '-o', 'x.vtt', '--media', 'nope.mp4')
    expect(missing.code).not.toBe(0)
    expect(missing.stderr).toMatch(/^nope\.mp4: /m)
  }, 60_000)
})
