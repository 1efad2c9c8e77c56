/** Versions in plain words: reasons, differences and times, through the translation keys under `versions.`. */

import type { TFunction } from 'i18next'
import type { ProjectDifferences } from '../../../shared/project/compare'
import type { VersionInfo } from '../../../shared/project/version-info'
import { formatDateTime } from '../../i18n/index'

/** The parts of a difference, each a short phrase ("2 captions reworded"), in a fixed order; `documentOnly` leaves out glossary and title. */
export function differenceParts(t: TFunction, d: ProjectDifferences, documentOnly = false): string[] {
  const c = d.captions
  const parts: string[] = []
  const count = (key: string, n: number) => n > 0 && parts.push(t(`versions.diff.${key}`, { count: n }))
  count('textChanged', c.textChanged)
  count('added', c.added)
  count('removed', c.removed)
  count('timingChanged', c.timingChanged)
  count('speakerChanged', c.speakerChanged)
  count('descriptionsChanged', c.descriptionsChanged)
  count('headingsChanged', c.headingsChanged)
  if (d.speakers.added.length)
    parts.push(t('versions.diff.speakersAdded', { count: d.speakers.added.length, names: d.speakers.added.join(', ') }))
  if (d.speakers.removed.length)
    parts.push(
      t('versions.diff.speakersRemoved', { count: d.speakers.removed.length, names: d.speakers.removed.join(', ') }),
    )
  for (const r of d.speakers.renamed)
    parts.push(t('versions.diff.speakerRenamed', { before: r.before, after: r.after }))
  if (documentOnly) return parts
  count('glossaryChanged', d.glossary.added + d.glossary.removed + d.glossary.changed)
  if (d.title) parts.push(t('versions.diff.title', { after: d.title.after }))
  return parts
}

/** One line saying what a version changed since the version before it. */
export function summaryLine(t: TFunction, v: VersionInfo): string {
  if (v.reason === 'backup') return t('versions.summary.backup', { count: v.cueCount })
  if (!v.summary) return t('versions.summary.first', { count: v.cueCount })
  const parts = differenceParts(t, v.summary)
  return parts.length
    ? t('versions.summary.changes', { changes: parts.join(t('versions.separator')) })
    : t('versions.summary.none')
}

/** Why a version was kept, with what the editor typed for it (a replace-all's find and replace). */
export function reasonText(t: TFunction, v: VersionInfo): string {
  const reason = t(`versions.reasons.${v.reason}`)
  if (!v.detail) return reason
  // A fix-all names its fix by code; a replace-all by what the editor typed.
  const detail = v.reason === 'fix-all' ? t(`problems.fixes.${v.detail}`, { defaultValue: v.detail }) : v.detail
  return t('versions.reasonWithDetail', { reason, detail })
}

/** When a version was kept, in the app's language ("3 Dec 2026, 14:05"). */
export function keptAtText(language: string, keptAt: number): string {
  return formatDateTime(keptAt, language)
}

/** The example lines of a preview: a few text changes, captions added and removed. */
export function exampleLines(t: TFunction, d: ProjectDifferences): string[] {
  return [
    ...d.captions.textExamples.map((e) => t('versions.example.changed', { before: e.before, after: e.after })),
    ...d.captions.addedExamples.map((text) => t('versions.example.added', { text })),
    ...d.captions.removedExamples.map((text) => t('versions.example.removed', { text })),
  ]
}
