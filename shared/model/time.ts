/** Time helpers: the model keeps integer milliseconds; formats convert at their edges only. */

/** Milliseconds in one hour, minute and second. */
export const HOUR_MS = 3_600_000
export const MINUTE_MS = 60_000
export const SECOND_MS = 1000

/** Rounds any number to a non-negative integer millisecond value (NaN becomes 0). */
export function toMs(value: number): number {
  if (!Number.isFinite(value)) return 0
  return Math.max(0, Math.round(value))
}

/** Splits milliseconds into clock parts. */
export function clockParts(ms: number): { hours: number; minutes: number; seconds: number; millis: number } {
  const total = toMs(ms)
  return {
    hours: Math.floor(total / HOUR_MS),
    minutes: Math.floor(total / MINUTE_MS) % 60,
    seconds: Math.floor(total / SECOND_MS) % 60,
    millis: total % 1000,
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/**
 * Formats milliseconds as a clock `HH:MM:SS<sep>mmm` (hours at least two digits).
 *
 * WebVTT uses `.` and SRT uses `,` as the separator.
 */
export function formatClock(ms: number, separator: '.' | ',' = '.'): string {
  const { hours, minutes, seconds, millis } = clockParts(ms)
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}${separator}${pad(millis, 3)}`
}

/** Formats milliseconds for people: `1:02:03` or `2:03` (no milliseconds). */
export function formatShortClock(ms: number): string {
  const { hours, minutes, seconds } = clockParts(ms)
  return hours > 0 ? `${hours}:${pad(minutes, 2)}:${pad(seconds, 2)}` : `${minutes}:${pad(seconds, 2)}`
}

/** A short time for lists and the play bar, to a tenth: `1:04.5`, with hours (`1:02:03.4`) only when the captions run past an hour. */
export function formatTenthsClock(ms: number, withHours: boolean): string {
  const tenths = Math.round(Math.max(0, ms) / 100)
  const hours = Math.floor(tenths / 36000)
  const minutes = Math.floor(tenths / 600) % 60
  const seconds = Math.floor(tenths / 10) % 60
  const clock = `${String(seconds).padStart(2, '0')}.${tenths % 10}`
  return withHours || hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${clock}` : `${minutes}:${clock}`
}
