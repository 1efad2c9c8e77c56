import { describe, expect, it } from 'vitest'
import type { CaptionBridge, OpenedMedia } from '../../../../shared/ipc/contract'
import { projectToJson } from '../../../../shared/project/project-file'
import { extensionsOf } from '../../../../shared/formats/file-kinds'
import {
  classifyPaths,
  openFromPaths,
  openProjectPath,
  type OpenDeps,
} from '../../../../renderer/features/start/open-flow'
import { openCaptionBytes } from '../../../../renderer/platform/open-captions'
import { asCueId, makeDocument } from '../../../../shared/model'

const ROLLING = `WEBVTT
Kind: captions
Language: en

00:00:00.000 --> 00:00:02.000 align:start position:0%
 
welcome<00:00:00.500><c> everyone</c>

00:00:02.000 --> 00:00:02.010 align:start position:0%
welcome everyone
 

00:00:02.010 --> 00:00:04.000 align:start position:0%
welcome everyone
to<00:00:02.500><c> the</c><00:00:03.000><c> network</c>
`

/** A fake main side over an in-memory folder; records what was created. */
function fakeBridge(files: Record<string, string>) {
  const created: { path: string; text: string }[] = []
  /** Which requests were made, in order (peaks with their window). */
  const calls: string[] = []
  const media = (path: string): OpenedMedia => ({
    path,
    url: `/media/${path}`,
    durationMs: 4000,
    hasAudio: true,
    playable: true,
  })
  const bridge = {
    getPeaks: async ({ mediaPath, window }: { mediaPath: string; window?: { startMs: number; endMs: number } }) => {
      calls.push(window ? `getPeaks ${mediaPath} ${window.startMs}-${window.endMs}` : `getPeaks ${mediaPath}`)
      return { ok: true, cached: false, peaks: { perSecond: 100, durationMs: 4000, data: new Int8Array(800) } }
    },
    openMedia: async ({ path }: { path: string }) =>
      path in files ? { ok: true, media: media(path) } : { ok: false, code: 'not-found' },
    findProjectBeside: async ({ mediaPath }: { mediaPath: string }) => {
      const existing = mediaPath.replace(/\.[^.]+$/, '.eglur')
      return existing in files
        ? { ok: true, path: existing, newPath: existing.replace('.eglur', '-2.eglur') }
        : { ok: true, newPath: existing }
    },
    findCaptionsBeside: async ({ mediaPath }: { mediaPath: string }) => ({
      ok: true,
      paths: Object.keys(files).filter(
        (p) => p.startsWith(mediaPath.replace(/\.[^.]+$/, '')) && /\.(vtt|srt)$/.test(p),
      ),
    }),
    readCaptionFile: async ({ path }: { path: string }) => (
      calls.push(`readCaptionFile ${path}`),
      path in files
        ? { ok: true, name: path.split('/').pop()!, bytes: new TextEncoder().encode(files[path]) }
        : { ok: false, code: 'not-found' }
    ),
    createProject: async ({ path, project }: { path: string; project: unknown }) => {
      created.push({ path, text: JSON.stringify(project) })
      return { ok: true, status: { state: 'saved' } }
    },
    openProject: async ({ path }: { path: string }) => ({
      ok: true,
      opened: { path, project: JSON.parse(files[path]!), mediaMissing: false, mediaPath: '/w/talk.mp4' },
    }),
    discardRecovery: async () => ({ ok: true }),
    getSpeechPauses: async () => ({ ok: false, code: 'ffmpeg-missing' }),
  } as unknown as CaptionBridge
  return { bridge, created, calls }
}

const deps = (bridge: CaptionBridge, cleanup: 'cleaned' | 'original' = 'cleaned', asked: string[] = []): OpenDeps => ({
  bridge,
  parse: async (bytes, name) => openCaptionBytes(new Uint8Array(bytes), name),
  ask: { recover: async () => (asked.push('recover'), true), cleanup: async () => (asked.push('cleanup'), cleanup) },
})

describe('progressive open', () => {
  it("asks for the first screen's peaks and the whole waveform before the captions are read", async () => {
    const { bridge, calls } = fakeBridge({ '/p/talk.mp4': '', '/p/talk.vtt': ROLLING })
    const outcome = await openFromPaths(['/p/talk.mp4'], deps(bridge))
    expect(outcome.ok).toBe(true)
    expect(calls).toEqual(['getPeaks /p/talk.mp4', 'getPeaks /p/talk.mp4 0-60000', 'readCaptionFile /p/talk.vtt'])
  })

  it("a project asks for its video's peaks before the editor has answered whether to recover", async () => {
    const project = projectToJson({ title: 'Talk', doc: makeDocument([]), glossary: [] }, new Date())
    const { bridge, calls } = fakeBridge({ '/q/talk.eglur': JSON.stringify(project) })
    let peaksAskedFirst: boolean | undefined
    const recoverable = { writtenAt: 1, cueCount: 0, project }
    const withJournal = {
      ...bridge,
      openProject: async (args: { path: string }) => {
        const opened = await bridge.openProject(args as never)
        return opened.ok ? { ...opened, opened: { ...opened.opened, mediaPath: '/q/talk.mp4', recoverable } } : opened
      },
    } as unknown as CaptionBridge
    const ask = {
      recover: async () => ((peaksAskedFirst = calls.some((c) => c.startsWith('getPeaks /q/talk.mp4'))), false),
      cleanup: async () => 'cleaned' as const,
    }
    await openProjectPath('/q/talk.eglur', { ...deps(withJournal), ask })
    expect(peaksAskedFirst).toBe(true)
  })
})

