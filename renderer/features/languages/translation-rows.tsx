/**
 * The caption list with a working language: which rows it shows (all, those needing a translation,
 * those needing a check) and each row's translation. The filter belongs to the language: choosing
 * another one shows all captions again.
 */

import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cue } from '../../../shared/model/cue'
import type { CaptionDocument } from '../../../shared/model/document'
import { translationIndex, translationState, translationTrack } from '../../../shared/model/translation'
import { useEditor } from '../../state/store-context'
import { workingLanguageOf } from '../../state/editor-state'
import { languageLabel } from './language-names'
import type { RowTranslation } from './translation-cell'

/** Which captions the list shows. */
export type TranslationFilterKind = 'all' | 'missing' | 'needs-check'

/** The list's rows: how many, the caption index at each position and back, and each row's translation. */
export type TranslationRows = Readonly<{
  language?: string
  label?: string
  filter: TranslationFilterKind
  setFilter: (filter: TranslationFilterKind) => void
  filtered: boolean
  count: number
  counts: Readonly<Record<TranslationFilterKind, number>>
  indexAt: (position: number) => number
  positionOf: (index: number) => number
  translationOf: (cue: Cue) => RowTranslation | undefined
}>

/** The rows of `doc` for the working language; `column` is the translation cell's column number. */
export function useTranslationRows(doc: CaptionDocument, column: number): TranslationRows {
  const { t } = useTranslation()
  const language = useEditor(workingLanguageOf)
  const [chosen, setChosen] = useState<{ language?: string; kind: TranslationFilterKind }>({ kind: 'all' })
  const track = language ? translationTrack(doc, language) : undefined
  const filter = chosen.language === language && track ? chosen.kind : 'all'
  const label = language ? languageLabel(t, language) : undefined
  const shown = useMemo(() => {
    if (!track) return { indices: undefined, counts: { all: doc.cues.length, missing: 0, 'needs-check': 0 } }
    const counts = { all: doc.cues.length, missing: 0, 'needs-check': 0 }
    const indices: number[] = []
    doc.cues.forEach((cue, i) => {
      const state = translationState(track, cue)
      if (state !== 'done') counts[state]++
      if (filter === 'all' || state === filter) indices.push(i)
    })
    return { indices: filter === 'all' ? undefined : indices, counts }
  }, [doc.cues, track, filter])
  const indices = shown.indices
  const positions = useMemo(
    () => (indices ? new Map(indices.map((index, position) => [index, position])) : undefined),
    [indices],
  )
  return {
    ...(language ? { language } : {}),
    ...(label ? { label } : {}),
    filter,
    setFilter: (kind) => setChosen(language ? { language, kind } : { kind }),
    filtered: indices !== undefined,
    count: indices ? indices.length : doc.cues.length,
    counts: shown.counts,
    indexAt: (position) => (indices ? (indices[position] ?? -1) : position),
    positionOf: (index) => (positions ? (positions.get(index) ?? -1) : index),
    translationOf: (cue) => {
      if (!track || !language || !label) return undefined
      const entry = translationIndex(track).get(cue.id)
      return { language, label, text: entry?.text ?? '', state: translationState(track, cue), column }
    },
  }
}

/** The three filter buttons above the list, with how many captions each shows. */
export function TranslationFilter({ rows }: { rows: TranslationRows }) {
  const { t } = useTranslation()
  const kinds: readonly TranslationFilterKind[] = ['all', 'missing', 'needs-check']
  return (
    <div className="translation-filter" role="group" aria-label={t('languages.filter.label', { language: rows.label })}>
      <span aria-hidden="true">{t('languages.filter.show')}</span>
      {kinds.map((kind) => (
        <button key={kind} type="button" aria-pressed={rows.filter === kind} onClick={() => rows.setFilter(kind)}>
          {t(`languages.filter.${kind}`, { count: rows.counts[kind] })}
        </button>
      ))}
      <span role="status" className="panel__status">
        {rows.filtered && rows.count === 0 ? t(`languages.filter.empty.${rows.filter}`) : ''}
      </span>
    </div>
  )
}
