/** The speakers' roles in one language (names stay the same in every language); each is kept when its field is left. */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Speaker } from '../../../shared/model/speaker'
import { translationTrack } from '../../../shared/model/translation'
import { useDispatch, useEditor } from '../../state/store-context'
import { directionOf } from './language-names'

/** Props: the language and its label ("Welsh (cy)"). */
export type TranslatedRolesProps = Readonly<{ language: string; label: string }>

/** One field per speaker who has a role. */
export function TranslatedRoles({ language, label }: TranslatedRolesProps) {
  const { t } = useTranslation()
  const speakers = useEditor((s) => s.history.present.speakers)
  const roles = useEditor((s) => translationTrack(s.history.present, language)?.roles)
  const withRoles = speakers.filter((s) => s.role)
  if (withRoles.length === 0) return <p className="panel__empty">{t('languages.rolesNone')}</p>
  return (
    <fieldset className="languages__roles">
      <legend>{t('languages.roles', { language: label })}</legend>
      {withRoles.map((speaker) => (
        <RoleField
          key={`${speaker.id}-${roles?.[speaker.id] ?? ''}`}
          speaker={speaker}
          language={language}
          label={label}
          value={roles?.[speaker.id] ?? ''}
        />
      ))}
    </fieldset>
  )
}

function RoleField({
  speaker,
  language,
  label,
  value,
}: {
  speaker: Speaker
  language: string
  label: string
  value: string
}) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const [text, setText] = useState(value)
  const id = `role-${language}-${speaker.id}`
  const commit = () => {
    if (text.trim() !== value) dispatch({ type: 'roleTranslated', language, speakerId: speaker.id, role: text })
  }
  return (
    <span className="field">
      <label htmlFor={id}>{t('languages.roleOf', { name: speaker.name, language: label })}</label>
      <input
        id={id}
        lang={language}
        dir={directionOf(language)}
        value={text}
        aria-describedby={`${id}-master`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
        }}
      />
      <span id={`${id}-master`} className="language-picker__help">
        {t('languages.roleMaster', { role: speaker.role })}
      </span>
    </span>
  )
}
