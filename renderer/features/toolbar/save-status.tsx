/**
 * "All changes saved" — always visible. Not a live region itself: saving after every pause in typing
 * would interrupt a screen reader constantly, so the announcer speaks only failures, recovery and
 * explicit saves (Ctrl+S) — see features/announcer/use-edit-announcements.ts.
 */

import { useTranslation } from 'react-i18next'
import { useEditor } from '../../state/store-context'

/** The save status indicator. */
export function SaveStatus() {
  const { t } = useTranslation()
  const save = useEditor((s) => s.save)
  const text =
    save.state === 'error'
      ? t('save.error', { reason: t(`save.reasons.${save.code ?? 'unknown'}`, { defaultValue: t('save.reasons.unknown') }) })
      : t(`save.${save.state}`)
  return (
    <p className={`save-status save-status--${save.state}`}>
      {text}
    </p>
  )
}
