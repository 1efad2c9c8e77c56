/**
 * The side panels' place in the workbench: a column at the side that folds to a button. On narrow
 * windows the open panels lie over the workbench instead, so they never push the caption list away.
 */

import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Props: the panels, whether they are open, and how to open or close them. */
export type SideAreaProps = Readonly<{ open: boolean; onOpenChange: (open: boolean) => void; children: ReactNode }>

/** The side column with its show/hide button. */
export function SideArea({ open, onOpenChange, children }: SideAreaProps) {
  const { t } = useTranslation()
  return (
    <aside
      className={`editor-screen__side${open ? ' editor-screen__side--open' : ''}`}
      aria-label={t('editor.sideRegion')}
    >
      <button
        type="button"
        className="editor-screen__side-toggle"
        aria-expanded={open}
        aria-controls="editor-side-panels"
        onClick={() => onOpenChange(!open)}
      >
        {open ? t('layout.hidePanels') : t('layout.showPanels')}
      </button>
      <div id="editor-side-panels" className="editor-screen__side-panels" hidden={!open}>
        {children}
      </div>
    </aside>
  )
}
