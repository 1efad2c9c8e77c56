/** A notice from the open flow as text in the UI language (format names are translated too). */

import type { TFunction } from 'i18next'
import type { Notice } from './open-flow'

/** The notice's sentence; a `formatId` value becomes the format's name in the current language. */
export function noticeText(t: TFunction, notice: Notice): string {
  const values = notice.values ?? {}
  const formatId = values.formatId
  const format = typeof formatId === 'string' ? t(`formatNames.${formatId}`, { defaultValue: String(values.format ?? formatId) }) : values.format
  return t(notice.key, { ...values, ...(format !== undefined ? { format } : {}) })
}
