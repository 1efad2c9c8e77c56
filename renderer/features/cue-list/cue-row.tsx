/** One caption's row in the list: number, times, length, speed, speaker, text and, beside it, the working language's translation. */

import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cue } from '../../../shared/model/cue'
import type { CueId } from '../../../shared/model/ids'
import type { RuleId } from '../../../shared/quality/finding'
import type { SpeakerBadge } from '../speakers/speaker-badge'
import { SpeakerChip } from '../speakers/speaker-chip'
import { TranslationCell, translationRowLabel, type RowTranslation } from '../languages/translation-cell'
import { charsPerSecond } from './cue-metrics'
import { formatTenthsClock } from '../../../shared/model/time'

/** The row's height in px (the list is virtualised on it). */
export const ROW_HEIGHT = 32

/** Props of one row; `position` is its place in the rows shown (a filter may hide others). */
export type CueRowProps = Readonly<{
  cue: Cue
  index: number
  position: number
  top: number
  current: boolean
  selected: boolean
  speakerName?: string
  badge?: SpeakerBadge
  withHours: boolean
  problem: boolean
  problemKind?: RuleId
  /** Chooses this row's caption (`extend`: add to or take from the selection); the same function for every row. */
  onSelect: (id: CueId, extend: boolean) => void
  onActivate?: () => void
  translation?: RowTranslation
}>

/**
 * A caption row of the grid. Typing changes one caption, so the list re-renders on every keystroke:
 * a row whose props are unchanged (same caption object, same place and marks) is not rendered again.
 */
export const CueRow = memo(function CueRow({
  cue,
  index,
  position,
  top,
  current,
  selected,
  speakerName,
  badge,
  withHours,
  problem,
  problemKind,
  onSelect,
  onActivate,
  translation,
}: CueRowProps) {
  const { t } = useTranslation()
  const kind = cue.kind && cue.kind !== 'speech' ? t(`cueKind.${cue.kind}`) : undefined
  const duration = ((cue.endMs - cue.startMs) / 1000).toFixed(1)
  const start = formatTenthsClock(cue.startMs, withHours)
  const end = formatTenthsClock(cue.endMs, withHours)
  const problemText = problemKind ? t(`problems.short.${problemKind}`) : t('cueList.problem')
  // The row's name is what a screen reader says on arrowing to it: number, times, speaker, text.
  const own = t(speakerName ? 'cueList.rowLabelSpeaker' : 'cueList.rowLabel', {
    number: index + 1,
    start,
    end,
    speaker: speakerName,
    text: `${kind ? `${kind}: ` : ''}${cue.text.replace(/\n/g, ' ')}`,
  })
  const label = translation ? `${own} ${translationRowLabel(t, translation)}` : own
  return (
    <div
      id={`cue-row-${cue.id}`}
      role="row"
      aria-label={problem ? `${label} ${t('cueList.problemLabel', { kind: problemText })}` : label}
      aria-rowindex={position + 2}
      aria-selected={selected || current}
      aria-current={current ? 'true' : undefined}
      className={`cue-row${current ? ' cue-row--current' : ''}${selected ? ' cue-row--selected' : ''}${problem ? ' cue-row--problem' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={(e) => onSelect(cue.id, e.ctrlKey || e.metaKey)}
      onDoubleClick={() => onActivate?.()}
    >
      <span role="gridcell" aria-colindex={1} className="cue-row__number">
        {index + 1}
      </span>
      <span role="gridcell" aria-colindex={2}>
        {start}
      </span>
      <span role="gridcell" aria-colindex={3}>
        {end}
      </span>
      <span role="gridcell" aria-colindex={4}>
        {t('cueList.seconds', { value: duration })}
      </span>
      <span role="gridcell" aria-colindex={5}>
        {charsPerSecond(cue)}
      </span>
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
      {translation ? <TranslationCell translation={translation} /> : null}
    </div>
  )
}, sameRow)

/** Props compared by identity, except the translation, which the list builds afresh each time. */
function sameRow(a: CueRowProps, b: CueRowProps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof CueRowProps)[])
  for (const key of keys) if (key !== 'translation' && a[key] !== b[key]) return false
  const x = a.translation
  const y = b.translation
  return (
    x === y ||
    (!!x &&
      !!y &&
      x.language === y.language &&
      x.label === y.label &&
      x.text === y.text &&
      x.state === y.state &&
      x.column === y.column)
  )
}
