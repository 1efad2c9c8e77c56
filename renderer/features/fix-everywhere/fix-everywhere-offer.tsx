/**
 * "Fix once, fixed everywhere": after a correction in one caption, a bar offers the same change in
 * the other places it occurs, with a preview, as one undo step, and keeps it in the project's
 * glossary. It never takes focus; its arrival is announced politely.
 */

import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { applyCorrection } from '../../../shared/edit/fix-everywhere'
import { useStore } from '../../state/store-context'
import { useAnnounce } from '../announcer'
import { useCorrectionWatch } from './use-correction-watch'
import './fix-everywhere.css'

const SHOWN = 3

/** The offer bar (nothing when there is no offer); the correction joins the project's glossary in the store. */
export function FixEverywhereOffer() {
  const { t } = useTranslation()
  const store = useStore()
  const announce = useAnnounce()
  const { offer, dismiss } = useCorrectionWatch(store)
  const count = offer?.places.reduce((n, p) => n + p.count, 0) ?? 0
  useEffect(() => {
    if (offer) announce(t('fixEverywhere.announce', { count, from: offer.correction.from, to: offer.correction.to }))
  }, [offer, count, announce, t])
  if (!offer) return null
  const { from, to } = offer.correction
  const doc = store.getState().history.present
  const numberOf = (id: string) => doc.cues.findIndex((c) => c.id === id) + 1
  const apply = () => {
    const result = applyCorrection(store.getState().history.present, offer.correction, offer.cueId)
    // The other places and the glossary entry are one undo step.
    store.dispatch({ type: 'correctionApplied', doc: result.doc, entry: { from, to } })
    dismiss()
    announce(t('fixEverywhere.done', { count: result.count, from, to }))
  }
  return (
    <section className="fix-everywhere" aria-labelledby="fix-everywhere-heading">
      <h2 id="fix-everywhere-heading" className="fix-everywhere__heading">
        {t('fixEverywhere.heading', { count, from, to })}
      </h2>
      <ul className="fix-everywhere__places" aria-label={t('fixEverywhere.preview')}>
        {offer.places.slice(0, SHOWN).map((p) => (
          <li key={p.cueId}>
            {t('fixEverywhere.place', {
              number: numberOf(p.cueId),
              text: doc.cues.find((c) => c.id === p.cueId)?.text.replace(/\n/g, ' ') ?? '',
            })}
          </li>
        ))}
        {offer.places.length > SHOWN ? (
          <li>{t('fixEverywhere.more', { count: offer.places.length - SHOWN })}</li>
        ) : null}
      </ul>
      <button type="button" className="primary" onClick={apply}>
        {t('fixEverywhere.apply', { count })}
      </button>{' '}
      <button type="button" onClick={dismiss}>
        {t('fixEverywhere.onlyHere')}
      </button>
    </section>
  )
}
