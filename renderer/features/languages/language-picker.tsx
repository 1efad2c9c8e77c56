/**
 * A language chooser: the common languages in a list, or "Another language" with a BCP 47 tag typed
 * in and checked before it is used. One small form, so Enter in the tag field submits it.
 */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isLanguageTag, sameLanguage } from '../../../shared/model/translation'
import { COMMON_LANGUAGES, languageLabel } from './language-names'

/** Props: ids and label, the current tag (shown first), tags not to offer, the button's text and what it does. */
export type LanguagePickerProps = Readonly<{
  id: string
  label: string
  value?: string
  exclude?: readonly string[]
  submitLabel: string
  onPick: (tag: string) => void
}>

const OTHER = 'other'

/** The form: a list, an optional tag field, one button. */
export function LanguagePicker({ id, label, value, exclude = [], submitLabel, onPick }: LanguagePickerProps) {
  const { t } = useTranslation()
  const offered = COMMON_LANGUAGES.filter((tag) => !exclude.some((x) => sameLanguage(x, tag)))
  const valueOffered = value && offered.some((tag) => sameLanguage(tag, value))
  const [choice, setChoice] = useState<string>(value ? (valueOffered ? value : OTHER) : (offered[0] ?? OTHER))
  const [other, setOther] = useState(value && !valueOffered ? value : '')
  const [error, setError] = useState<string | undefined>()
  const submit = () => {
    const tag = choice === OTHER ? other.trim() : choice
    if (!isLanguageTag(tag)) return setError(t('languages.badTag', { tag }))
    if (exclude.some((x) => sameLanguage(x, tag))) return setError(t('languages.alreadyThere', { tag }))
    setError(undefined)
    onPick(tag)
  }
  return (
    <form
      className="language-picker"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <span className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {offered.map((tag) => (
            <option key={tag} value={tag}>
              {languageLabel(t, tag)}
            </option>
          ))}
          <option value={OTHER}>{t('languages.otherChoice')}</option>
        </select>
      </span>
      {choice === OTHER ? (
        <span className="field">
          <label htmlFor={`${id}-tag`}>{t('languages.tag')}</label>
          <input
            id={`${id}-tag`}
            value={other}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-tag-help${error ? ` ${id}-error` : ''}`}
            onChange={(e) => setOther(e.target.value)}
          />
          <span id={`${id}-tag-help`} className="language-picker__help">
            {t('languages.tagHelp')}
          </span>
        </span>
      ) : null}
      <button type="submit">{submitLabel}</button>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
