/**
 * A modal `<dialog>` with a heading and a Close button. `showModal()` makes the rest of the page
 * inert, so Tab stays inside and Esc closes it (both native, no focus-trap code); on closing,
 * focus goes back to whatever opened it.
 */

import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Props: `onClose` runs for the Close button, Esc and the dialog's own close. */
export type ModalDialogProps = Readonly<{ title: string; onClose: () => void; className?: string; children: ReactNode }>

/** A modal dialog, shown while mounted. */
export function ModalDialog({ title, onClose, className, children }: ModalDialogProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  }, [onClose])
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined
    if (!dialog.open) dialog.showModal()
    const onNativeClose = () => onCloseRef.current()
    dialog.addEventListener('close', onNativeClose)
    return () => {
      dialog.removeEventListener('close', onNativeClose)
      if (dialog.open) dialog.close()
      // The opener may have gone (a re-rendered list row); then focus falls back to the body, as after any close.
      // Only focus that is lost goes back: the editor may already have moved on (F6, a shortcut) since the
      // dialog closed, and taking focus back then would undo what they did.
      const lost =
        document.activeElement === null ||
        document.activeElement === document.body ||
        dialog.contains(document.activeElement)
      if (opener?.isConnected && lost) opener.focus()
    }
  }, [])
  return (
    <dialog ref={ref} className={`modal-dialog${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <div className="modal-dialog__header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" onClick={() => onCloseRef.current()}>
          {t('common.close')}
        </button>
      </div>
      <div className="modal-dialog__body">{children}</div>
    </dialog>
  )
}
