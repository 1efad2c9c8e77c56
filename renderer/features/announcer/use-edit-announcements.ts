/** Announces completed edits, undo/redo and save problems as the editor store changes. */

import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/store-context'
import { useAnnounce } from './announcer'
import { describeChange } from './edit-announcements'

/**
 * Subscribes to the store for as long as the editor is mounted. Returns `announceSaveWhenDone`:
 * after an explicit save (Ctrl+S) it says "All changes saved" once the document on screen is the
 * one saved — at once when nothing is pending, else when the pending save finishes.
 */
export function useEditAnnouncements(): () => void {
  const store = useStore()
  const announce = useAnnounce()
  const { t } = useTranslation()
  const savedDoc = useRef(store.getState().history.present)
  const waitingForSave = useRef(false)

  useEffect(() => {
    let prev = store.getState()
    return store.subscribe(() => {
      const next = store.getState()
      if (next.save !== prev.save && next.save.state === 'saved') savedDoc.current = next.history.present
      const said = describeChange(prev, next)
      if (said) {
        const what = said.step !== undefined ? t(`undo.steps.${said.step}`, { defaultValue: said.step }) : undefined
        const values: Record<string, string | number> = { ...said.values, ...(what !== undefined ? { what } : {}) }
        const reason =
          typeof values.code === 'string'
            ? t(`save.reasons.${values.code}`, { defaultValue: t('save.reasons.unknown') })
            : undefined
        const kind = typeof values.kind === 'string' ? t(`cueKind.${values.kind}`) : undefined
        announce(t(said.key, { ...values, ...(reason ? { reason } : {}), ...(kind ? { kind } : {}) }))
      }
      if (waitingForSave.current && next.save !== prev.save && next.save.state === 'saved') {
        waitingForSave.current = false
        announce(t('save.saved'))
      }
      prev = next
    })
  }, [store, announce, t])

  return useCallback(() => {
    const state = store.getState()
    if (state.save.state === 'saved' && state.history.present === savedDoc.current) announce(t('save.saved'))
    else waitingForSave.current = true
  }, [store, announce, t])
}
