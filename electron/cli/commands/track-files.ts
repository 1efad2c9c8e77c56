/** `eglur convert IN -o OUT.vtt --to chapters|descriptions`: the chapter or description track of captions. */

import path from 'node:path'
import { chaptersTrack, descriptionsTrack, trackVtt } from '../../../shared/transcript/tracks'
import { checkWritten } from '../../../shared/formats/export-check'
import { writeFileAtomic } from '../../services/atomic-write'
import { describeFsError } from '../../services/caption-files'
import { CliError, EXIT, type CliIo } from '../io'
import { loadForTranscript } from './transcript'
import { isTrackTarget, TRACK_TARGETS } from './output-kinds'

/** The `--to` values that write a track, and the test for one (defined beside convert's other output kinds). */
export { TRACK_TARGETS, isTrackTarget }

/** Writes the chapter or description track of `input` to `output` as WebVTT. */
export async function convertToTrack(
  input: string,
  output: string,
  kind: (typeof TRACK_TARGETS)[number],
  from: string | undefined,
  io: CliIo,
): Promise<number> {
  const doc = await loadForTranscript(input, io, from)
  const count = (kind === 'chapters' ? chaptersTrack(doc) : descriptionsTrack(doc)).cues.length
  const text = trackVtt(doc, kind)
  const problem = checkWritten('vtt', text, count)
  if (problem) throw new CliError(output, problem.message)
  try {
    await writeFileAtomic(path.resolve(io.cwd, output), text)
  } catch (error) {
    throw new CliError(output, describeFsError(error))
  }
  const what =
    kind === 'chapters' ? (count === 1 ? 'chapter' : 'chapters') : count === 1 ? 'description' : 'descriptions'
  io.stderr(`${input}: ${count} ${what} written to ${output}.\n`)
  if (count === 0)
    io.stderr(
      `${input}: no ${kind === 'chapters' ? 'headings' : 'descriptions'} to make ${kind} from; mark captions as ${kind === 'chapters' ? 'headings' : 'descriptions'} in the editor first.\n`,
    )
  return EXIT.ok
}
