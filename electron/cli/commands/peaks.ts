/** `eglur peaks MEDIA -o OUT.json`: waveform peaks from a video or audio file (computed afresh, no cache). */

import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { computePeaks, peaksJsonChunks } from '../../services/media/peaks'
import { decodingFfmpeg } from '../../services/media/decoding-ffmpeg'
import { writeFileAtomic } from '../../services/atomic-write'
import { describeFsError } from '../../services/caption-files'
import { CliError, EXIT, type CliIo } from '../io'
import { UsageError, type CliCommandModule } from './command-module'

const HELP = `Usage: eglur peaks MEDIA -o OUT.json [--per-second 100] [--verbose]

Decodes the sound in slices, one ffmpeg per core. Uses the system's ffmpeg when it is newer than the
one bundled with Eglur, else the bundled one; --verbose says which ran and how long it took.
`

/** The peaks command. */
export const peaksCommand: CliCommandModule = {
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'per-second': { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) {
      io.stdout(`${HELP}\nffmpeg here: ${(await decodingFfmpeg()).description}\n`)
      return EXIT.ok
    }
    if (!positionals[0] || !values.output) throw new UsageError('needs a media file and -o OUT.json')
    const perSecond = Number(values['per-second'] ?? 100)
    if (!Number.isInteger(perSecond) || perSecond < 1 || 8000 % perSecond !== 0)
      throw new UsageError('--per-second must divide 8000 (e.g. 50, 100, 200, 400)')
    const media = positionals[0]
    const started = performance.now()
    const ffmpeg = await decodingFfmpeg()
    const parts = os.availableParallelism()
    if (values.verbose)
      io.stderr(`eglur peaks: ffmpeg ${ffmpeg.description}; ${parts} slice${parts === 1 ? '' : 's'} at once.\n`)
    let peaks
    try {
      peaks = await computePeaks(path.resolve(io.cwd, media), { perSecond, parts, ffmpeg: ffmpeg.command })
    } catch (error) {
      throw new CliError(media, (error as Error).message)
    }
    try {
      await writeFileAtomic(path.resolve(io.cwd, values.output), peaksJsonChunks(peaks))
    } catch (error) {
      throw new CliError(values.output, describeFsError(error))
    }
    if (values.verbose)
      io.stderr(
        `eglur peaks: ${peaks.min.length} pairs for ${(peaks.durationMs / 1000).toFixed(1)} s written to ${values.output} in ${Math.round(performance.now() - started)} ms.\n`,
      )
    return EXIT.ok
  },
}
