/**
 * The cue list: a virtualised grid (only visible rows are in the DOM, so 10,000 cues scroll freely).
 *
 * It is one tab stop; arrow keys move the current cue and `aria-activedescendant` tells screen
 * readers which row is current. Rows carry `aria-rowindex` so position is announced correctly
 * although most rows are not rendered.
 */

import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CueId } from '../../../shared/model/ids'
import type { Speaker } from '../../../shared/model/speaker'
import type { RuleId } from '../../../shared/quality/finding'
import { useDispatch, useEditor } from '../../state/store-context'
import { speakerBadge } from '../speakers/speaker-badge'
import { useTranslationRows, TranslationFilter } from '../languages/translation-rows'
import { cueIndexOf } from '../cue-editor/cue-index'
import { needsHours } from './cue-metrics'
import { CueRow, ROW_HEIGHT } from './cue-row'

/** Props: `onActivate` moves focus to the text editor (Enter on a row); problem cues, with the kind of their first problem when known. */
export type CueListProps = Readonly<{
  onActivate?: () => void
  problemCueIds?: ReadonlySet<string> | ReadonlyMap<string, RuleId>
}>

/** The columns, in order (their headers are the grid's column headers). */
const COLUMNS = ['number', 'start', 'end', 'duration', 'cps', 'speaker', 'text'] as const

/** The virtualised cue list. */
export function CueList({ onActivate, problemCueIds }: CueListProps) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const doc = useEditor((s) => s.history.present)
  const currentId = useEditor((s) => s.currentCueId)
  const selected = useEditor((s) => s.selectedIds)
  const scrollRef = useRef<HTMLDivElement>(null)
  // With a working language: its translations beside the text, and a filter by where they stand.
  const rows = useTranslationRows(doc, COLUMNS.length + 1)
  const virtualizer = useVirtualizer({
    count: rows.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const currentIndex = rows.positionOf(cueIndexOf(doc.cues, currentId))
  const withHours = needsHours(doc.cues)
  const { badges, select, activate } = useSteadyRowProps(doc.speakers, onActivate)

  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' })
  }, [currentIndex, virtualizer])

  const move = (position: number, extend = false) => {
    const cue = doc.cues[rows.indexAt(Math.max(0, Math.min(rows.count - 1, position)))]
    if (cue) dispatch({ type: 'cueSelected', id: cue.id, extend })
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 320) / ROW_HEIGHT) - 1)
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(currentIndex + 1),
      ArrowUp: () => move(currentIndex - 1),
      PageDown: () => move(currentIndex + page),
      PageUp: () => move(currentIndex - page),
      Home: () => move(0),
      End: () => move(rows.count - 1),
      Enter: () => onActivate?.(),
      ' ': () => currentId && dispatch({ type: 'cueSelected', id: currentId, extend: true }),
    }
    const action = keys[event.key]
    if (action && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      action()
    }
  }

  return (
    <div className={`cue-list${rows.language ? ' cue-list--translated' : ''}`}>
      {rows.language ? <TranslationFilter rows={rows} /> : null}
      <CueListHeader translationLabel={rows.label} />
      <div
        ref={scrollRef}
        className="cue-list__scroll"
        role="grid"
        tabIndex={0}
        aria-label={
          rows.filtered
            ? t('languages.filter.listLabel', { count: rows.count, total: doc.cues.length })
            : t('cueList.label', { count: doc.cues.length })
        }
        aria-rowcount={rows.count + 1}
        aria-colcount={COLUMNS.length + (rows.language ? 1 : 0)}
        aria-multiselectable="true"
        aria-activedescendant={currentId && currentIndex >= 0 ? `cue-row-${currentId}` : undefined}
        aria-describedby="cue-list-help"
        onKeyDown={onKeyDown}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="presentation">
          {virtualizer.getVirtualItems().map((item) => {
            const index = rows.indexAt(item.index)
            const cue = doc.cues[index]!
            const translation = rows.translationOf(cue)
            const badge = cue.speakerId === undefined ? undefined : badges.get(cue.speakerId)
            return (
              <CueRow
                key={cue.id}
                cue={cue}
                index={index}
                position={item.index}
                top={item.start}
                {...(translation ? { translation } : {})}
                current={cue.id === currentId}
                selected={selected.includes(cue.id)}
                speakerName={badge?.name}
                badge={badge}
                withHours={withHours}
                problem={problemCueIds?.has(cue.id) ?? false}
                problemKind={problemCueIds instanceof Map ? problemCueIds.get(cue.id) : undefined}
                onSelect={select}
                onActivate={activate}
              />
            )
          })}
        </div>
        <ColumnHeaders translationLabel={rows.label} />
      </div>
    </div>
  )
}

/**
 * What every row is given, kept the same object while typing so unchanged rows are not rendered
 * again: each speaker's badge (until the speakers change), one select function, and an activate
 * function that calls the latest `onActivate`.
 */
function useSteadyRowProps(speakers: readonly Speaker[], onActivate: (() => void) | undefined) {
  const dispatch = useDispatch()
  const badges = useMemo(
    () =>
      new Map(
        speakers.flatMap((s) => {
          const badge = speakerBadge(speakers, s.id)
          return badge ? [[s.id as string, badge] as const] : []
        }),
      ),
    [speakers],
  )
  const select = useCallback((id: CueId, extend: boolean) => dispatch({ type: 'cueSelected', id, extend }), [dispatch])
  const activateRef = useRef(onActivate)
  useEffect(() => {
    activateRef.current = onActivate
  })
  const activate = useCallback(() => activateRef.current?.(), [])
  return { badges, select, activate }
}

/**
 * The column headers for assistive technology: a row inside the grid (first by `aria-rowindex`,
 * last in the DOM so the caption rows come first for scripts counting rows from the top) that is
 * hidden on screen, where the visible headers above the list stand for it.
 */
const ColumnHeaders = memo(function ColumnHeaders({ translationLabel }: { translationLabel: string | undefined }) {
  const { t } = useTranslation()
  return (
    <div role="row" aria-rowindex={1} className="visually-hidden" id="cue-list-column-headers">
      {COLUMNS.map((column, i) => (
        <span key={column} role="columnheader" aria-colindex={i + 1} id={`cue-col-${column}`}>
          {t(`cueList.columns.${column}`)}
        </span>
      ))}
      {translationLabel ? (
        <span role="columnheader" aria-colindex={COLUMNS.length + 1} id="cue-col-translation">
          {translationLabel}
        </span>
      ) : null}
    </div>
  )
})

/** The list's key help (its accessible description) and the visible column titles (screen readers get {@link ColumnHeaders}). */
const CueListHeader = memo(function CueListHeader({ translationLabel }: { translationLabel: string | undefined }) {
  const { t } = useTranslation()
  return (
    <>
      <p id="cue-list-help" className="visually-hidden">
        {t('cueList.help')}
      </p>
      <div className="cue-list__header" role="presentation" aria-hidden="true">
        <span>#</span>
        <span>{t('cueList.start')}</span>
        <span>{t('cueList.end')}</span>
        <span>{t('cueList.duration')}</span>
        <span title={t('cueList.columns.cps')}>{t('cueList.cps')}</span>
        <span>{t('cueList.speaker')}</span>
        <span>{t('cueList.text')}</span>
        {translationLabel ? <span>{translationLabel}</span> : null}
      </div>
    </>
  )
})
