/** The timing repairs every caption reader makes, with the same warnings: reversed times and out-of-order cues. */

import type { ParseWarning } from './types'

/** Keeps track of order across the cues of one file. */
export type OrderTracker = { previousStart: number }

/** Returns the end time to use (never before the start) and records warnings for reversed or out-of-order cues. */
export function repairTiming(
  startMs: number,
  endMs: number,
  line: number,
  order: OrderTracker,
  warnings: ParseWarning[],
): number {
  let end = endMs
  if (end < startMs) {
    warnings.push({
      code: 'reversed-times',
      line,
      message: 'This caption ends before it starts; its end was set to its start. Check its timing.',
    })
    end = startMs
  }
  if (startMs < order.previousStart) {
    warnings.push({
      code: 'out-of-order',
      line,
      message: 'This caption starts before the one above it; captions were put in time order.',
    })
  }
  order.previousStart = Math.max(order.previousStart, startMs)
  return end
}
