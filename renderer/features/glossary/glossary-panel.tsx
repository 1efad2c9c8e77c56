/** The project glossary: names and terms automated captions get wrong, fixed everywhere with a preview. */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applyGlossary, type GlossaryEntry } from '../../../shared/quality/glossary'
import { currentGlossary } from '../../state/editor-state'
import { useDispatch, useEditor } from '../../state/store-context'
import { keepVersionBefore } from '../versions'

/** The glossary panel: the glossary lives in the editor store (undoable, and it feeds the quality checks). */
export function GlossaryPanel() {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const doc = useEditor((s) => s.history.present)
  const glossary = useEditor(currentGlossary)
  const form = useEntryForm(glossary)
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
            <button
              type="button"
              onClick={() => form.edit(i)}
              aria-label={t('glossary.editLabel', { from: entry.from })}
            >
              {t('glossary.edit')}
            </button>{' '}
            <button
              type="button"
              onClick={() => dispatch({ type: 'glossaryEntryRemoved', index: i })}
              aria-label={t('glossary.removeLabel', { from: entry.from })}
            >
              {t('glossary.remove')}
            </button>
          </li>
        ))}
      </ul>
      <EntryForm form={form} />
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
      <button
        type="button"
        className="primary"
        disabled={preview.count === 0}
        onClick={() => {
          void keepVersionBefore('glossary')
          dispatch({ type: 'documentReplaced', doc: preview.doc, label: 'glossary' })
          // The button is disabled once the glossary is applied: keep focus in the panel, not on the page.
          document.getElementById('glossary-from')?.focus()
        }}
      >
        {t('glossary.apply', { count: preview.count })}
      </button>
    </section>
  )
}

/** An entry being changed: where it was and its words when the editing began (an undo may move or take it). */
type Editing = Readonly<{ index: number; from: string }>

/** The words in the form, and whether they add an entry or change one. */
type EntryFormState = ReturnType<typeof useEntryForm>

function useEntryForm(glossary: readonly GlossaryEntry[]) {
  const dispatch = useDispatch()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [editing, setEditing] = useState<Editing | undefined>()
  const reset = () => {
    setFrom('')
    setTo('')
    setEditing(undefined)
  }
  const edit = (index: number) => {
    const entry = glossary[index]!
    setEditing({ index, from: entry.from })
    setFrom(entry.from)
    setTo(entry.to)
    document.getElementById('glossary-from')?.focus()
  }
  const submit = () => {
    if (!from.trim() || !to.trim()) return
    // The entry being edited is still where it was: it changes; otherwise (undone meanwhile) the words are added.
    const same = editing && glossary[editing.index]?.from === editing.from ? glossary[editing.index] : undefined
    dispatch(
      same && editing
        ? { type: 'glossaryEntryEdited', index: editing.index, entry: { ...same, from, to } }
        : { type: 'glossaryEntryAdded', entry: { from, to } },
    )
    reset()
  }
  return { from, setFrom, to, setTo, editing: editing !== undefined, edit, submit, reset }
}

function EntryForm({ form }: { form: EntryFormState }) {
  const { t } = useTranslation()
  return (
    <form
      className="glossary__add"
      onSubmit={(e) => {
        e.preventDefault()
        form.submit()
      }}
    >
      <span className="field">
        <label htmlFor="glossary-from">{t('glossary.from')}</label>
        <input id="glossary-from" value={form.from} onChange={(e) => form.setFrom(e.target.value)} />
      </span>
      <span className="field">
        <label htmlFor="glossary-to">{t('glossary.to')}</label>
        <input id="glossary-to" value={form.to} onChange={(e) => form.setTo(e.target.value)} />
      </span>
      <button type="submit">{form.editing ? t('glossary.save') : t('glossary.add')}</button>
      {form.editing ? (
        <button type="button" onClick={form.reset}>
          {t('common.cancel')}
        </button>
      ) : null}
    </form>
  )
}
