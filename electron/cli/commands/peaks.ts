/** `eglur peaks MEDIA -o OUT.json`: waveform peaks from a video or audio file (computed afresh, no cache). */

import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { computePeaks, peaksToJson } from '../../services/media/peaks'
import { writeFileAtomic } from '../../services/atomic-write'
import { describeFsError } from '../../services/caption-files'
import { CliError, EXIT, type CliIo } from '../io'
import { UsageError, type CliCommandModule } from './index'

const HELP = 'Usage: eglur peaks MEDIA -o OUT.json [--per-second 100]\n'

/** The peaks command. */
export const peaksCommand: CliCommandModule = {
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { output: { type: 'string', short: 'o' }, 'per-second': { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.ok
    }
    if (!positionals[0] || !values.output) throw new UsageError('needs a media file and -o OUT.json')
    const perSecond = Number(values['per-second'] ?? 100)
    if (!Number.isInteger(perSecond) || perSecond < 1 || 8000 % perSecond !== 0) throw new UsageError('--per-second must divide 8000 (e.g. 50, 100, 200, 400)')
    const media = positionals[0]
    let json: string
    try {
      json = peaksToJson(await computePeaks(path.resolve(io.cwd, media), { perSecond, parts: os.availableParallelism() }))
    } catch (error) {
      throw new CliError(media, (error as Error).message)
    }
    try {
      await writeFileAtomic(path.resolve(io.cwd, values.output), json)
    } catch (error) {
      throw new CliError(values.output, describeFsError(error))
    }
    return EXIT.ok
  },
}
