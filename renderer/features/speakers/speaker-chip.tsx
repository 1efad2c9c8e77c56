/** A speaker's chip: their initials in a box edged with their colour (the initials carry it without colour). */

import type { CSSProperties } from 'react'
import type { SpeakerBadge } from './speaker-badge'

/** Decorative: whatever shows the chip also names the speaker in words. */
export function SpeakerChip({ badge }: Readonly<{ badge: SpeakerBadge | undefined }>) {
  if (!badge) return null
  return (
    <span className="speaker-chip" aria-hidden="true" style={{ '--speaker-colour': badge.colour } as CSSProperties}>
      {badge.initials}
    </span>
  )
}
