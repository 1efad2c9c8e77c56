/**
 * "Import captions in this language…": a caption file in the working language (YouTube's per-language
 * file, a translator's own timing) is read through the one bytes pipeline, aligned to the master by
 * time, applied as one undo step, and what happened is listed: matched, unmatched with their lines,
 * needing a check, still untranslated.
 */

import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readCaptionBytes } from '../../../shared/formats/read-caption-bytes'
import { alignTranslation, type AlignmentReport } from '../../../shared/import/align-translation'
import { formatClock } from '../../../shared/model/time'
import { useDispatch, useStore } from '../../state/store-context'
import { useAnnounce } from '../announcer'

/** Props: the language the file is in, and its label ("Welsh (cy)"). */
export type ImportTranslationProps = Readonly<{ language: string; label: string }>

type Outcome = Readonly<{ file: string; report: AlignmentReport }> | Readonly<{ file: string; problem: string }>

const MAX_UNMATCHED_LISTED = 20

/** The import button (a hidden file input behind a real button) and the last import's report. */
export function ImportTranslation({ language, label }: ImportTranslationProps) {
  const { t } = useTranslation()
  const store = useStore()
  const dispatch = useDispatch()
  const announce = useAnnounce()
  const input = useRef<HTMLInputElement>(null)
  const [outcome, setOutcome] = useState<Outcome | undefined>()
  const read = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const opened = readCaptionBytes(bytes, file.name)
    if (!opened.ok) {
      const problem = t('languages.import.problem', {
        file: file.name,
        line: opened.fatal.line,
        message: opened.fatal.message,
      })
      setOutcome({ file: file.name, problem })
      announce(problem)
      return
    }
    const { doc, report } = alignTranslation(store.getState().history.present, opened.doc, language, (cue) =>
      opened.cueLines?.get(cue.id),
    )
    dispatch({ type: 'documentReplaced', doc, label: 'translation-import' })
    setOutcome({ file: file.name, report })
    announce(t('languages.import.done', { count: report.matched, language: label, unmatched: report.unmatched.length }))
  }
  return (
    <div className="languages__import">
      <input
        ref={input}
        type="file"
        accept=".vtt,.srt,.sbv,.json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void read(file)
        }}
      />
      <button type="button" onClick={() => input.current?.click()}>
        {t('languages.import.button', { language: label })}
      </button>
      {outcome ? <ImportReport outcome={outcome} language={language} /> : null}
    </div>
  )
}

function ImportReport({ outcome, language }: { outcome: Outcome; language: string }) {
  const { t } = useTranslation()
  if ('problem' in outcome) return <p className="field-error">{outcome.problem}</p>
  const { report } = outcome
  return (
    <div
      className="languages__report"
      role="group"
      aria-label={t('languages.import.reportLabel', { file: outcome.file })}
    >
      <p>{t('languages.import.matched', { count: report.matched, file: outcome.file })}</p>
      <ul>
        <li>{t('languages.import.needsCheck', { count: report.needsCheck })}</li>
        <li>{t('languages.import.untranslated', { count: report.untranslated })}</li>
        <li>{t('languages.import.unmatched', { count: report.unmatched.length })}</li>
      </ul>
      {report.unmatched.length > 0 ? (
        <ul className="languages__unmatched">
          {report.unmatched.slice(0, MAX_UNMATCHED_LISTED).map((u, i) => (
            <li key={`${u.startMs}-${i}`}>
              {u.line !== undefined
                ? t('languages.import.unmatchedLine', { line: u.line, time: formatClock(u.startMs) })
                : t('languages.import.unmatchedTime', { time: formatClock(u.startMs) })}{' '}
              <span lang={language}>{u.text.replace(/\n/g, ' ')}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
