/** A notice from the open flow as text in the UI language (format names are translated too). */

import type { TFunction } from 'i18next'
import type { Notice } from './open-flow'

/** The notice's sentence; a `formatId` value becomes the format's name in the current language. */
export function noticeText(t: TFunction, notice: Notice): string {
  const values = notice.values ?? {}
  const formatId = values.formatId
  const format =
    typeof formatId === 'string'
      ? t(`formatNames.${formatId}`, { defaultValue: String(values.format ?? formatId) })
      : values.format
  // Faults repaired while reading are mentioned only when there were some (never "0 notes").
  const key = notice.key === 'start.summary' && Number(values.warnings ?? 0) > 0 ? 'start.summaryRepaired' : notice.key
  // A reader's problem in the UI's language; the reader's own English sentence where none is written.
  const code = values.problemCode
  const message =
    typeof code === 'string'
      ? t(`parseProblems.${code}`, { ...values, defaultValue: String(values.message ?? '') })
      : values.message
  return t(key, {
    ...values,
    ...(format !== undefined ? { format } : {}),
    ...(message !== undefined ? { message } : {}),
  })
}
