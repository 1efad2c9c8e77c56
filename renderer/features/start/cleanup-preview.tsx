/**
 * Before/after preview of the automated-caption clean-up: YouTube's "rolling" captions repeat every
 * line across cues; Eglur rebuilds them into readable captions, cut where the speech breaks, with
 * capitals and full stops suggested. The editor sees both, with what was done, and chooses.
 */

import { useTranslation } from 'react-i18next'
import type { TidySummary } from '../../../shared/formats/types'
import type { CaptionDocument } from '../../../shared/model/document'
import { formatShortClock } from '../../../shared/model/time'

/** Props: both versions, what the tidy-up did, and the choice. */
export type CleanupPreviewProps = Readonly<{
  before: CaptionDocument
  after: CaptionDocument
  tidy?: TidySummary
  onChoose: (choice: 'cleaned' | 'original') => void
}>

const SHOWN = 6

function Column({ heading, doc, id }: { heading: string; doc: CaptionDocument; id: string }) {
  return (
    <section className="cleanup-preview__column" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {/* The list scrolls (max-height in start.css), so it takes focus for keyboard scrolling (WCAG 2.1.1). */}
      <ol tabIndex={0} aria-labelledby={id}>
        {doc.cues.slice(0, SHOWN).map((cue) => (
          <li key={cue.id}>
            <span className="cleanup-preview__time">{formatShortClock(cue.startMs)}</span> {cue.text}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** What the tidy-up did, as a list the screen reader reads item by item. */
function TidyCounts({ tidy }: { tidy: TidySummary }) {
  const { t } = useTranslation()
  return (
    <ul className="cleanup-preview__counts" aria-label={t('cleanup.tidy.label')}>
      <li>{t('cleanup.tidy.speakerChanges', { count: tidy.speakerChanges })}</li>
      <li>{t('cleanup.tidy.capitals', { count: tidy.capitals })}</li>
      <li>{t('cleanup.tidy.fullStops', { count: tidy.fullStops })}</li>
      <li>{t(tidy.pausesFrom === 'audio' ? 'cleanup.tidy.fromAudio' : 'cleanup.tidy.fromWords')}</li>
    </ul>
  )
}

/** The preview panel. */
export function CleanupPreview({ before, after, tidy, onChoose }: CleanupPreviewProps) {
  const { t } = useTranslation()
  return (
    <section className="panel cleanup-preview" aria-labelledby="cleanup-heading">
      <h2 id="cleanup-heading">{t('cleanup.heading')}</h2>
      <p>{t('cleanup.explain', { before: before.cues.length, after: after.cues.length })}</p>
      {tidy ? <TidyCounts tidy={tidy} /> : null}
      <div className="cleanup-preview__columns">
        <Column heading={t('cleanup.before', { count: before.cues.length })} doc={before} id="cleanup-before" />
        <Column heading={t('cleanup.after', { count: after.cues.length })} doc={after} id="cleanup-after" />
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => onChoose('cleaned')} autoFocus>
          {t('cleanup.useCleaned')}
        </button>
        <button type="button" onClick={() => onChoose('original')}>
          {t('cleanup.keepOriginal')}
        </button>
      </div>
    </section>
  )
}
