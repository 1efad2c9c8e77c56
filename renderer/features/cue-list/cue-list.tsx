/**
 * The cue list: a virtualised grid (only visible rows are in the DOM, so 10,000 cues scroll freely).
 *
 * It is one tab stop; arrow keys move the current cue and `aria-activedescendant` tells screen
 * readers which row is current. Rows carry `aria-rowindex` so position is announced correctly
 * although most rows are not rendered.
 */

import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cue } from '../../../shared/model/cue'
import { findSpeaker } from '../../../shared/model/speaker'
import type { RuleId } from '../../../shared/quality/finding'
import { useDispatch, useEditor } from '../../app/store-context'
import { speakerBadge, type SpeakerBadge } from '../speakers/speaker-badge'
import { SpeakerChip } from '../speakers/speaker-chip'
import { charsPerSecond, needsHours } from './cue-metrics'
import { formatTenthsClock } from '../../../shared/model/time'

const ROW_HEIGHT = 32

/** Props: `onActivate` moves focus to the text editor (Enter on a row); problem cues, with the kind of their first problem when known. */
export type CueListProps = Readonly<{ onActivate?: () => void; problemCueIds?: ReadonlySet<string> | ReadonlyMap<string, RuleId> }>

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
  const virtualizer = useVirtualizer({
    count: doc.cues.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const currentIndex = doc.cues.findIndex((c) => c.id === currentId)
  const withHours = needsHours(doc.cues)

  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' })
  }, [currentIndex, virtualizer])

  const move = (index: number, extend = false) => {
    const cue = doc.cues[Math.max(0, Math.min(doc.cues.length - 1, index))]
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
      End: () => move(doc.cues.length - 1),
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
    <div className="cue-list">
      <CueListHeader />
      <div
        ref={scrollRef}
        className="cue-list__scroll"
        role="grid"
        tabIndex={0}
        aria-label={t('cueList.label', { count: doc.cues.length })}
        aria-rowcount={doc.cues.length + 1}
        aria-colcount={COLUMNS.length}
        aria-multiselectable="true"
        aria-activedescendant={currentId ? `cue-row-${currentId}` : undefined}
        aria-describedby="cue-list-help"
        onKeyDown={onKeyDown}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="presentation">
          {virtualizer.getVirtualItems().map((item) => {
            const cue = doc.cues[item.index]!
            return (
              <CueRow
                key={cue.id}
                cue={cue}
                index={item.index}
                top={item.start}
                current={cue.id === currentId}
                selected={selected.includes(cue.id)}
                speakerName={findSpeaker(doc.speakers, cue.speakerId)?.name}
                badge={speakerBadge(doc.speakers, cue.speakerId)}
                withHours={withHours}
                problem={problemCueIds?.has(cue.id) ?? false}
                problemKind={problemCueIds instanceof Map ? problemCueIds.get(cue.id) : undefined}
                onSelect={(extend) => dispatch({ type: 'cueSelected', id: cue.id, extend })}
                onActivate={onActivate}
              />
            )
          })}
        </div>
        <ColumnHeaders />
      </div>
    </div>
  )
}

/**
 * The column headers for assistive technology: a row inside the grid (first by `aria-rowindex`,
 * last in the DOM so the caption rows come first for scripts counting rows from the top) that is
 * hidden on screen, where the visible headers above the list stand for it.
 */
function ColumnHeaders() {
  const { t } = useTranslation()
  return (
    <div role="row" aria-rowindex={1} className="visually-hidden" id="cue-list-column-headers">
      {COLUMNS.map((column, i) => (
        <span key={column} role="columnheader" aria-colindex={i + 1} id={`cue-col-${column}`}>
          {t(`cueList.columns.${column}`)}
        </span>
      ))}
    </div>
  )
}

/** The list's key help (its accessible description) and the visible column titles (screen readers get {@link ColumnHeaders}). */
function CueListHeader() {
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
      </div>
    </>
  )
}

type CueRowProps = Readonly<{
  cue: Cue
  index: number
  top: number
  current: boolean
  selected: boolean
  speakerName?: string
  badge?: SpeakerBadge
  withHours: boolean
  problem: boolean
  problemKind?: RuleId
  onSelect: (extend: boolean) => void
  onActivate?: () => void
}>

function CueRow({ cue, index, top, current, selected, speakerName, badge, withHours, problem, problemKind, onSelect, onActivate }: CueRowProps) {
  const { t } = useTranslation()
  const kind = cue.kind && cue.kind !== 'speech' ? t(`cueKind.${cue.kind}`) : undefined
  const duration = ((cue.endMs - cue.startMs) / 1000).toFixed(1)
  const start = formatTenthsClock(cue.startMs, withHours)
  const end = formatTenthsClock(cue.endMs, withHours)
  const problemText = problemKind ? t(`problems.short.${problemKind}`) : t('cueList.problem')
  // The row's name is what a screen reader says on arrowing to it: number, times, speaker, text.
  const label = t(speakerName ? 'cueList.rowLabelSpeaker' : 'cueList.rowLabel', {
    number: index + 1,
    start,
    end,
    speaker: speakerName,
    text: `${kind ? `${kind}: ` : ''}${cue.text.replace(/\n/g, ' ')}`,
  })
  return (
    <div
      id={`cue-row-${cue.id}`}
      role="row"
      aria-label={problem ? `${label} ${t('cueList.problemLabel', { kind: problemText })}` : label}
      aria-rowindex={index + 2}
      aria-selected={selected || current}
      aria-current={current ? 'true' : undefined}
      className={`cue-row${current ? ' cue-row--current' : ''}${selected ? ' cue-row--selected' : ''}${problem ? ' cue-row--problem' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={(e) => onSelect(e.ctrlKey || e.metaKey)}
      onDoubleClick={() => onActivate?.()}
    >
      <span role="gridcell" aria-colindex={1} className="cue-row__number">{index + 1}</span>
      <span role="gridcell" aria-colindex={2}>{start}</span>
      <span role="gridcell" aria-colindex={3}>{end}</span>
      <span role="gridcell" aria-colindex={4}>{t('cueList.seconds', { value: duration })}</span>
      <span role="gridcell" aria-colindex={5}>{charsPerSecond(cue)}</span>
      <span role="gridcell" aria-colindex={6} className="cue-row__speaker">
        <SpeakerChip badge={badge} />
        {speakerName ?? ''}
      </span>
      <span role="gridcell" aria-colindex={7} className="cue-row__text">
        {/* The kind of problem comes first, so a long caption's text never cuts it off. */}
        {problem ? <span className="cue-row__problem">{problemText}</span> : null}
        {kind ? <span className="cue-row__kind">{kind}: </span> : null}
        {cue.text.replace(/\n/g, ' / ')}
      </span>
    </div>
  )
}
