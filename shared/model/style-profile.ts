/** Style profiles: the numbers a caption must keep to (line length, reading speed, durations, gaps). */

/** How a change of speaker inside one cue must be marked. */
export type SpeakerChangeMarker = 'dash' | 'voice-label' | 'none'

/** A caption style profile. Profiles are data: built-in ones live in `shared/quality/profiles`, custom ones in JSON. */
export type StyleProfile = Readonly<{
  /** Stable id (`accessible-default`, `bbc`, …) or a custom name. */
  id: string
  /** Name shown to editors. */
  name: string
  /** Maximum characters per line (spaces and punctuation count). */
  maxCharsPerLine: number
  /** Maximum lines per cue. */
  maxLines: number
  /** Maximum reading speed in characters per second. */
  maxCharsPerSecond: number
  /** Maximum reading speed in words per minute. */
  maxWordsPerMinute: number
  /** Shortest time a cue may stay on screen, in ms. */
  minDurationMs: number
  /** Longest time a cue may stay on screen, in ms. */
  maxDurationMs: number
  /** Smallest gap between consecutive cues, in ms (0 allows touching cues). */
  minGapMs: number
  /** How a speaker change inside a cue must be marked. */
  speakerChange: SpeakerChangeMarker
  /** Frame rate used to express frame-based gaps, when the guideline counts frames. */
  frameRate?: number
}>

/**
 * The default used when re-segmenting automated captions: 42 characters × 2 lines, at most
 * 20 characters a second, on screen 0.833–7 s (Netflix-like numbers, see caption-guidelines.md).
 */
export const ACCESSIBLE_DEFAULT_PROFILE: StyleProfile = {
  id: 'accessible-default',
  name: 'Accessible default',
  maxCharsPerLine: 42,
  maxLines: 2,
  maxCharsPerSecond: 20,
  maxWordsPerMinute: 200,
  minDurationMs: 833,
  maxDurationMs: 7000,
  minGapMs: 80,
  speakerChange: 'voice-label',
}
