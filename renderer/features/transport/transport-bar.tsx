/** Playback controls: play/pause, back 5 s, play this caption, speed, loop the current cue, auto-pause, and the time. */

import { useTranslation } from 'react-i18next'
import { formatTenthsClock } from '../../../shared/model/time'
import { useMedia } from '../../ui/media-context'
import { useDispatch, useEditor } from '../../state/store-context'
import { PLAYBACK_RATES } from '../../state/playback-settings'
import { SnapToSpeechButton } from '../speech/snap-button'
import { seekBy, setRate, togglePlay } from '../../ui/media-control'

/** Props: the media's length and the keys shown for "play this caption". */
export type TransportBarProps = Readonly<{
  durationMs: number
  /** The keys of "play this caption" in `aria-keyshortcuts` form (they can be remapped). */
  playCueKeys?: string
  /** The snap-to-speech shortcut, for aria-keyshortcuts. */
  snapKeys?: string
}>

/** The transport bar: play/pause, back 5 s, play this caption, the time and the speed. */
export function TransportBar({ durationMs, playCueKeys, snapKeys }: TransportBarProps) {
  const { t } = useTranslation()
  const { element } = useMedia()
  const dispatch = useDispatch()
  const playing = useEditor((s) => s.playback.playing)
  const rate = useEditor((s) => s.playback.rate)
  const timeMs = useEditor((s) => s.playback.timeMs)
  return (
    <div className="transport" role="toolbar" aria-label={t('transport.label')}>
      <button type="button" aria-pressed={playing} onClick={() => togglePlay(element)}>
        {playing ? t('transport.pause') : t('transport.play')}
      </button>
      <button type="button" onClick={() => seekBy(element, -5)}>
        {t('transport.back5')}
      </button>
      <button type="button" aria-keyshortcuts={playCueKeys} onClick={() => dispatch({ type: 'cuePlayRequested' })}>
        {t('transport.playCue')}
      </button>
      <SnapToSpeechButton {...(snapKeys ? { keys: snapKeys } : {})} />
      <span className="transport__time" aria-label={t('transport.position')}>
        {/* Hours only for media of an hour or more; tenths are as fine as the ear follows while playing. */}
        <time>{formatTenthsClock(timeMs, durationMs >= 3_600_000)}</time> /{' '}
        <time>{formatTenthsClock(durationMs, durationMs >= 3_600_000)}</time>
      </span>
      <span className="field">
        <label htmlFor="playback-rate">{t('transport.speed')}</label>
        <select id="playback-rate" value={String(rate)} onChange={(e) => setRate(element, Number(e.target.value))}>
          {PLAYBACK_RATES.map((r) => (
            <option key={r} value={String(r)}>
              {t('transport.rate', { rate: r })}
            </option>
          ))}
        </select>
      </span>
    </div>
  )
}

/** Props: auto-pause is a setting owned by the editor screen. */
export type TransportOptionsProps = Readonly<{ autoPause: boolean; onAutoPauseChange: (on: boolean) => void }>

/** The playback options (loop the current cue, pause while typing), placed by the screen beside the waveform's zoom. */
export function TransportOptions({ autoPause, onAutoPauseChange }: TransportOptionsProps) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const loop = useEditor((s) => s.playback.loopCue)
  return (
    <div className="transport-options" role="group" aria-label={t('transport.label')}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={loop}
          onChange={(e) => dispatch({ type: 'playbackChanged', loopCue: e.target.checked })}
        />
        {t('transport.loop')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={autoPause} onChange={(e) => onAutoPauseChange(e.target.checked)} />
        {t('transport.autoPause')}
      </label>
    </div>
  )
}
