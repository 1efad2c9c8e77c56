/** The speaker list: rename a speaker everywhere at once, set roles, add speakers, assign the selected captions. */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Speaker } from '../../../shared/model/speaker'
import { useDispatch, useEditor } from '../../state/store-context'
import { speakerBadge } from './speaker-badge'
import { useSpeakerKeys } from './use-speaker-keys'
import { SpeakerChip } from './speaker-chip'
import { speakerCounts } from './speaker-counts'

/** The speakers panel. */
export function SpeakersPanel() {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const speakers = useEditor((s) => s.history.present.speakers)
  // The same Map while the counts stay the same: typing does not re-render the panel.
  const counts = useEditor((s) => speakerCounts(s.history.present.cues))
  const selectedIds = useEditor((s) => s.selectedIds)
  const currentId = useEditor((s) => s.currentCueId)
  const selected = selectedIds.length > 0 ? selectedIds : currentId ? [currentId] : []
  const [name, setName] = useState('')
  const keysFor = useSpeakerKeys()

  return (
    <section className="panel speakers" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('speakers.heading')}</h2>
      {speakers.length === 0 ? <p>{t('speakers.none')}</p> : <p className="speakers__keys">{t('speakers.keysHint')}</p>}
      <ul className="speakers__list">
        {speakers.map((speaker, index) => (
          // Keyed by the stable id alone: saving a name or role must not re-create the row (focus would be lost).
          <SpeakerRow
            key={speaker.id}
            speaker={speaker}
            keys={keysFor(index)}
            count={counts.get(speaker.id) ?? 0}
            selectedCount={selected.length}
            onAssign={() => dispatch({ type: 'speakerAssigned', ids: selected, speakerId: speaker.id })}
          />
        ))}
      </ul>
      <form
        className="speakers__add"
        onSubmit={(e) => {
          e.preventDefault()
          if (!name.trim()) return
          dispatch({ type: 'speakerAdded', name: name.trim() })
          setName('')
        }}
      >
        <label htmlFor="add-speaker-name">{t('speakers.newName')}</label>
        <input id="add-speaker-name" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t('speakers.add')}</button>
      </form>
    </section>
  )
}

type SpeakerRowProps = Readonly<{
  speaker: Speaker
  keys: Readonly<{ text: string; aria: string }> | undefined
  count: number
  selectedCount: number
  onAssign: () => void
}>

function SpeakerRow({ speaker, keys, count, selectedCount, onAssign }: SpeakerRowProps) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const speakers = useEditor((s) => s.history.present.speakers)
  const [name, setName] = useState(speaker.name)
  const [role, setRole] = useState(speaker.role ?? '')
  // An undo (or a rename elsewhere) changes the speaker under the fields: show what the document holds.
  const [shown, setShown] = useState({ name: speaker.name, role: speaker.role ?? '' })
  if (shown.name !== speaker.name || shown.role !== (speaker.role ?? '')) {
    setShown({ name: speaker.name, role: speaker.role ?? '' })
    setName(speaker.name)
    setRole(speaker.role ?? '')
  }
  const save = () => {
    if (name.trim() && (name.trim() !== speaker.name || role.trim() !== (speaker.role ?? ''))) {
      dispatch({ type: 'speakerUpdated', id: speaker.id, name: name.trim(), role: role.trim() })
    }
  }
  const nameId = `speaker-name-${speaker.id}`
  const roleId = `speaker-role-${speaker.id}`
  const who = speaker.name
  return (
    <li className="speakers__row">
      <span className="speakers__who">
        <SpeakerChip badge={speakerBadge(speakers, speaker.id)} />
        {keys ? <kbd className="speakers__key">{keys.text}</kbd> : null}
      </span>
      <span className="field">
        <label htmlFor={nameId}>{t('speakers.name')}</label>
        {/* Named per speaker, so a list of form fields tells twelve speakers apart; the visible word stays in the name. */}
        <input
          id={nameId}
          aria-label={t('speakers.nameOf', { name: who })}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
      </span>
      <span className="field">
        <label htmlFor={roleId}>{t('speakers.role')}</label>
        <input
          id={roleId}
          aria-label={t('speakers.roleOf', { name: who })}
          value={role}
          placeholder={t('speakers.rolePlaceholder')}
          onChange={(e) => setRole(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
      </span>
      <span className="speakers__count">{t('speakers.count', { count })}</span>
      <button
        type="button"
        onClick={onAssign}
        aria-keyshortcuts={keys?.aria}
        disabled={selectedCount === 0}
        aria-label={t('speakers.assignLabel', { name: speaker.name, count: selectedCount })}
      >
        {t('speakers.assign')}
      </button>
    </li>
  )
}
