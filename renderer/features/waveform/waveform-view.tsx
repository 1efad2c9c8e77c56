/**
 * The waveform panel: wavesurfer (through the adapter) plus zoom buttons and keyboard control.
 * Keyboard: ←/→ move the playhead 1 s (Shift: 0.1 s), +/− zoom, Enter selects the cue at the playhead.
 */

import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { onSessionPauses, sessionPauses } from '../speech/session-pauses'
import { useTranslation } from 'react-i18next'
import { cueIndexAt } from '../../../shared/model/document'
import { useMedia } from '../../ui/media-context'
import { seekBy } from '../../ui/media-control'
import { useDispatch, useEditor, useStore } from '../../state/store-context'
import { patchesForDrag } from './edge-drag'
import { speakerBadge } from '../speakers/speaker-badge'
import type { WaveformPeaks } from '../../platform/browser-peaks'
import { createWaveform, type WaveformHandle } from './wavesurfer-adapter'

/** Props: peaks when ready, else how far their computation is (0–1). */
export type WaveformViewProps = Readonly<{
  peaks: WaveformPeaks | undefined
  progress?: number
  error?: string
  problemCueIds?: ReadonlySet<string>
}>

const ZOOM_LEVELS = [5, 10, 25, 50, 100, 200, 400]

/**
 * Reads a theme colour from a CSS custom property, so the waveform follows light, dark and forced
 * colours. Custom properties are not computed (`light-dark(…)` stays as written), so the value is
 * resolved through a probe element's `color` before it goes to the canvas.
 */
function cssColour(el: HTMLElement, name: string, fallback: string): string {
  const probe = document.createElement('span')
  probe.style.color = `var(${name}, ${fallback})`
  // In forced colours the probe's own colour would be replaced by the system's text colour.
  probe.style.setProperty('forced-color-adjust', 'none')
  el.append(probe)
  const resolved = getComputedStyle(probe).color
  probe.remove()
  return resolved || fallback
}

