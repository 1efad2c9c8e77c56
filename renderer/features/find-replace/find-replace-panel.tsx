/** Find and replace across all captions: whole word, match case, regular expression, with a preview before replace-all. */

import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { compileQuery, findAll, replaceAll, type FindQuery } from '../../../shared/edit/find-replace'
import { useDispatch, useEditor } from '../../state/store-context'
import { keepVersionBefore } from '../versions'

const PREVIEW_LIMIT = 50

/** The find-and-replace panel. */
export function FindReplacePanel({ onClose }: { onClose?: () => void }) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const doc = useEditor((s) => s.history.present)
  const [query, setQuery] = useState<FindQuery>({ text: '', caseSensitive: false, wholeWord: false, regex: false })
  const [replacement, setReplacement] = useState('')
  const [matchIndex, setMatchIndex] = useState(0)
  const compiled = compileQuery(query)
  const matches = useMemo(() => (query.text ? findAll(doc, query) : []), [doc, query])
  const preview = useMemo(
    () => (query.text ? replaceAll(doc, query, replacement) : undefined),
    [doc, query, replacement],
  )

  const go = (delta: number) => {
    if (matches.length === 0) return
    const next = (matchIndex + delta + matches.length) % matches.length
    setMatchIndex(next)
    dispatch({ type: 'cueSelected', id: matches[next]!.cueId })
  }
  const option = (key: 'caseSensitive' | 'wholeWord' | 'regex', label: string) => (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={query[key] ?? false}
        onChange={(e) => setQuery({ ...query, [key]: e.target.checked })}
      />
      {label}
    </label>
  )

  return (
    <section className="panel find-replace" aria-labelledby="find-heading">
      <h2 id="find-heading">{t('find.heading')}</h2>
      <div className="field">
        <label htmlFor="find-text">{t('find.find')}</label>
        <input
          id="find-text"
          autoFocus
          value={query.text}
          aria-describedby="find-status"
          onChange={(e) => setQuery({ ...query, text: e.target.value })}
          onKeyDown={(e) => e.key === 'Enter' && go(e.shiftKey ? -1 : 1)}
        />
      </div>
      <div className="field">
        <label htmlFor="replace-text">{t('find.replaceWith')}</label>
        <input id="replace-text" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
      </div>
      <div className="panel__options">
        {option('wholeWord', t('find.wholeWord'))}
        {option('caseSensitive', t('find.matchCase'))}
        {option('regex', t('find.regex'))}
      </div>
      <p id="find-status" role="status" className="panel__status">
        {!compiled.ok && compiled.code === 'invalid-regex'
          ? t('find.invalidRegex')
          : query.text
            ? t('find.count', { count: matches.length })
            : ''}
      </p>
      <div className="panel__buttons">
        <button type="button" onClick={() => go(-1)} disabled={matches.length === 0}>
          {t('find.previous')}
        </button>
        <button type="button" onClick={() => go(1)} disabled={matches.length === 0}>
          {t('find.next')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!preview || preview.count === 0}
          onClick={() => {
            void keepVersionBefore('replace-all', `${query.text} → ${replacement}`)
            dispatch({ type: 'replaceAllApplied', query, replacement })
            // The button is disabled once nothing is left to replace: keep focus in the panel, not on the page.
            document.getElementById('find-text')?.focus()
          }}
        >
          {t('find.replaceAll', { count: preview?.count ?? 0 })}
        </button>
        {onClose ? (
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        ) : null}
      </div>
      {preview && preview.changes.length > 0 ? (
        <details className="panel__preview" open aria-labelledby="find-preview-summary">
          <summary id="find-preview-summary">{t('find.preview', { count: preview.changes.length })}</summary>
          <ul>
            {preview.changes.slice(0, PREVIEW_LIMIT).map((change) => (
              <li key={change.cueId}>
                <del>{change.before}</del>
                <ins>{change.after}</ins>
              </li>
            ))}
          </ul>
          {preview.changes.length > PREVIEW_LIMIT ? (
            <p>{t('find.more', { count: preview.changes.length - PREVIEW_LIMIT })}</p>
          ) : null}
        </details>
      ) : null}
    </section>
  )
}
