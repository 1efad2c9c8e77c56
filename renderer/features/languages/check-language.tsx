/** The problems panel's choice of which language's captions to check (shown only when there is more than one). */

import { useTranslation } from 'react-i18next'
import { useEditor } from '../../state/store-context'
import { languageLabel } from './language-names'

/** Props: the language checked (undefined: the captions' own) and how to change it. */
export type CheckLanguageProps = Readonly<{
  language: string | undefined
  onChange: (language: string | undefined) => void
}>

/** A list of the document's languages; nothing when it has only its own. */
export function CheckLanguage({ language, onChange }: CheckLanguageProps) {
  const { t } = useTranslation()
  const own = useEditor((s) => s.history.present.meta?.language)
  const tracks = useEditor((s) => s.history.present.translations)
  if (!tracks?.length) return null
  return (
    <div className="field">
      <label htmlFor="check-language">{t('languages.checkLanguage')}</label>
      <select id="check-language" value={language ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{own ? languageLabel(t, own) : t('languages.ownCaptions')}</option>
        {tracks.map((track) => (
          <option key={track.language} value={track.language}>
            {languageLabel(t, track.language)}
          </option>
        ))}
      </select>
      {language ? <p className="language-picker__help">{t('languages.checkNoFixes')}</p> : null}
    </div>
  )
}
