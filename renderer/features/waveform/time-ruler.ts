/**
 * The time ruler under the waveform, drawn for the visible window only. wavesurfer's Timeline plugin
 * built one element per notch for the whole recording (10,800 for three hours at one per second,
 * reading the scroll position for each: about a quarter of a second, again on every zoom), and with
 * its container outside the scrolling waveform it showed nothing once the waveform scrolled past the
 * first screen. This draws the few dozen notches in view, placed from the view's own left edge.
 */

/** One mark on the ruler: where (px from the view's left edge), when (s) and how prominent. */
export type RulerNotch = Readonly<{ x: number; seconds: number; kind: 'primary' | 'secondary' | 'tick' }>

/** Seconds between notches, and between primary and secondary labels, for a zoom (as wavesurfer's timeline chose). */
export function rulerSpacing(pxPerSecond: number): { tick: number; primary: number; secondary: number } {
  if (pxPerSecond >= 25) return { tick: 1, primary: 10, secondary: 5 }
  if (pxPerSecond * 5 >= 25) return { tick: 5, primary: 30, secondary: 10 }
  if (pxPerSecond * 15 >= 25) return { tick: 15, primary: 60, secondary: 30 }
  const tick = 60 * Math.ceil(0.5 / pxPerSecond)
  return { tick, primary: tick * 4, secondary: tick * 2 }
}

/** The notches between `startSeconds` and `startSeconds + widthPx / pxPerSecond` (one spacing beyond each edge). */
export function rulerNotches(
  startSeconds: number,
  widthPx: number,
  pxPerSecond: number,
  durationSeconds: number,
): RulerNotch[] {
  if (!(pxPerSecond > 0) || !(widthPx > 0)) return []
  const { tick, primary, secondary } = rulerSpacing(pxPerSecond)
  const end = Math.min(durationSeconds, startSeconds + widthPx / pxPerSecond + tick)
  const notches: RulerNotch[] = []
  for (let n = Math.max(0, Math.floor(startSeconds / tick) - 1); n * tick <= end; n++) {
    const seconds = n * tick
    const kind = seconds % primary === 0 ? 'primary' : seconds % secondary === 0 ? 'secondary' : 'tick'
    notches.push({ x: (seconds - startSeconds) * pxPerSecond, seconds, kind })
  }
  return notches
}

/** Redraws `container` as the ruler for this view; labels are `format(seconds)`. */
export function drawTimeRuler(
  container: HTMLElement,
  notches: readonly RulerNotch[],
  format: (seconds: number) => string,
): void {
  const marks = notches.map((notch) => {
    const mark = document.createElement('div')
    mark.className = `time-ruler__notch time-ruler__notch--${notch.kind}`
    mark.style.transform = `translateX(${notch.x.toFixed(1)}px)`
    if (notch.kind !== 'tick') mark.textContent = format(notch.seconds)
    return mark
  })
  container.classList.add('time-ruler')
  container.replaceChildren(...marks)
}
