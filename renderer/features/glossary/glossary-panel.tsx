/** The project glossary: names and terms automated captions get wrong, fixed everywhere with a preview. */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applyGlossary } from '../../../shared/quality/glossary'
import { currentGlossary } from '../../state/editor-state'
import { useDispatch, useEditor } from '../../state/store-context'
import { keepVersionBefore } from '../versions'

/** The glossary panel: the glossary lives in the editor store (undoable, and it feeds the quality checks). */
export function GlossaryPanel() {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const doc = useEditor((s) => s.history.present)
  const glossary = useEditor(currentGlossary)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const preview = applyGlossary(doc, glossary)
  return (
    <section className="panel glossary" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">{t('glossary.heading')}</h2>
      <p>{t('glossary.intro')}</p>
      {glossary.length === 0 ? <p className="panel__empty">{t('glossary.empty')}</p> : null}
      <ul className="glossary__list">
        {glossary.map((entry, i) => (
          <li key={`${entry.from}-${i}`}>
            <span>
              “{entry.from}” → “{entry.to}”
            </span>{' '}
            <button type="button" onClick={() => dispatch({ type: 'glossaryEntryRemoved', index: i })} aria-label={t('glossary.removeLabel', { from: entry.from })}>
              {t('glossary.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="glossary__add"
        onSubmit={(e) => {
          e.preventDefault()
          if (!from.trim() || !to.trim()) return
          dispatch({ type: 'glossaryEntryAdded', entry: { from, to } })
          setFrom('')
          setTo('')
        }}
      >
        <span className="field">
          <label htmlFor="glossary-from">{t('glossary.from')}</label>
          <input id="glossary-from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </span>
        <span className="field">
          <label htmlFor="glossary-to">{t('glossary.to')}</label>
          <input id="glossary-to" value={to} onChange={(e) => setTo(e.target.value)} />
        </span>
        <button type="submit">{t('glossary.add')}</button>
      </form>
      <p role="status" className="panel__status">
        {t('glossary.status', { count: preview.count })}
      </p>
      {preview.changes.length > 0 ? (
        <details className="panel__preview" open>
          <summary>{t('find.preview', { count: preview.changes.length })}</summary>
          <ul>
            {preview.changes.slice(0, 50).map((c) => (
              <li key={c.cueId}>
                <del>{c.before}</del>
                <ins>{c.after}</ins>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <button type="button" className="primary" disabled={preview.count === 0} onClick={() => {
          void keepVersionBefore('glossary')
          dispatch({ type: 'documentReplaced', doc: preview.doc, label: 'glossary' })
          // The button is disabled once the glossary is applied: keep focus in the panel, not on the page.
          document.getElementById('glossary-from')?.focus()
        }}>
        {t('glossary.apply', { count: preview.count })}
      </button>
    </section>
  )
}
