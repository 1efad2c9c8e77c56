/**
 * Pauses in the speech drawn as faint bands on the waveform (only those near the view, as for the
 * caption regions), so the editor sees where the speech breaks. They can be neither dragged nor chosen.
 */

import type RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js'
import type { Region } from 'wavesurfer.js/dist/plugins/regions.esm.js'

/** Region ids of pause bands start with this, so the caption handlers can leave them alone. */
export const PAUSE_PREFIX = 'pause-'

/** A pause in ms. */
export type PauseBand = Readonly<{ startMs: number; endMs: number }>

/** How far beyond the view bands are kept, ms. */
const MARGIN_MS = 30_000
/** Pauses shorter than this are not drawn (the gaps inside a phrase would only clutter). */
const SHORTEST_MS = 250

/** The bands for one waveform: set the pauses, then `apply` with the view whenever it moves. */
export function createPauseBands(regions: RegionsPlugin, colour: string) {
  let pauses: readonly PauseBand[] = []
  const live = new Map<string, Region>()
  const apply = (view: { startMs: number; endMs: number }) => {
    const wanted = new Map<string, PauseBand>()
    for (const p of pauses) {
      if (p.endMs - p.startMs < SHORTEST_MS || p.endMs < view.startMs - MARGIN_MS || p.startMs > view.endMs + MARGIN_MS)
        continue
      wanted.set(`${PAUSE_PREFIX}${p.startMs}-${p.endMs}`, p)
    }
    for (const [id, region] of live) {
      if (wanted.has(id)) continue
      region.remove()
      live.delete(id)
    }
    for (const [id, p] of wanted) {
      if (live.has(id)) continue
      const region = regions.addRegion({
        id,
        start: p.startMs / 1000,
        end: p.endMs / 1000,
        color: colour,
        drag: false,
        resize: false,
      })
      region.element?.setAttribute('part', 'pause-band')
      region.element?.setAttribute('aria-hidden', 'true')
      live.set(id, region)
    }
  }
  return {
    apply,
    /** Replaces the pauses to show (drawn at the next `apply`, once the waveform is ready). */
    set(next: readonly PauseBand[]) {
      pauses = next
    },
  }
}
