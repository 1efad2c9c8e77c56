/** `--media VIDEO` for commands that tidy automated captions: the pauses in its speech, and the summary line. */

import path from 'node:path'
import type { TidySummary } from '../../../shared/formats/types'
import type { SpeechPause } from '../../../shared/segment/pauses'
import { CliError } from '../io'

/** The pauses in the speech of `media` (the same decode and finder as the app), or a one-line error naming it. */
export async function mediaPauses(media: string, cwd: string): Promise<SpeechPause[]> {
  // The decoder and the pause finder load only here: a convert without --media starts sooner without them.
  const [{ computePeaks }, { pausesFromPeaks }] = await Promise.all([
    import('../../services/media/peaks'),
    import('../../services/media/speech-pauses'),
  ])
  try {
    return pausesFromPeaks(await computePeaks(path.resolve(cwd, media), { rms: true, parts: 2 }))
  } catch (error) {
    throw new CliError(media, error instanceof Error ? error.message : String(error))
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** "45 captions; 13 speaker changes; 58 capitals added; 20 full stops added (pauses from the audio)". */
export function tidySummaryLine(tidy: TidySummary): string {
  return (
    [
      plural(tidy.captions, 'caption', 'captions'),
      plural(tidy.speakerChanges, 'speaker change', 'speaker changes'),
      `${plural(tidy.capitals, 'capital', 'capitals')} added`,
      `${plural(tidy.fullStops, 'full stop', 'full stops')} added`,
    ].join('; ') + (tidy.pausesFrom === 'audio' ? ' (pauses from the audio)' : ' (pauses from the word times)')
  )
}
