/**
 * The video with the current caption drawn over it as viewers will see it. It registers its
 * element as the editor's single media clock and feeds playback time into the store.
 */

import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMedia } from '../../ui/media-context'
import { useDispatch } from '../../state/store-context'
import { useOverlayText, VideoLanguageSwitch } from '../languages/video-language'

/** Props: the media URL from the bridge (custom protocol in Electron, token URL in browser mode). */
export type VideoPlayerProps = Readonly<{ src: string | undefined; title: string }>

/** The video element plus caption overlay. */
export function VideoPlayer({ src, title }: VideoPlayerProps) {
  const { t } = useTranslation()
  const { setElement } = useMedia()
  const dispatch = useDispatch()
  const ref = useRef<HTMLVideoElement>(null)
  // The captions' own language or the working language's, as viewers of that track will see them.
  const [translated, setTranslated] = useState(false)

  useEffect(() => {
    const video = ref.current
    if (!video) return
    setElement(video)
    let frame = 0
    // requestVideoFrameCallback/rAF polling gives a smoother playhead than 'timeupdate' (4 Hz).
    const tick = () => {
      dispatch({ type: 'playheadMoved', timeMs: video.currentTime * 1000 })
      if (!video.paused) frame = requestAnimationFrame(tick)
    }
    const onPlay = () => {
      dispatch({ type: 'playbackChanged', playing: true })
      frame = requestAnimationFrame(tick)
    }
    const onPause = () => {
      cancelAnimationFrame(frame)
      dispatch({ type: 'playbackChanged', playing: false })
      tick()
    }
    const onSeeked = () => tick()
    const onRate = () => dispatch({ type: 'playbackChanged', rate: video.playbackRate })
    video.addEventListener('play', onPlay)
    video.addEventListener('pause', onPause)
    video.addEventListener('seeked', onSeeked)
    video.addEventListener('ratechange', onRate)
    return () => {
      cancelAnimationFrame(frame)
      video.removeEventListener('play', onPlay)
      video.removeEventListener('pause', onPause)
      video.removeEventListener('seeked', onSeeked)
      video.removeEventListener('ratechange', onRate)
      setElement(undefined)
    }
  }, [dispatch, setElement])

  return (
    <figure className="video-player" aria-label={t('video.label', { title })}>
      <video ref={ref} src={src} preload="metadata" playsInline controls={false} className="video-player__video" />
      {/* Without a video the captions still show over an empty frame; say why it is empty. */}
      {src ? null : <p className="video-player__empty">{t('video.none')}</p>}
      <CaptionOverlay translated={translated} />
      <VideoLanguageSwitch translated={translated} onChange={setTranslated} />
    </figure>
  )
}

/** The cue on screen at the playhead, drawn like a caption (hidden from screen readers: the list and editor say it). */
function CaptionOverlay({ translated }: { translated: boolean }) {
  const { text, language } = useOverlayText(translated)
  if (!text) return null
  return (
    <div className="caption-overlay" aria-hidden="true" lang={language}>
      {text.split('\n').map((line, i) => (
        <span key={i} className="caption-overlay__line">
          {line}
        </span>
      ))}
    </div>
  )
}
