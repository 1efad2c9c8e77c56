/** The Snap to speech button: enabled once the video's pauses are known, with its shortcut announced. */

import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useAnnounce } from '../announcer'
import { useStore } from '../../state/store-context'
import { onSessionPauses, sessionPauses } from './session-pauses'
import { snapSelectedToSpeech } from './snap-command'

/** Props: the shortcut, as `aria-keyshortcuts` writes it. */
export type SnapButtonProps = Readonly<{ keys?: string }>

/** The button. */
export function SnapToSpeechButton({ keys }: SnapButtonProps) {
  const { t } = useTranslation()
  const announce = useAnnounce()
  const store = useStore()
  const ready = useSyncExternalStore(onSessionPauses, () => sessionPauses() !== undefined)
  return (
    <button
      type="button"
      aria-keyshortcuts={keys}
      aria-disabled={!ready}
      title={ready ? t('snap.hint') : t('snap.noPauses')}
      onClick={() => snapSelectedToSpeech(store.getState(), store.dispatch, announce, t)}
    >
      {t('snap.button')}
    </button>
  )
}
