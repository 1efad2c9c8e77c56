/** Picks the speaker of a cue from the speaker list, or adds a new speaker by name. */

import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SpeakerId } from '../../../shared/model/ids'
import { useEditor } from '../../state/store-context'

/** Props of the speaker picker. */
export type SpeakerPickerProps = Readonly<{
  value: SpeakerId | undefined
  onChange: (id: SpeakerId | undefined) => void
  onAdd: (name: string) => void
}>

const NEW = '__new__'

/** A labelled select with "New speaker…" that reveals a name field. */
export function SpeakerPicker({ value, onChange, onAdd }: SpeakerPickerProps) {
  const { t } = useTranslation()
  const speakers = useEditor((s) => s.history.present.speakers)
  const [adding, setAdding] = useState(false)
  const [name, setName] = useState('')
  const selectRef = useRef<HTMLSelectElement>(null)
  const add = () => {
    if (name.trim()) onAdd(name.trim())
    setName('')
    setAdding(false)
    // The name field is about to go: keep keyboard focus on the speaker choice rather than losing it to the page.
    selectRef.current?.focus()
  }
  return (
    <span className="field speaker-picker">
      <label htmlFor="cue-speaker">{t('cueEditor.speaker')}</label>
      <select
        id="cue-speaker"
        ref={selectRef}
        value={adding ? NEW : (value ?? '')}
        onChange={(e) => {
          if (e.target.value === NEW) return setAdding(true)
          setAdding(false)
          onChange(e.target.value === '' ? undefined : (e.target.value as SpeakerId))
        }}
      >
        <option value="">{t('cueEditor.noSpeaker')}</option>
        {speakers.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        <option value={NEW}>{t('cueEditor.newSpeaker')}</option>
      </select>
      {adding ? (
        <span className="speaker-picker__new">
          <label htmlFor="new-speaker-name">{t('cueEditor.newSpeakerName')}</label>
          <input
            id="new-speaker-name"
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                add()
              }
            }}
          />
          <button type="button" onClick={add}>
            {t('cueEditor.addSpeaker')}
          </button>
        </span>
      ) : null}
    </span>
  )
}
