/**
 * "All changes saved" — always visible. Not a live region itself: saving after every pause in typing
 * would interrupt a screen reader constantly, so the announcer speaks only failures, recovery and
 * explicit saves (Ctrl+S) — see features/announcer/use-edit-announcements.ts.
 */

import { useTranslation } from 'react-i18next'
import { useEditor } from '../../state/store-context'

/** The save status indicator (it reads only what it shows: main's status arrives as a new object with each save, and typing marks the work unsaved once per burst). */
export function SaveStatus() {
  const { t } = useTranslation()
  const state = useEditor((s) => s.save.state)
  const code = useEditor((s) => (s.save.state === 'error' ? s.save.code : undefined))
  const text =
    state === 'error'
      ? t('save.error', { reason: t(`save.reasons.${code ?? 'unknown'}`, { defaultValue: t('save.reasons.unknown') }) })
      : t(`save.${state}`)
  return <p className={`save-status save-status--${state}`}>{text}</p>
}
