/**
 * One small button per speaker beside the caption being edited (the first nine, as their Alt+number
 * keys): pressing one makes them this caption's speaker, pressing the pressed one again clears it.
 */

import { useTranslation } from 'react-i18next'
import type { CueId } from '../../../shared/model/ids'
import { useDispatch, useEditor } from '../../state/store-context'
import { speakerBadge, SPEAKER_KEYS } from './speaker-badge'
import { SpeakerChip } from './speaker-chip'
import { useSpeakerKeys } from './use-speaker-keys'

/** The quick speaker buttons for caption `cueId`; nothing while there are no speakers. */
export function SpeakerQuickAssign({ cueId }: Readonly<{ cueId: CueId }>) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const speakers = useEditor((s) => s.history.present.speakers)
  const current = useEditor((s) => s.history.present.cues.find((c) => c.id === cueId)?.speakerId)
  const keysFor = useSpeakerKeys()
  if (speakers.length === 0) return null
  return (
    <span className="speaker-quick" role="group" aria-label={t('speakers.quickGroup')}>
      {speakers.slice(0, SPEAKER_KEYS).map((speaker, i) => {
        const pressed = speaker.id === current
        const keys = keysFor(i)
        return (
          <button
            key={speaker.id}
            type="button"
            className="speaker-quick__button"
            aria-pressed={pressed}
            aria-label={speaker.name}
            aria-keyshortcuts={keys?.aria}
            title={keys ? t('speakers.quickTitle', { name: speaker.name, keys: keys.text }) : speaker.name}
            onClick={() =>
              dispatch({ type: 'speakerAssigned', ids: [cueId], speakerId: pressed ? undefined : speaker.id })
            }
          >
            <SpeakerChip badge={speakerBadge(speakers, speaker.id)} />
          </button>
        )
      })}
    </span>
  )
}
