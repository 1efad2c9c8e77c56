/** Times as a screen reader should say them: "1 minute 4 seconds", not "00:01:04.000". */

import type { TFunction } from 'i18next'
import { clockParts } from '../../../shared/model/time'

/** `ms` in words, in the interface language; seconds keep a tenth when they have one. */
export function spokenTime(ms: number, t: TFunction): string {
  const { hours, minutes, seconds, millis } = clockParts(Math.round(ms / 100) * 100)
  const tenths = Math.floor(millis / 100)
  const parts: string[] = []
  if (hours > 0) parts.push(t('spokenTime.hours', { count: hours }))
  if (minutes > 0) parts.push(t('spokenTime.minutes', { count: minutes }))
  if (seconds > 0 || tenths > 0 || parts.length === 0) {
    const value = tenths > 0 ? Number(`${seconds}.${tenths}`) : seconds
    parts.push(t('spokenTime.seconds', { count: value }))
  }
  return parts.join(' ')
}
