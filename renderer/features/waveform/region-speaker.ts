/** A speaker's chip on their captions' waveform regions: initials edged with the speaker's colour, before the text. */

import type { Cue } from '../../../shared/model/cue'

/** What the chip shows; the initials carry it where colour cannot. */
export type RegionSpeaker = Readonly<{ initials: string; colour: string; name: string }>

/** Puts the chip at the start of a region's label (the label is returned, for chaining). */
export function withSpeakerChip(label: HTMLElement, speaker: RegionSpeaker | undefined): HTMLElement {
  if (!speaker) return label
  const chip = document.createElement('span')
  chip.className = 'eg-region-speaker'
  chip.textContent = speaker.initials
  chip.title = speaker.name
  // Inline: the region lives in wavesurfer's shadow root, out of reach of the app's style sheets.
  chip.style.cssText = `display:inline-block;margin-right:4px;padding:0 3px;border:1px solid currentColor;border-left:5px solid ${speaker.colour};border-radius:3px;font-weight:700;line-height:1.2`
  label.prepend(chip)
  return label
}

/** Whether a region's content must be made again: its text or its speaker changed. */
export function contentChanged(before: Cue, after: Cue): boolean {
  return before.text !== after.text || before.speakerId !== after.speakerId
}
