/**
 * The only module that talks to wavesurfer.js. It always hands wavesurfer precomputed peaks and the
 * duration (so it never fetches or decodes the media) and the editor's own video element as media.
 * Regions are windowed: only cues near the view are live (see region-window.ts).
 */

import WaveSurfer from 'wavesurfer.js'
import RegionsPlugin, { type Region } from 'wavesurfer.js/dist/plugins/regions.esm.js'
import { createPauseBands, PAUSE_PREFIX, type PauseBand } from './pause-bands'
import type { Cue } from '../../../shared/model/cue'
import type { CueId } from '../../../shared/model/ids'
import { formatShortClock } from '../../../shared/model/time'
import { cuesNearView, diffRegions } from './region-window'
import { drawTimeRuler, rulerNotches } from './time-ruler'
import { installRegionStyles, markRegion, regionLabel } from './region-look'
import { contentChanged, withSpeakerChip, type RegionSpeaker } from './region-speaker'
import type { RegionDrag } from './edge-drag'

import type { WaveformPeaks } from '../../platform/browser-peaks'

/** Colours from the theme (CSS custom properties are read by the view). */
export type WaveformColours = Readonly<{
  wave: string
  progress: string
  cursor: string
  region: string
  currentRegion: string
  problemRegion: string
}>

/** Callbacks from the waveform to the editor. */
export type WaveformCallbacks = Readonly<{
  /** A region was dragged or resized (on release). */
  onRegionDragged: (drag: RegionDrag) => void
  /** The editor dragged on empty waveform to make a new cue. */
  onRegionDrawn: (startMs: number, endMs: number) => void
  /** A region was clicked. */
  onRegionClicked: (id: CueId) => void
}>

/** The handle the React view keeps. */
export type WaveformHandle = Readonly<{
  /** Makes live regions match the cues near the view; `currentId` is highlighted, problem cues marked. */
  syncRegions: (cues: readonly Cue[], currentId: CueId | undefined, problemIds?: ReadonlySet<string>) => void
  /** Sets the zoom in pixels per second. */
  zoom: (pxPerSecond: number) => void
  /** Scrolls so that `ms` is in view. */
  reveal: (ms: number) => void
  /** Scrolls so the caption `startMs`–`endMs` is in the middle, keeping `fromMs` (where playing it begins) in view. */
  centre: (fromMs: number, startMs: number, endMs: number) => void
  /** Moves keyboard focus to the waveform. */
  focus: () => void
  /** Shows the pauses in the speech as faint bands (ms). */
  showPauses: (pauses: readonly PauseBand[]) => void
  /** Tears everything down (listeners first, then wavesurfer). */
  destroy: () => void
}>

/** Options to create the waveform. */
export type CreateWaveformOptions = Readonly<{
  container: HTMLElement
  timelineContainer: HTMLElement
  media: HTMLMediaElement
  peaks: WaveformPeaks
  colours: WaveformColours
  pxPerSecond: number
  callbacks: WaveformCallbacks
  /** Translated accessible name and role description for the waveform's keyboard stop. */
  labels: Readonly<{ label: string; roleDescription: string }>
  /** The speaker chip a caption's region shows before its text, if it has a speaker. */
  speakerOf?: (cue: Cue) => RegionSpeaker | undefined
}>

const DRAWN_PREFIX = 'drawn-'
/** Bands for the speech's pauses: a neutral grey, faint enough for either theme. */
const PAUSE_COLOUR = 'rgba(128, 128, 128, 0.18)'

