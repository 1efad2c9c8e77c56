/** The keys in force for "give the caption to speaker N" (the editor may have remapped them), as text and for `aria-keyshortcuts`. */

import { useSettings } from '../settings/settings-context'
import { ariaKeyShortcut } from '../shortcuts/chords'
import { describeBinding, type SpeakerDigit } from '../shortcuts/keymap'
import { effectiveKeymap } from '../shortcuts/remap'
import { isMac } from '../shortcuts/use-global-shortcuts'
import { SPEAKER_KEYS } from './speaker-badge'

/** Keys of speaker `index` (0-based), or undefined past the ninth or when the command has no keys. */
export type SpeakerKeys = (index: number) => Readonly<{ text: string; aria: string }> | undefined

/** Reads the keymap in force once per render. */
export function useSpeakerKeys(): SpeakerKeys {
  const { settings } = useSettings()
  const keymap = effectiveKeymap(settings.shortcuts)
  return (index) => {
    if (index >= SPEAKER_KEYS) return undefined
    const bindings = keymap.find((c) => c.id === `speaker-${(index + 1) as SpeakerDigit}`)?.bindings ?? []
    return bindings.length
      ? {
          text: bindings.map((b) => describeBinding(b, isMac())).join(' / '),
          aria: bindings.map(ariaKeyShortcut).join(' '),
        }
      : undefined
  }
}
