/**
 * Before/after preview of the automated-caption clean-up: YouTube's "rolling" captions repeat every
 * line across cues; Eglur rebuilds them into readable captions. The editor sees both and chooses.
 */

import { useTranslation } from 'react-i18next'
import type { CaptionDocument } from '../../../shared/model/document'
import { formatShortClock } from '../../../shared/model/time'

/** Props: both versions and the choice. */
export type CleanupPreviewProps = Readonly<{ before: CaptionDocument; after: CaptionDocument; onChoose: (choice: 'cleaned' | 'original') => void }>

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

/** The preview panel. */
export function CleanupPreview({ before, after, onChoose }: CleanupPreviewProps) {
  const { t } = useTranslation()
  return (
    <section className="panel cleanup-preview" aria-labelledby="cleanup-heading">
      <h2 id="cleanup-heading">{t('cleanup.heading')}</h2>
      <p>{t('cleanup.explain', { before: before.cues.length, after: after.cues.length })}</p>
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
