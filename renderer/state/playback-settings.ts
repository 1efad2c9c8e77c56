/** Transcription comforts that editors can tune: auto-pause while typing and the rewind on resume. */

/** Auto-pause settings. */
export type AutoPauseSettings = Readonly<{
  /** Pause playback when the editor starts typing. */
  enabled: boolean
  /** Resume after this much time without a keystroke, in ms. */
  resumeAfterMs: number
  /** Resume this far back from where playback paused, in ms, so no words are missed. */
  rewindMs: number
}>

/** Defaults chosen from oTranscribe-style tools: resume after 1.5 s, 2 s back. */
export const DEFAULT_AUTO_PAUSE: AutoPauseSettings = { enabled: true, resumeAfterMs: 1500, rewindMs: 2000 }

/** The playback rates offered (0.75 is the one transcribers ask for most). */
export const PLAYBACK_RATES: readonly number[] = [0.5, 0.75, 1, 1.25, 1.5, 2]

/** The next rate up or down from `rate`, clamped to the offered list. */
export function stepRate(rate: number, direction: 1 | -1): number {
  const index = PLAYBACK_RATES.findIndex((r) => r >= rate - 1e-6)
  const current = index < 0 ? PLAYBACK_RATES.length - 1 : index
  return PLAYBACK_RATES[Math.max(0, Math.min(PLAYBACK_RATES.length - 1, current + direction))]!
}
