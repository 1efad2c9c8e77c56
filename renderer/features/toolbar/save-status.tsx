/** "All changes saved" — always visible, and announced politely to screen readers when it changes. */

import { useTranslation } from 'react-i18next'
import { useEditor } from '../../app/store-context'

/** The save status indicator. */
export function SaveStatus() {
  const { t } = useTranslation()
  const save = useEditor((s) => s.save)
  const text =
    save.state === 'error'
      ? t('save.error', { reason: t(`save.reasons.${save.code ?? 'unknown'}`, { defaultValue: t('save.reasons.unknown') }) })
      : t(`save.${save.state}`)
  return (
    <p className={`save-status save-status--${save.state}`} role="status" aria-live="polite">
      {text}
    </p>
  )
}