/** Creates wavesurfer with regions and a timeline over the editor's media element. */
export function createWaveform(options: CreateWaveformOptions): WaveformHandle {
  const { colours, callbacks } = options
  const regions = RegionsPlugin.create()
  const wavesurfer = WaveSurfer.create({
    container: options.container,
    media: options.media,
    peaks: [options.peaks.max, options.peaks.min],
    duration: options.peaks.durationMs / 1000,
    // Fills the container, whose height the layout sets (taller on taller windows).
    height: 'auto',
    waveColor: colours.wave,
    progressColor: colours.progress,
    cursorColor: colours.cursor,
    cursorWidth: 2,
    minPxPerSec: options.pxPerSecond,
    autoScroll: true,
    autoCenter: true,
    dragToSeek: false,
    plugins: [regions],
  })
  // The scrolling element lives in wavesurfer's shadow root: it is the waveform's keyboard stop, so
  // scrolling content is reachable by keyboard; its keydown events reach the view through the host.
  const scroller = wavesurfer.getWrapper().parentElement
  if (scroller) {
    scroller.tabIndex = 0
    scroller.setAttribute('role', 'application')
    scroller.setAttribute('aria-roledescription', options.labels.roleDescription)
    scroller.setAttribute('aria-label', options.labels.label)
  }
  // Region text, outlines, handles and problem marks are styled inside wavesurfer's shadow root.
  installRegionStyles(wavesurfer.getWrapper().getRootNode())
  const live = new Map<string, { cue: Cue; region: Region }>()
  let lastCues: readonly Cue[] = []
  let lastCurrent: CueId | undefined
  let view = { startMs: 0, endMs: 60_000 }
  const pauseBands = createPauseBands(regions, PAUSE_COLOUR)
  const subscriptions: Array<() => void> = []

  // Regions made before wavesurfer knows the duration are clamped to zero length, so wait for 'ready'.
  let ready = false
  let lastProblems: ReadonlySet<string> = new Set()
  const colourFor = (cue: Cue) =>
    cue.id === lastCurrent ? colours.currentRegion : lastProblems.has(cue.id) ? colours.problemRegion : colours.region
  const mark = (entry: { cue: Cue; region: Region }) =>
    markRegion(entry.region.element, entry.cue, entry.cue.id === lastCurrent, lastProblems.has(entry.cue.id))
  const apply = () => {
    if (!ready) return
    pauseBands.apply(view)
    const wanted = cuesNearView(lastCues, view.startMs, view.endMs)
    const diff = diffRegions(new Map([...live].map(([id, v]) => [id, v.cue])), wanted)
    for (const id of diff.remove) {
      live.get(id)?.region.remove()
      live.delete(id)
    }
    for (const cue of diff.update) {
      const entry = live.get(cue.id)!
      const textChanged = contentChanged(entry.cue, cue)
      entry.region.setOptions({
        start: cue.startMs / 1000,
        end: cue.endMs / 1000,
        color: colourFor(cue),
        ...(textChanged ? { content: withSpeakerChip(regionLabel(cue), options.speakerOf?.(cue)) } : {}),
      })
      entry.cue = cue
      mark(entry)
    }
    for (const cue of diff.add) {
      const region = regions.addRegion({
        id: cue.id,
        start: cue.startMs / 1000,
        end: cue.endMs / 1000,
        color: colourFor(cue),
        drag: true,
        resize: true,
        content: withSpeakerChip(regionLabel(cue), options.speakerOf?.(cue)),
      })
      const entry = { cue, region }
      live.set(cue.id, entry)
      mark(entry)
    }
  }

  // The ruler follows the view: redrawn at most once a frame, for the notches in sight only.
  let rulerFrame = 0
  const drawRuler = (): void => {
    if (rulerFrame || !scroller) return
    rulerFrame = requestAnimationFrame(() => {
      rulerFrame = 0
      const durationS = options.peaks.durationMs / 1000
      const pxPerSecond = scroller.scrollWidth / durationS
      const notches = rulerNotches(scroller.scrollLeft / pxPerSecond, scroller.clientWidth, pxPerSecond, durationS)
      drawTimeRuler(options.timelineContainer, notches, (s) => formatShortClock(s * 1000))
    })
  }
  subscriptions.push(
    wavesurfer.on('ready', () => {
      ready = true
      apply()
      drawRuler()
    }),
    wavesurfer.on('scroll', (start, end) => {
      view = { startMs: start * 1000, endMs: end * 1000 }
      apply()
      drawRuler()
    }),
    wavesurfer.on('zoom', drawRuler),
    wavesurfer.on('redraw', drawRuler),
    () => cancelAnimationFrame(rulerFrame),
    regions.on('region-updated', (region, side) => {
      if (region.id.startsWith(DRAWN_PREFIX) || region.id.startsWith(PAUSE_PREFIX)) return
      callbacks.onRegionDragged({
        id: region.id as CueId,
        startMs: region.start * 1000,
        endMs: region.end * 1000,
        side,
      })
    }),
    regions.on('region-created', (region) => {
      // Regions we add for cues carry cue ids; drawn ones carry the drag-selection id.
      if (!region.id.startsWith(DRAWN_PREFIX)) return
      const [start, end] = [region.start * 1000, region.end * 1000]
      region.remove()
      if (end - start >= 100) callbacks.onRegionDrawn(start, end)
    }),
    regions.on('region-clicked', (region, event) => {
      if (region.id.startsWith(PAUSE_PREFIX)) return
      event.stopPropagation()
      callbacks.onRegionClicked(region.id as CueId)
    }),
    regions.enableDragSelection({ id: `${DRAWN_PREFIX}new`, color: colours.currentRegion }, 5),
  )

  return {
    syncRegions(cues, currentId, problemIds) {
      const recolourAll = problemIds !== undefined && problemIds !== lastProblems
      const previous = lastCurrent
      lastCues = cues
      lastCurrent = currentId
      if (problemIds) lastProblems = problemIds
      apply()
      const recolour = recolourAll ? [...live.keys()] : previous !== currentId ? [previous, currentId] : []
      for (const id of recolour) {
        const entry = id ? live.get(id) : undefined
        if (!entry) continue
        entry.region.setOptions({ color: colourFor(entry.cue) })
        mark(entry)
      }
    },
    zoom(px) {
      wavesurfer.zoom(px)
    },
    reveal(ms) {
      wavesurfer.setScrollTime(Math.max(0, ms / 1000 - 2))
    },
    centre(fromMs, startMs, endMs) {
      if (!scroller || !ready) return
      const pxPerMs = scroller.scrollWidth / options.peaks.durationMs
      const visibleMs = scroller.clientWidth / pxPerMs
      const middle = (startMs + endMs) / 2
      // A caption longer than the view is shown from where it is played, not from its middle.
      const leftMs = Math.min(middle - visibleMs / 2, fromMs - visibleMs * 0.05)
      wavesurfer.setScroll(Math.max(0, leftMs * pxPerMs))
    },
    focus() {
      scroller?.focus()
    },
    showPauses(pauses) {
      pauseBands.set(pauses)
      apply()
    },
    destroy() {
      for (const unsubscribe of subscriptions) unsubscribe()
      wavesurfer.destroy()
    },
  }
}
