/** `eglur publish IN --media VIDEO -o DIR`: a web page of the event, with the video, its tracks and the transcript. */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { buildTranscript } from '../../../shared/transcript/builder'
import { renderPage, renderTranscriptFragment, type PageVideo } from '../../../shared/transcript/render-page'
import { languageTracks, TRACK_KINDS, trackVtt } from '../../../shared/transcript/tracks'
import { checkWritten } from '../../../shared/formats/export-check'
import { writeFileAtomic } from '../../services/atomic-write'
import { describeFsError } from '../../services/caption-files'
import { CliError, EXIT, type CliIo } from '../io'
import { loadForTranscript } from './transcript'
import { UsageError, type CliCommandModule } from './command-module'

const HELP = `Usage: eglur publish IN --media VIDEO -o DIR [--title TEXT] [--youtube URL]

IN is any caption file or an Eglur project. DIR (made if missing) gets index.html, one page with
everything inline: the title, the video with its captions, descriptions and chapters, a chapter list
and the transcript, each paragraph's time playing the video from there. It works opened from the
folder and on any web host. The video is copied into DIR, and the tracks are written beside it as
captions.vtt, descriptions.vtt and chapters.vtt. DIR also gets transcript-fragment.html, the
transcript alone to paste into a blog post.
With --youtube URL the page embeds no video and each time links to the video on YouTube at that
second (--media is then not needed).
`

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.ogv': 'video/ogg',
  '.mov': 'video/quicktime',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
}

/** Writes one file into DIR, or fails with one line naming it. */
async function writeInto(dir: string, label: string, name: string, data: string): Promise<void> {
  try {
    await writeFileAtomic(path.join(dir, name), data)
  } catch (error) {
    throw new CliError(path.join(label, name), describeFsError(error))
  }
}

/** Copies the video into DIR unless it is already there. */
async function copyMedia(media: string, io: CliIo, dir: string, label: string): Promise<string> {
  const from = path.resolve(io.cwd, media)
  const stat = await fs.stat(from).catch((error: unknown) => {
    throw new CliError(media, describeFsError(error))
  })
  if (!stat.isFile()) throw new CliError(media, 'not a file.')
  const name = path.basename(from)
  const to = path.join(dir, name)
  if (path.resolve(to) !== from) {
    try {
      await fs.copyFile(from, to)
    } catch (error) {
      throw new CliError(path.join(label, name), describeFsError(error))
    }
  }
  return name
}

/** The publish command. */
export const publishCommand: CliCommandModule = {
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        media: { type: 'string' },
        output: { type: 'string', short: 'o' },
        title: { type: 'string' },
        youtube: { type: 'string' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.ok
    }
    const input = positionals[0]
    if (!input || !values.output) throw new UsageError('needs an input file and -o DIR')
    if (!values.media && !values.youtube) throw new UsageError('needs --media VIDEO (or --youtube URL)')
    if (values.youtube && !/^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/i.test(values.youtube))
      throw new UsageError(`--youtube needs a web address (https://…), not ${values.youtube}`)
    const doc = await loadForTranscript(input, io, values.from)
    const dir = path.resolve(io.cwd, values.output)
    try {
      await fs.mkdir(dir, { recursive: true })
    } catch (error) {
      throw new CliError(values.output, describeFsError(error))
    }
    const title = values.title ?? path.basename(input).replace(/\.[^.]+$/, '')
    const transcript = buildTranscript(doc, { title })
    const tracks = Object.fromEntries(TRACK_KINDS.map((kind) => [kind, trackVtt(doc, kind)]))
    // The export check: a track that would not load in a player is not published.
    for (const kind of TRACK_KINDS) {
      const problem = checkWritten('vtt', tracks[kind]!)
      if (problem) throw new CliError(path.join(values.output, `${kind}.vtt`), problem.message)
    }
    let video: PageVideo
    if (values.youtube) video = { kind: 'youtube', url: values.youtube }
    else {
      const fileName = await copyMedia(values.media!, io, dir, values.output)
      const mimeType = MIME_TYPES[path.extname(fileName).toLowerCase()]
      video = { kind: 'file', fileName, ...(mimeType ? { mimeType } : {}) }
    }
    const languages = languageTracks(doc)
    for (const other of languages) {
      const problem = checkWritten('vtt', other.captions)
      if (problem) throw new CliError(path.join(values.output, `captions.${other.language}.vtt`), problem.message)
    }
    for (const kind of TRACK_KINDS) await writeInto(dir, values.output, `${kind}.vtt`, tracks[kind]!)
    // Each translation's captions beside the main ones, and as a track of the page's video (srclang).
    for (const other of languages) await writeInto(dir, values.output, `captions.${other.language}.vtt`, other.captions)
    await writeInto(dir, values.output, 'transcript-fragment.html', renderTranscriptFragment(transcript, { video }))
    await writeInto(
      dir,
      values.output,
      'index.html',
      renderPage(transcript, { video, tracks: { ...tracks, languages } }),
    )
    io.stderr(
      `${input}: web page written to ${path.join(values.output, 'index.html')}${video.kind === 'file' ? ` with ${video.fileName}` : ', linking to YouTube'}.\n`,
    )
    return EXIT.ok
  },
}
