/**
 * Earcons: short tones when a caption starts (rising) and ends (falling) during playback, so a blind
 * editor hears the timing against the speech (user needs, item 11). Web Audio, made on first use
 * (browsers allow an AudioContext only after a user gesture, and pressing play is one).
 */

/** The tone of one earcon. */
export type Tone = Readonly<{ fromHz: number; toHz: number; durationMs: number }>

/** Rising for a start, falling for an end; short and quiet so they sit under the speech. */
export const EARCON_TONES: Readonly<Record<'start' | 'end', Tone>> = {
  start: { fromHz: 660, toHz: 990, durationMs: 70 },
  end: { fromHz: 740, toHz: 440, durationMs: 70 },
}

/** Plays earcons; `dispose` releases the audio device. */
export type Earcons = Readonly<{ play: (kind: 'start' | 'end') => void; dispose: () => void }>

/** Creates the earcon player; without Web Audio (old engines, tests) it is silent. */
export function createEarcons(volume = 0.12): Earcons {
  let context: AudioContext | undefined
  const play = (kind: 'start' | 'end') => {
    if (typeof AudioContext === 'undefined') return
    context ??= new AudioContext()
    const tone = EARCON_TONES[kind]
    const now = context.currentTime
    const end = now + tone.durationMs / 1000
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.type = 'sine'
    oscillator.frequency.setValueAtTime(tone.fromHz, now)
    oscillator.frequency.linearRampToValueAtTime(tone.toHz, end)
    // A quick fade in and out: a hard edge clicks.
    gain.gain.setValueAtTime(0, now)
    gain.gain.linearRampToValueAtTime(volume, now + 0.01)
    gain.gain.linearRampToValueAtTime(0, end)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(now)
    oscillator.stop(end + 0.01)
  }
  return { play, dispose: () => void context?.close().catch(() => undefined) }
}

/** A cue boundary crossed between two playhead positions. */
export type CueCrossing = Readonly<{ kind: 'start' | 'end'; cueIndex: number }>

/**
 * The cue starts and ends passed going from `fromMs` to `toMs` (forward playback only; a seek
 * backwards or a jump of more than `maxJumpMs` crosses nothing, so scrubbing stays quiet).
 */
export function crossings(
  cues: ReadonlyArray<Readonly<{ startMs: number; endMs: number }>>,
  fromMs: number,
  toMs: number,
  maxJumpMs = 1000,
): readonly CueCrossing[] {
  if (toMs <= fromMs || toMs - fromMs > maxJumpMs) return []
  const out: { kind: 'start' | 'end'; cueIndex: number; at: number }[] = []
  cues.forEach((cue, cueIndex) => {
    if (cue.startMs > fromMs && cue.startMs <= toMs) out.push({ kind: 'start', cueIndex, at: cue.startMs })
    if (cue.endMs > fromMs && cue.endMs <= toMs) out.push({ kind: 'end', cueIndex, at: cue.endMs })
  })
  // Ends before starts at the same instant: touching cues sound "end, start".
  return out
    .sort((a, b) => a.at - b.at || (a.kind === 'end' ? -1 : 1))
    .map(({ kind, cueIndex }) => ({ kind, cueIndex }))
}
