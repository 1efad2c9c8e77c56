/** The working language's translation of one caption, as the caption list's last cell (marked with its language, so screen readers switch voice). */

import { useTranslation } from 'react-i18next'
import type { TranslationState } from '../../../shared/model/translation'
import { directionOf } from './language-names'
import './languages.css'

/** What a row shows of its translation: the language, the text (empty when missing) and where it stands. */
export type RowTranslation = Readonly<{
  language: string
  label: string
  text: string
  state: TranslationState
  column: number
}>

/** The translation cell: the text in its language, or a short note that it is missing; a mark when it needs checking. */
export function TranslationCell({ translation }: { translation: RowTranslation }) {
  const { t } = useTranslation()
  const { language, text, state, column } = translation
  return (
    <span role="gridcell" aria-colindex={column} className={`cue-row__translation cue-row__translation--${state}`}>
      {state === 'needs-check' ? <span className="cue-row__check">{t('languages.needsCheckShort')}</span> : null}
      {text ? (
        <span lang={language} dir={directionOf(language)}>
          {text.replace(/\n/g, ' / ')}
        </span>
      ) : state === 'missing' ? (
        <span className="cue-row__missing">{t('languages.missingShort')}</span>
      ) : null}
    </span>
  )
}

/** The words a screen reader hears after the row's own label: the language, then the translation or its state. */
export function translationRowLabel(
  t: (key: string, values?: Record<string, unknown>) => string,
  translation: RowTranslation,
): string {
  const state =
    translation.state === 'missing'
      ? t('languages.missingShort')
      : translation.state === 'needs-check'
        ? `${t('languages.needsCheckShort')}: ${translation.text}`
        : translation.text
  return t('languages.rowLabel', { language: translation.label, text: state.replace(/\n/g, ' ') })
}
