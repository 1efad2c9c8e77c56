/**
 * Shown when the video uses a format the editor cannot play (HEVC, some .mov/.mkv/.avi): offers to
 * make a playable copy (H.264/AAC MP4) beside it, with progress. The original is never changed.
 */

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenedMedia } from '../../../shared/ipc/contract'
import { useBridge } from '../../platform/bridge-context'

/** Props: the unplayable media, and what to do with the converted copy. */
export type ConvertBannerProps = Readonly<{ media: OpenedMedia; onConverted: (media: OpenedMedia) => void }>

/** The conversion offer. */
export function ConvertBanner({ media, onConverted }: ConvertBannerProps) {
  const { t } = useTranslation()
  const [progress, setProgress] = useState<number | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const bridge = useBridge()
  useEffect(
    () => bridge.on('app:transcode-progress', ({ path, fraction }) => path === media.path && setProgress(fraction)),
    [bridge, media.path],
  )
  const convert = async () => {
    setProblem(undefined)
    setProgress(0)
    const result = await bridge.transcodeMedia({ path: media.path })
    if (!result.ok) {
      setProgress(undefined)
      return setProblem(t(`openProblems.${result.code}`, { file: media.path, detail: result.detail ?? '', line: 1 }))
    }
    const opened = await bridge.openMedia({ path: result.outputPath })
    if (opened.ok) onConverted(opened.media)
    else setProblem(t(`openProblems.${opened.code}`, { file: result.outputPath, detail: opened.detail ?? '', line: 1 }))
  }
  return (
    <section className="panel convert-banner" aria-labelledby="convert-heading">
      <h2 id="convert-heading">{t('convert.heading')}</h2>
      <p>{t('convert.explain', { codec: media.videoCodec ?? media.audioCodec ?? '?' })}</p>
      {progress === undefined ? (
        <button type="button" className="primary" onClick={() => void convert()}>
          {t('convert.start')}
        </button>
      ) : (
        <p role="status">
          <progress max={1} value={progress} aria-label={t('convert.progressLabel')} />{' '}
          {t('convert.progress', { percent: Math.round(progress * 100) })}
        </p>
      )}
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
    </section>
  )
}
