// The API's getSpeechPauses: only for files the user opened; the pauses come from one decode, kept
// with the peaks, so asking again (or drawing the waveform afterwards) decodes nothing.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { makeTestServices } from '../../../helpers/service-host'

const run = promisify(execFile)

describe('getSpeechPauses', () => {
  it('refuses a file not opened, and finds the pause in a tone, silence, tone file once', async () => {
    const { api, work, services } = await makeTestServices()
    const media = path.join(work, 'talk.wav')
    // 1 s of tone, 0.6 s of silence, 1 s of tone.
    await run('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      "aevalsrc='0.3*sin(2*PI*300*t)*(lt(t,1)+gt(t,1.6))':s=8000:d=2.6",
      media,
    ])
    expect(await api.getSpeechPauses({ mediaPath: media })).toMatchObject({ ok: false, code: 'not-allowed' })
    services.grantAndOpen([media])
    const first = await api.getSpeechPauses({ mediaPath: media })
    if (!first.ok) throw new Error(first.code)
    expect(first.cached).toBe(false)
    const pause = first.pauses.find((p) => p.startMs > 500 && p.endMs < 2000)!
    expect(Math.abs(pause.startMs - 1000)).toBeLessThanOrEqual(30)
    expect(Math.abs(pause.endMs - 1600)).toBeLessThanOrEqual(30)
    expect(await api.getSpeechPauses({ mediaPath: media })).toMatchObject({ ok: true, cached: true })
    expect(await api.getPeaks({ mediaPath: media })).toMatchObject({ ok: true, cached: true })
  })
})
