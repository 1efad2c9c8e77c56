/**
 * The differences between two versions of a project in plain words: "4 captions reworded", with a
 * few before/after examples. Used to compare versions and to compare two writers' work in a conflict.
 */

import { useTranslation } from 'react-i18next'
import type { ProjectDifferences } from '../../../shared/project/compare'

/** Props: the differences, as `compareProjects(before, after)` gives them. */
export type DifferenceListProps = Readonly<{ differences: ProjectDifferences }>

/** A list of what differs; "No differences" when nothing does. */
export function DifferenceList({ differences: d }: DifferenceListProps) {
  const { t } = useTranslation()
  if (d.same) return <p>{t('differences.same')}</p>
  const c = d.captions
  const counts: Array<[string, number]> = [
    ['added', c.added],
    ['removed', c.removed],
    ['textChanged', c.textChanged],
    ['timingChanged', c.timingChanged],
    ['speakerChanged', c.speakerChanged],
    ['descriptionsChanged', c.descriptionsChanged],
    ['headingsChanged', c.headingsChanged],
  ]
  return (
    <ul className="difference-list">
      {counts
        .filter(([, n]) => n > 0)
        .map(([key, n]) => (
          <li key={key}>{t(`differences.captions.${key}`, { count: n })}</li>
        ))}
      {c.textExamples.map((e, i) => (
        <li key={`text-${i}`} className="difference-list__example">
          {t('differences.reworded', { before: e.before, after: e.after })}
        </li>
      ))}
      {d.speakers.added.length > 0 ? (
        <li>{t('differences.speakersAdded', { names: d.speakers.added.join(', ') })}</li>
      ) : null}
      {d.speakers.removed.length > 0 ? (
        <li>{t('differences.speakersRemoved', { names: d.speakers.removed.join(', ') })}</li>
      ) : null}
      {d.speakers.renamed.map((r, i) => (
        <li key={`speaker-${i}`}>{t('differences.speakerRenamed', { before: r.before, after: r.after })}</li>
      ))}
      {d.glossary.added + d.glossary.removed + d.glossary.changed > 0 ? (
        <li>{t('differences.glossary', { count: d.glossary.added + d.glossary.removed + d.glossary.changed })}</li>
      ) : null}
      {d.title ? <li>{t('differences.title', { before: d.title.before, after: d.title.after })}</li> : null}
    </ul>
  )
}