/** The waveform panel. */
export function WaveformView({ peaks, progress, error, problemCueIds }: WaveformViewProps) {
  const { t } = useTranslation()
  const store = useStore()
  const dispatch = useDispatch()
  const { element: media } = useMedia()
  const containerRef = useRef<HTMLDivElement>(null)
  const timelineRef = useRef<HTMLDivElement>(null)
  const handleRef = useRef<WaveformHandle | undefined>(undefined)
  const [zoomIndex, setZoomIndex] = useState(4)
  const cues = useEditor((s) => s.history.present.cues)
  const currentId = useEditor((s) => s.currentCueId)
  const choice = useEditor((s) => s.cueChoice)

  useEffect(() => {
    const container = containerRef.current
    const timeline = timelineRef.current
    if (!container || !timeline || !media || !peaks) return
    const handle = createWaveform({
      container,
      timelineContainer: timeline,
      media,
      peaks,
      pxPerSecond: ZOOM_LEVELS[4]!,
      labels: { label: t('waveform.label'), roleDescription: t('waveform.roleDescription') },
      speakerOf: (cue) => speakerBadge(store.getState().history.present.speakers, cue.speakerId),
      colours: {
        wave: cssColour(container, '--wave-colour', '#5b6770'),
        progress: cssColour(container, '--wave-progress-colour', '#1f5fa8'),
        cursor: cssColour(container, '--wave-cursor-colour', '#b3261e'),
        region: cssColour(container, '--region-colour', 'rgba(31, 95, 168, 0.18)'),
        currentRegion: cssColour(container, '--region-current-colour', 'rgba(179, 38, 30, 0.25)'),
        problemRegion: cssColour(container, '--region-problem-colour', 'rgba(138, 75, 0, 0.25)'),
      },
      callbacks: {
        onRegionDragged: (drag) =>
          dispatch({ type: 'cueTimingChanged', patches: patchesForDrag(store.getState().history.present, drag) }),
        onRegionDrawn: (startMs, endMs) => dispatch({ type: 'cueInserted', startMs, endMs }),
        onRegionClicked: (id) => dispatch({ type: 'cueSelected', id }),
      },
    })
    handleRef.current = handle
    handle.syncRegions(store.getState().history.present.cues, store.getState().currentCueId)
    return () => {
      handleRef.current = undefined
      handle.destroy()
    }
  }, [media, peaks, dispatch, store, t])

  // Where the speech pauses, as faint bands, once the sound has been read (see features/speech).
  useEffect(() => {
    const show = () => handleRef.current?.showPauses(sessionPauses() ?? [])
    show()
    return onSessionPauses(show)
  }, [media, peaks])

  useEffect(() => {
    handleRef.current?.syncRegions(cues, currentId, problemCueIds)
  }, [cues, currentId, problemCueIds])

  useEffect(() => {
    handleRef.current?.zoom(ZOOM_LEVELS[zoomIndex]!)
  }, [zoomIndex])

  // A caption the editor chose (anywhere) is brought to the middle of the waveform.
  useEffect(() => {
    const cue = choice ? store.getState().history.present.cues.find((c) => c.id === choice.cueId) : undefined
    if (choice && cue) handleRef.current?.centre(choice.fromMs, cue.startMs, cue.endMs)
  }, [choice, store])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const step = event.shiftKey ? 0.1 : 1
    const actions: Record<string, () => void> = {
      ArrowLeft: () => seekBy(media, -step),
      ArrowRight: () => seekBy(media, step),
      '+': () => setZoomIndex((z) => Math.min(ZOOM_LEVELS.length - 1, z + 1)),
      '=': () => setZoomIndex((z) => Math.min(ZOOM_LEVELS.length - 1, z + 1)),
      '-': () => setZoomIndex((z) => Math.max(0, z - 1)),
      Enter: () => {
        const state = store.getState()
        const i = cueIndexAt(state.history.present.cues, state.playback.timeMs)
        const cue = state.history.present.cues[i]
        if (cue) dispatch({ type: 'cueSelected', id: cue.id, keepPlayhead: true })
      },
    }
    const action = actions[event.key]
    if (action) {
      event.preventDefault()
      action()
    }
  }

  return (
    <div className="waveform">
      {!peaks ? (
        <p className="waveform__status" role="status" id="waveform-status">
          {error
            ? t('waveform.error', { message: error })
            : t('waveform.computing', { percent: Math.round((progress ?? 0) * 100) })}
        </p>
      ) : null}
      <div
        ref={containerRef}
        className="waveform__canvas"
        tabIndex={-1}
        data-focus-region="waveform"
        // Until the waveform is drawn, F6 lands here: it must say what it is and why it is empty.
        {...(!peaks ? { role: 'group', 'aria-label': t('waveform.label'), 'aria-describedby': 'waveform-status' } : {})}
        onFocus={(e) => e.target === e.currentTarget && handleRef.current?.focus()}
        onKeyDown={onKeyDown}
      />
      <div ref={timelineRef} className="waveform__timeline" aria-hidden="true" />
      {/* Zoom and the key help share one row under the waveform, so the waveform itself gets the height. */}
      <div className="waveform__footer">
        <div className="waveform__toolbar" role="toolbar" aria-label={t('waveform.toolbar')}>
          <button type="button" onClick={() => setZoomIndex((z) => Math.max(0, z - 1))} disabled={zoomIndex === 0}>
            {t('waveform.zoomOut')}
          </button>
          <button
            type="button"
            onClick={() => setZoomIndex((z) => Math.min(ZOOM_LEVELS.length - 1, z + 1))}
            disabled={zoomIndex === ZOOM_LEVELS.length - 1}
          >
            {t('waveform.zoomIn')}
          </button>
          <span className="waveform__zoom">
            {t('waveform.zoomLevel', { level: zoomIndex + 1, max: ZOOM_LEVELS.length })}
          </span>
        </div>
        <details className="waveform__help">
          <summary>{t('waveform.keys')}</summary>
          <p>{t('waveform.help')}</p>
        </details>
      </div>
    </div>
  )
}
