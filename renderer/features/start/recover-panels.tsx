/** The start screen's recovery panels: journal work found while opening a project, and work kept in the page. */

import { useTranslation } from 'react-i18next'
import type { AutosaveRecord } from '../../platform/autosave'
import type { PendingQuestion } from './use-open-questions'

type RecoverQuestion = Extract<PendingQuestion, { kind: 'recover' }>

/** Props of the one panel both cases use. */
type RecoveryPanelProps = Readonly<{
  id: string
  title: string
  cueCount: number
  when: string
  secondLabel: string
  onRecover: () => void
  onSecond: () => void
  autoFocus?: boolean
}>

function RecoveryPanel({ id, title, cueCount, when, secondLabel, onRecover, onSecond, autoFocus }: RecoveryPanelProps) {
  const { t } = useTranslation()
  return (
    <section className="panel start-screen__recover" aria-labelledby={id}>
      <h2 id={id}>{t('start.recoverHeading')}</h2>
      <p>{t('start.recoverText', { title, count: cueCount, when })}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus={autoFocus} onClick={onRecover}>
          {t('start.recover')}
        </button>
        <button type="button" onClick={onSecond}>
          {secondLabel}
        </button>
      </div>
    </section>
  )
}

/** Asks whether to recover unsaved work found in a project's journal. */
export function JournalRecovery({ question, when }: { question: RecoverQuestion; when: (ms: number) => string }) {
  const { t } = useTranslation()
  return (
    <RecoveryPanel
      id="journal-heading"
      title={question.title}
      cueCount={question.cueCount}
      when={when(question.writtenAt)}
      secondLabel={t('start.useSaved')}
      onRecover={() => question.answer(true)}
      onSecond={() => question.answer(false)}
      autoFocus
    />
  )
}

/** Offers work the page kept (browser mode without a project file). */
export function PageRecovery({
  record,
  when,
  onRecover,
  onDiscard,
}: {
  record: AutosaveRecord
  when: (ms: number) => string
  onRecover: () => void
  onDiscard: () => void
}) {
  const { t } = useTranslation()
  return (
    <RecoveryPanel
      id="recover-heading"
      title={record.title}
      cueCount={record.cueCount}
      when={when(record.savedAt)}
      secondLabel={t('start.discard')}
      onRecover={onRecover}
      onSecond={onDiscard}
    />
  )
}
