/** Imperative control of the media element, in one place (the element is DOM, not React state). */

import { stepRate } from '../state/playback-settings'

/** Plays when paused, pauses when playing. A refused play() (autoplay policy) is ignored. */
export function togglePlay(media: HTMLMediaElement | undefined): void {
  if (!media) return
  if (media.paused) void media.play().catch(() => undefined)
  else media.pause()
}

/** Moves the playhead by `deltaSeconds`, never before 0. */
export function seekBy(media: HTMLMediaElement | undefined, deltaSeconds: number): void {
  if (media) media.currentTime = Math.max(0, media.currentTime + deltaSeconds)
}

/** Moves the playhead to `ms`. */
export function seekTo(media: HTMLMediaElement | undefined, ms: number): void {
  if (media) media.currentTime = Math.max(0, ms / 1000)
}

/** Sets the playback rate. */
export function setRate(media: HTMLMediaElement | undefined, rate: number): void {
  if (media) media.playbackRate = rate
}

/** Steps the playback rate up or down through the offered rates. */
export function stepMediaRate(media: HTMLMediaElement | undefined, direction: 1 | -1): void {
  if (media) media.playbackRate = stepRate(media.playbackRate, direction)
}
