/**
 * Live meters beside the caption text: one per line (characters against the profile's limit, a
 * guide at the limit, and "over" in words and a sign when past it, never colour alone) and the
 * reading speed in the measure nearest its limit. Recomputed from the text on every keystroke.
 */

import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { StyleProfile } from '../../../shared/model/style-profile'
import type { CueKind } from '../../../shared/model/cue'
import { GUIDE_AT, measureCaption, meterFill, type LineMeter, type ReadingSpeed } from './caption-meters'

/** Props: the caption as it is now and the profile it is measured against; `speedId` names the speed line (a text box's description), when two sets of meters share the editor. */
export type CueMetersProps = Readonly<{
  text: string
  durationMs: number
  kind: CueKind
  profile: StyleProfile
  speedId?: string
}>

/** One line's meter; the line typed in changes, the others are not rendered again. */
const LineRow = memo(
  function LineRow({ line, maxLines }: { line: LineMeter; maxLines: number }) {
    const { t } = useTranslation()
    const bad = line.over > 0 || line.extra
    const said = line.extra
      ? t('cueTools.lineExtraSaid', { number: line.number, max: maxLines })
      : line.over > 0
        ? t('cueTools.lineOverSaid', { number: line.number, chars: line.chars, max: line.max, over: line.over })
        : t('cueTools.lineSaid', { number: line.number, chars: line.chars, max: line.max })
    return (
      <li className={`line-meter${bad ? ' line-meter--over' : ''}`} data-line={line.number}>
        <span className="visually-hidden">{said}</span>
        <span className="line-meter__track" aria-hidden="true">
          <span className="line-meter__fill" style={{ width: `${meterFill(line) * 100}%` }} />
          {line.over > 0 ? (
            <span
              className="line-meter__overflow"
              style={{ left: `${GUIDE_AT * 100}%`, width: `${(meterFill(line) - GUIDE_AT) * 100}%` }}
            />
          ) : null}
          <span className="line-meter__guide" style={{ left: `${GUIDE_AT * 100}%` }} />
        </span>
        <span className="line-meter__count" aria-hidden="true">
          {line.extra ? t('cueTools.lineExtra') : t('cueTools.lineCount', { chars: line.chars, max: line.max })}
          {line.over > 0 && !line.extra ? (
            <strong className="line-meter__over">{t('cueTools.lineOver', { over: line.over })}</strong>
          ) : null}
        </span>
      </li>
    )
  },
  (a, b) => a.maxLines === b.maxLines && sameLine(a.line, b.line),
)

const sameLine = (a: LineMeter, b: LineMeter): boolean =>
  a.number === b.number && a.chars === b.chars && a.max === b.max && a.over === b.over && a.extra === b.extra

function Speed({ speed }: { speed: ReadingSpeed }) {
  const { t } = useTranslation()
  const value = t(speed.measure === 'chars-per-second' ? 'cueTools.charsPerSecond' : 'cueTools.wordsPerMinute', {
    value: speed.value,
  })
  return (
    <>
      <span className="reading-speed__value">{value}</span>{' '}
      <span className="reading-speed__limit">{t('cueTools.upTo', { max: speed.max })}</span>{' '}
      <strong className="reading-speed__verdict">
        {speed.over ? `▲ ${t('cueTools.tooFast')}` : `✓ ${t('cueTools.fine')}`}
      </strong>
    </>
  )
}

/** The line meters and the reading speed for the caption being edited. */
export function CueMeters({ text, durationMs, kind, profile, speedId = 'cue-meters-speed' }: CueMetersProps) {
  const { t } = useTranslation()
  const meters = measureCaption(text, durationMs, profile, kind)
  const over = meters.speed?.over ?? false
  return (
    <div className="cue-meters">
      <ul className="cue-meters__lines" aria-label={t('cueTools.lines')}>
        {meters.lines.map((line) => (
          <LineRow key={line.number} line={line} maxLines={profile.maxLines} />
        ))}
      </ul>
      <p id={speedId} className={`reading-speed${over ? ' reading-speed--over' : ''}`}>
        <span className="reading-speed__name">{t('cueTools.readingSpeed')}</span>{' '}
        {kind === 'heading' ? (
          <span className="reading-speed__value">{t('cueTools.headingNoSpeed')}</span>
        ) : meters.noTime ? (
          <strong className="reading-speed__verdict">▲ {t('cueTools.noTime')}</strong>
        ) : meters.speed ? (
          <Speed speed={meters.speed} />
        ) : (
          <span className="reading-speed__value">{t('cueTools.noText')}</span>
        )}
      </p>
    </div>
  )
}
