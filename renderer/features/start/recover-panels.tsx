/** The start screen's recovery panels: journal work found while opening a project, and work kept in the page. */

import { useTranslation } from 'react-i18next'
import type { AutosaveRecord } from '../../platform/autosave'
import type { PendingQuestion } from './use-open-questions'

type RecoverQuestion = Extract<PendingQuestion, { kind: 'recover' }>

/** Asks whether to recover unsaved work found in a project's journal. */
export function JournalRecovery({ question, when }: { question: RecoverQuestion; when: (ms: number) => string }) {
  const { t } = useTranslation()
  return (
    <section className="panel start-screen__recover" aria-labelledby="journal-heading">
      <h2 id="journal-heading">{t('start.recoverHeading')}</h2>
      <p>{t('start.recoverText', { title: question.title, count: question.cueCount, when: when(question.writtenAt) })}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={() => question.answer(true)}>{t('start.recover')}</button>
        <button type="button" onClick={() => question.answer(false)}>{t('start.useSaved')}</button>
      </div>
    </section>
  )
}

/** Offers work the page kept (browser mode without a project file). */
export function PageRecovery({ record, when, onRecover, onDiscard }: { record: AutosaveRecord; when: (ms: number) => string; onRecover: () => void; onDiscard: () => void }) {
  const { t } = useTranslation()
  return (
    <section className="panel start-screen__recover" aria-labelledby="recover-heading">
      <h2 id="recover-heading">{t('start.recoverHeading')}</h2>
      <p>{t('start.recoverText', { title: record.title, count: record.cueCount, when: when(record.savedAt) })}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onRecover}>{t('start.recover')}</button>
        <button type="button" onClick={onDiscard}>{t('start.discard')}</button>
      </div>
    </section>
  )
}
