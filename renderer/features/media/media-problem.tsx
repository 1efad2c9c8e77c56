/**
 * Says in plain words when the video cannot be shown: it was moved or deleted while open, it stopped
 * playing, or the project's video was missing at opening. The captions stay editable and saved, so
 * the message says that too; "Try again" reloads the video once it is back where it was.
 */

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenedMedia } from '../../../shared/ipc/contract'
import { useMedia } from '../../ui/media-context'
import { useBridge } from '../../platform/bridge-context'

/** Why the video is not shown: gone from disk, or the element gave up for another reason. */
export type MediaProblemKind = 'missing' | 'failed'

/** Props: the open media (if any), and the file the project expected when it was missing at opening. */
export type MediaProblemProps = Readonly<{ media: OpenedMedia | undefined; missingFile?: string }>

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p

/** Watches the editor's `<video>` for errors and explains them; renders nothing while all is well. */
export function MediaProblem({ media, missingFile }: MediaProblemProps) {
  const { t } = useTranslation()
  const { element } = useMedia()
  const bridge = useBridge()
  // Tagged with the media it is about, so a new video (a converted copy) never shows the old one's problem.
  const [found, setProblem] = useState<{ media: OpenedMedia; kind: MediaProblemKind } | undefined>()
  const problem = found && found.media === media ? found.kind : undefined
  useEffect(() => {
    // Media Chromium cannot decode errors at once; the convert banner already explains that.
    if (!element || !media?.playable) return
    let current = true
    const onError = () => {
      // The element only says "network" or "decode"; main can tell whether the file is still there.
      void bridge.openMedia({ path: media.path }).then(
        (result) =>
          current && setProblem({ media, kind: !result.ok && result.code === 'not-found' ? 'missing' : 'failed' }),
        () => current && setProblem({ media, kind: 'failed' }),
      )
    }
    element.addEventListener('error', onError)
    // An error before this listener was attached is still on the element.
    if (element.error) onError()
    return () => {
      current = false
      element.removeEventListener('error', onError)
    }
  }, [bridge, element, media])
  const retry = () => {
    setProblem(undefined)
    if (!element) return
    // Reload from where the editor was, so the playhead does not jump back to the start.
    const at = element.currentTime
    element.load()
    element.addEventListener('loadedmetadata', () => (element.currentTime = at), { once: true })
  }
  if (!media && missingFile) {
    return (
      <p role="alert" className="panel field-error media-problem">
        {t('media.missingAtOpen', { file: baseName(missingFile) })}
      </p>
    )
  }
  if (!media || !problem) return null
  return (
    <div role="alert" className="panel media-problem">
      <p className="field-error">
        {t(problem === 'missing' ? 'media.gone' : 'media.failed', { file: baseName(media.path) })}
      </p>
      <p>{t('media.workKept')}</p>
      <button type="button" onClick={retry}>
        {t('media.retry')}
      </button>
    </div>
  )
}
