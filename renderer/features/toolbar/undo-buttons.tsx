/** Undo and redo buttons that say what they will undo ("Undo split"). */

import { useTranslation } from 'react-i18next'
import { useDispatch, useEditor } from '../../state/store-context'
import { redoLabel, undoLabel } from '../../state/history'

/** The undo/redo pair. */
export function UndoButtons() {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const undo = useEditor((s) => undoLabel(s.history))
  const redo = useEditor((s) => redoLabel(s.history))
  return (
    <span className="undo-buttons" role="group" aria-label={t('undo.group')}>
      <button type="button" disabled={!undo} onClick={() => dispatch({ type: 'undoRequested' })}>
        {undo ? t('undo.undoWhat', { what: t(`undo.steps.${undo}`) }) : t('undo.undo')}
      </button>
      <button type="button" disabled={!redo} onClick={() => dispatch({ type: 'redoRequested' })}>
        {redo ? t('undo.redoWhat', { what: t(`undo.steps.${redo}`) }) : t('undo.redo')}
      </button>
    </span>
  )
}
