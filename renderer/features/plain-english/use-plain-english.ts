/**
 * The plain-English report of the open document, worked out a moment after typing pauses. Each
 * caption's counts are cached by the caption itself, so a recount after an edit redoes only the
 * changed captions and the sentence walk; the panel re-renders only when the report is redone.
 */

import { useEffect, useState } from 'react'
import { documentReport, type DocumentReport } from '../../../shared/transcript/readability'
import { useStore } from '../../state/store-context'

/** How long after the last edit the report is redone. */
export const REPORT_DELAY_MS = 300

/** The report, updated shortly after each edit. */
export function usePlainEnglish(): DocumentReport {
  const store = useStore()
  const [report, setReport] = useState(() => documentReport(store.getState().history.present))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let lastDoc = store.getState().history.present
    const unsubscribe = store.subscribe(() => {
      const doc = store.getState().history.present
      if (doc === lastDoc) return
      lastDoc = doc
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = undefined
        setReport(documentReport(store.getState().history.present))
      }, REPORT_DELAY_MS)
    })
    return () => {
      unsubscribe()
      if (timer) clearTimeout(timer)
    }
  }, [store])
  return report
}
