/**
 * Key chords as text (`Ctrl+Shift+M`), the form remapped shortcuts take in settings. The text is
 * the same on every platform: `Ctrl` means Cmd on macOS, as in the keymap.
 */

import type { KeyBinding, KeyLike } from './keymap'

const KEY_NAMES: Readonly<Record<string, string>> = { ' ': 'Space', '+': 'Plus' }
const NAMED_KEYS: Readonly<Record<string, string>> = { Space: ' ', Plus: '+' }
const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'OS', 'Fn'])

/** The settings text of a binding, e.g. `Ctrl+Alt+ArrowUp`. */
export function formatChord(binding: KeyBinding): string {
  const key = KEY_NAMES[binding.key] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key)
  return [binding.ctrl ? 'Ctrl' : '', binding.alt ? 'Alt' : '', binding.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+')
}

/** Reads settings text back into a binding; undefined when it is not a chord. */
export function parseChord(text: string): KeyBinding | undefined {
  const parts = text.split('+')
  const key = parts.pop()
  if (!key) return undefined
  const mods = new Set(parts)
  if ([...mods].some((m) => m !== 'Ctrl' && m !== 'Alt' && m !== 'Shift')) return undefined
  const name = NAMED_KEYS[key] ?? (key.length === 1 ? key.toLowerCase() : key)
  const binding: KeyBinding = {
    key: name,
    ...(mods.has('Ctrl') ? { ctrl: true } : {}),
    ...(mods.has('Alt') ? { alt: true } : {}),
    ...(mods.has('Shift') ? { shift: true } : {}),
  }
  return binding
}

/** Why a pressed chord cannot be a shortcut (a key for the message), or the binding it makes. */
export type ChordResult =
  | Readonly<{ ok: true; binding: KeyBinding }>
  | Readonly<{ ok: false; reason: 'modifier-only' | 'types-text' | 'reserved' }>

/** Turns a key press into a binding for remapping, refusing chords that would trap focus or steal typing. */
export function chordFromEvent(event: KeyLike, mac = false): ChordResult {
  if (MODIFIER_KEYS.has(event.key)) return { ok: false, reason: 'modifier-only' }
  const ctrl = mac ? event.metaKey : event.ctrlKey
  // Tab and Shift+Tab move focus: taking them would trap keyboard users.
  if (event.key === 'Tab') return { ok: false, reason: 'reserved' }
  const printable = event.key.length === 1
  if (printable && !ctrl && !event.altKey) return { ok: false, reason: 'types-text' }
  // Shift is part of the character for punctuation (`?`, `{`), so it is kept only for letters and named keys.
  const shiftMatters = !printable || /^[a-z]$/i.test(event.key)
  const key = printable ? event.key.toLowerCase() : event.key
  return {
    ok: true,
    binding: {
      key,
      ...(ctrl ? { ctrl: true } : {}),
      ...(event.altKey ? { alt: true } : {}),
      ...(shiftMatters && event.shiftKey ? { shift: true } : {}),
    },
  }
}

/** A binding in `aria-keyshortcuts` syntax (`Control+Shift+M`, `Space`), which screen readers read out. */
export function ariaKeyShortcut(binding: KeyBinding): string {
  const key = binding.key === ' ' ? 'Space' : binding.key.length === 1 ? binding.key.toUpperCase() : binding.key
  return [binding.ctrl ? 'Control' : '', binding.alt ? 'Alt' : '', binding.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+')
}
