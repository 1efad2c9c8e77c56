/**
 * The Plain English panel: reading ease, reading age and counts of the transcript, then each long
 * sentence, passive sentence and wordy word in time order. Each time is a link choosing its caption
 * (the video goes there); a wordy word has a button putting the plainer one in, one undo step.
 */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CueId } from '../../../shared/model/ids'
import { formatShortClock } from '../../../shared/model/time'
import { applyPlainerWord } from '../../../shared/transcript/plainer-words'
import { lacksFullStops, type DocumentReport } from '../../../shared/transcript/readability'
import { useDispatch, useStore } from '../../state/store-context'
import { usePlainEnglish } from './use-plain-english'
import './plain-english.css'

/** One finding of any kind, for the list in time order. */
type Item = Readonly<{
  key: string
  cueId: CueId
  startMs: number
  kind: 'long' | 'passive' | 'word'
  text: string
  words?: number
  word?: string
  suggestion?: string
}>

const MAX_LISTED = 100

/** The report's findings in one list, by time (long sentences, passives and words of one caption in that order). */
export function findingsInTimeOrder(r: DocumentReport): Item[] {
  const items: Item[] = [
    ...r.longSentences.map((s, i) => ({
      key: `l${i}`,
      cueId: s.cueId,
      startMs: s.startMs,
      kind: 'long' as const,
      text: s.text,
      words: s.words,
    })),
    ...r.passives.map((p, i) => ({
      key: `p${i}`,
      cueId: p.cueId,
      startMs: p.startMs,
      kind: 'passive' as const,
      text: p.text,
      word: p.phrase,
    })),
    ...r.plainerWords.map((w, i) => ({
      key: `w${i}`,
      cueId: w.cueId,
      startMs: w.startMs,
      kind: 'word' as const,
      text: w.word,
      word: w.word,
      suggestion: w.suggestion,
    })),
  ]
  // Array sort is stable: findings at the same time keep the order above.
  return items.sort((a, b) => a.startMs - b.startMs)
}

/** Flesch's bands as a key under `plainEnglish.ease`. */
const easeBand = (ease: number): string =>
  ease >= 80 ? 'veryEasy' : ease >= 60 ? 'plain' : ease >= 50 ? 'fairlyHard' : 'hard'

/** The Plain English panel. */
export function PlainEnglishPanel() {
  const { t } = useTranslation()
  const store = useStore()
  const dispatch = useDispatch()
  const report = usePlainEnglish()
  const [said, setSaid] = useState('')
  const items = findingsInTimeOrder(report)
  const apply = (item: Item) => {
    const before = store.getState().history.present
    const after = applyPlainerWord(before, item.cueId, item.word!)
    if (after === before) return setSaid(t('plainEnglish.gone', { word: item.word }))
    dispatch({ type: 'documentReplaced', doc: after, label: 'plain-word' })
    setSaid(t('plainEnglish.applied', { word: item.word, suggestion: item.suggestion }))
  }
  return (
    <section className="panel plain-english" aria-labelledby="plain-english-heading">
      <h2 id="plain-english-heading">{t('plainEnglish.heading')}</h2>
      {report.words === 0 ? (
        <p>{t('plainEnglish.empty')}</p>
      ) : (
        <dl className="plain-english__figures">
          <dt>{t('plainEnglish.readingEase')}</dt>
          <dd>
            {t('plainEnglish.easeValue', {
              value: report.readingEase,
              band: t(`plainEnglish.ease.${easeBand(report.readingEase)}`),
            })}
          </dd>
          <dt>{t('plainEnglish.readingAge')}</dt>
          <dd>{report.readingAge}</dd>
          <dt>{t('plainEnglish.words')}</dt>
          <dd>{report.words}</dd>
          <dt>{t('plainEnglish.sentences')}</dt>
          <dd>{report.sentences}</dd>
          <dt>{t('plainEnglish.average')}</dt>
          <dd>{t('plainEnglish.averageValue', { value: report.averageSentenceWords })}</dd>
        </dl>
      )}
      {lacksFullStops(report) ? <p>{t('plainEnglish.noFullStops')}</p> : null}
      <p className="panel__status">
        {t('plainEnglish.counts', {
          long: report.longSentences.length,
          passive: report.passives.length,
          words: report.plainerWords.length,
        })}
      </p>
      <p role="status" className="plain-english__said">
        {said}
      </p>
      <ol className="plain-english__list">
        {items.slice(0, MAX_LISTED).map((item) => (
          <li key={item.key} className={`plain-english__item plain-english__item--${item.kind}`}>
            <button
              type="button"
              className="link"
              onClick={() => dispatch({ type: 'cueSelected', id: item.cueId })}
              aria-label={t('plainEnglish.goTo', { time: formatShortClock(item.startMs) })}
            >
              {formatShortClock(item.startMs)}
            </button>{' '}
            {item.kind === 'long' ? (
              <>
                <strong>{t('plainEnglish.long', { count: item.words })}</strong> <q>{item.text}</q>
              </>
            ) : item.kind === 'passive' ? (
              <>
                <strong>{t('plainEnglish.passive', { phrase: item.word })}</strong> <q>{item.text}</q>
              </>
            ) : (
              <>
                <strong>{t('plainEnglish.wordy', { word: item.word, suggestion: item.suggestion })}</strong>{' '}
                <button type="button" onClick={() => apply(item)}>
                  {t('plainEnglish.use', { suggestion: item.suggestion })}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {items.length > MAX_LISTED ? <p>{t('plainEnglish.more', { count: items.length - MAX_LISTED })}</p> : null}
    </section>
  )
}