describe('opening from paths', () => {
  it('sorts a choice into project, video and captions', () => {
    expect(classifyPaths(['/a/talk.MP4', '/a/talk.en.vtt'])).toEqual({
      media: '/a/talk.MP4',
      captions: '/a/talk.en.vtt',
    })
    expect(classifyPaths(['/a/notes.docx'])).toEqual({})
    // Every media kind the desktop dialog offers (the renderer used to refuse .mpg).
    for (const ext of extensionsOf('media')) expect(classifyPaths([`/v/talk.${ext}`]).media).toBe(`/v/talk.${ext}`)
    expect(classifyPaths(['/v/talk.mpg', '/v/talk.srt', '/v/p.eglur'])).toEqual({
      media: '/v/talk.mpg',
      captions: '/v/talk.srt',
      project: '/v/p.eglur',
    })
  })

  it('finds captions beside a video, asks about the clean-up, and creates a project beside it', async () => {
    const { bridge, created } = fakeBridge({ '/w/talk.mp4': '', '/w/talk.vtt': ROLLING })
    const asked: string[] = []
    const outcome = await openFromPaths(['/w/talk.mp4'], deps(bridge, 'cleaned', asked))
    expect(asked).toEqual(['cleanup'])
    if (!outcome.ok) throw new Error(outcome.notice.key)
    expect(outcome.session.projectPath).toBe('/w/talk.eglur')
    expect(outcome.session.media?.path).toBe('/w/talk.mp4')
    expect(outcome.session.notice?.key).toBe('open.captionsFoundBeside')
    // Every word once, in order, after the clean-up, which suggests capitals and full stops ("everyone"
    // is stamped 1.5 s long, far longer than its letters take to say, so a pause and a sentence end follow it).
    expect(
      outcome.session.doc.cues
        .map((c) => c.text)
        .join(' ')
        .split(/\s+/),
    ).toEqual(['Welcome', 'everyone.', 'To', 'the', 'network.'])
    expect(created).toHaveLength(1)
    expect(created[0]!.path).toBe('/w/talk.eglur')
  })

  it('keeps the automated captions as they were when the editor says so', async () => {
    const { bridge } = fakeBridge({ '/w/talk.mp4': '', '/w/talk.vtt': ROLLING })
    const outcome = await openFromPaths(['/w/talk.mp4'], deps(bridge, 'original'))
    expect(outcome.ok && outcome.session.doc.cues.length).toBe(3)
  })

  it('carries on with the project already beside the video', async () => {
    const saved = projectToJson(
      {
        title: 'Talk',
        doc: makeDocument([{ id: asCueId('c1'), startMs: 0, endMs: 900, text: 'Corrected already' }]),
        glossary: [{ from: 'co production', to: 'co-production' }],
      },
      new Date(),
    )
    const { bridge, created } = fakeBridge({
      '/w/talk.mp4': '',
      '/w/talk.vtt': ROLLING,
      '/w/talk.eglur': JSON.stringify(saved),
    })
    const outcome = await openFromPaths(['/w/talk.mp4'], deps(bridge))
    expect(outcome.ok && outcome.session.doc.cues[0]!.text).toBe('Corrected already')
    expect(outcome.ok && outcome.session.glossary).toHaveLength(1)
    expect(created).toHaveLength(0)
  })

  it('opens a video with no captions as an empty project, and says why', async () => {
    const { bridge } = fakeBridge({ '/w/talk.mp4': '' })
    const outcome = await openFromPaths(['/w/talk.mp4'], deps(bridge))
    expect(outcome.ok && outcome.session.doc.cues).toHaveLength(0)
    expect(outcome.ok && outcome.session.notice?.key).toBe('open.noCaptions')
  })

  it('names the file and line of a caption file it cannot use', async () => {
    const { bridge } = fakeBridge({ '/w/talk.mp4': '', '/w/talk.vtt': '\u0000\u0001garbage' })
    const outcome = await openFromPaths(['/w/talk.mp4', '/w/talk.vtt'], deps(bridge))
    expect(outcome.ok).toBe(false)
    expect(!outcome.ok && outcome.notice.values).toMatchObject({ file: 'talk.vtt', line: 1 })
  })
})
