/** The speaker list: rename a speaker everywhere at once, set roles, add speakers, assign the selected captions. */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Speaker } from '../../../shared/model/speaker'
import { useDispatch, useEditor } from '../../app/store-context'

/** The speakers panel. */
export function SpeakersPanel() {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const speakers = useEditor((s) => s.history.present.speakers)
  const cues = useEditor((s) => s.history.present.cues)
  const selectedIds = useEditor((s) => s.selectedIds)
  const currentId = useEditor((s) => s.currentCueId)
  const selected = selectedIds.length > 0 ? selectedIds : currentId ? [currentId] : []
  const [name, setName] = useState('')
  const counts = new Map<string, number>()
  for (const cue of cues) if (cue.speakerId) counts.set(cue.speakerId, (counts.get(cue.speakerId) ?? 0) + 1)

  return (
    <section className="panel speakers" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('speakers.heading')}</h2>
      {speakers.length === 0 ? <p>{t('speakers.none')}</p> : null}
      <ul className="speakers__list">
        {speakers.map((speaker) => (
          // Keyed on the values too, so an undo of a rename resets the fields.
          <SpeakerRow key={`${speaker.id}:${speaker.name}:${speaker.role ?? ''}`} speaker={speaker} count={counts.get(speaker.id) ?? 0} selectedCount={selected.length} onAssign={() => dispatch({ type: 'speakerAssigned', ids: selected, speakerId: speaker.id })} />
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

function SpeakerRow({ speaker, count, selectedCount, onAssign }: { speaker: Speaker; count: number; selectedCount: number; onAssign: () => void }) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const [name, setName] = useState(speaker.name)
  const [role, setRole] = useState(speaker.role ?? '')
  const save = () => {
    if (name.trim() && (name.trim() !== speaker.name || role.trim() !== (speaker.role ?? ''))) {
      dispatch({ type: 'speakerUpdated', id: speaker.id, name: name.trim(), role: role.trim() })
    }
  }
  const nameId = `speaker-name-${speaker.id}`
  const roleId = `speaker-role-${speaker.id}`
  return (
    <li className="speakers__row">
      <span className="field">
        <label htmlFor={nameId}>{t('speakers.name')}</label>
        <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} onBlur={save} onKeyDown={(e) => e.key === 'Enter' && save()} />
      </span>
      <span className="field">
        <label htmlFor={roleId}>{t('speakers.role')}</label>
        <input id={roleId} value={role} placeholder={t('speakers.rolePlaceholder')} onChange={(e) => setRole(e.target.value)} onBlur={save} onKeyDown={(e) => e.key === 'Enter' && save()} />
      </span>
      <span className="speakers__count">{t('speakers.count', { count })}</span>
      <button type="button" onClick={onAssign} disabled={selectedCount === 0} aria-label={t('speakers.assignLabel', { name: speaker.name, count: selectedCount })}>
        {t('speakers.assign')}
      </button>
    </li>
  )
}
