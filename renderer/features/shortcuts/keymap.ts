/**
 * Keyboard shortcuts as data: one list drives the key handler, the shortcuts sheet and remapping.
 * Every binding uses a modifier or a key that never types text (Esc, F-keys), so all of them work
 * from any focus — including while the editor types in the caption box. The one exception, `?`,
 * is marked `notWhileTyping` and only counts outside text fields.
 */

/** Everything the keyboard can do in the editor. */
export type CommandId =
  | 'play-pause'
  | 'back-5s'
  | 'forward-5s'
  | 'slower'
  | 'faster'
  | 'loop-cue'
  | 'play-cue'
  | 'next-region'
  | 'switch-view'
  | 'split'
  | 'merge-next'
  | 'merge-previous'
  | 'insert-after'
  | 'delete-cue'
  | 'set-start'
  | 'set-end'
  | 'nudge-start-earlier'
  | 'nudge-start-later'
  | 'nudge-end-earlier'
  | 'nudge-end-later'
  | 'previous-cue'
  | 'next-cue'
  | 'undo'
  | 'redo'
  | 'find'
  | 'save'
  | 'shortcuts'
  | 'settings'
  | 'add-at-playhead'
  | 'where-am-i'
  | 'snap-to-speech'
  | `speaker-${SpeakerDigit}`
  | `speaker-run-${SpeakerDigit}`

/** The speakers with a key of their own: the first nine in the speakers panel. */
export type SpeakerDigit = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9

/** A key combination: `key` is `KeyboardEvent.key` (case-insensitive for letters). */
export type KeyBinding = Readonly<{
  key: string
  ctrl?: boolean
  shift?: boolean
  alt?: boolean
  /** The key types text, so it only counts when focus is not in a text field. */
  notWhileTyping?: boolean
}>

/** Where a command is grouped in the shortcuts sheet. */
export type CommandGroup = 'playback' | 'editing' | 'timing' | 'speakers' | 'navigation' | 'file'

/** One command with its default bindings. */
export type CommandSpec = Readonly<{ id: CommandId; group: CommandGroup; bindings: readonly KeyBinding[] }>

/** 1 to 9, in order. */
export const SPEAKER_DIGITS: readonly SpeakerDigit[] = [1, 2, 3, 4, 5, 6, 7, 8, 9]

/** The default keymap. `ctrl` means Ctrl on Windows/Linux and Cmd on macOS. */
export const DEFAULT_KEYMAP: readonly CommandSpec[] = [
  { id: 'play-pause', group: 'playback', bindings: [{ key: 'Escape' }, { key: ' ', ctrl: true }] },
  { id: 'back-5s', group: 'playback', bindings: [{ key: 'ArrowLeft', alt: true }] },
  { id: 'forward-5s', group: 'playback', bindings: [{ key: 'ArrowRight', alt: true }] },
  { id: 'slower', group: 'playback', bindings: [{ key: 'ArrowDown', alt: true }] },
  { id: 'faster', group: 'playback', bindings: [{ key: 'ArrowUp', alt: true }] },
  { id: 'loop-cue', group: 'playback', bindings: [{ key: 'l', ctrl: true, shift: true }] },
  { id: 'play-cue', group: 'playback', bindings: [{ key: 'Enter', ctrl: true, shift: true }] },
  { id: 'next-region', group: 'navigation', bindings: [{ key: 'F6' }] },
  { id: 'switch-view', group: 'navigation', bindings: [{ key: 'F4' }] },
  { id: 'previous-cue', group: 'navigation', bindings: [{ key: 'ArrowUp', ctrl: true, alt: true }] },
  { id: 'next-cue', group: 'navigation', bindings: [{ key: 'ArrowDown', ctrl: true, alt: true }] },
  { id: 'split', group: 'editing', bindings: [{ key: 'Enter', ctrl: true }] },
  { id: 'merge-next', group: 'editing', bindings: [{ key: 'm', ctrl: true, shift: true }] },
  { id: 'merge-previous', group: 'editing', bindings: [{ key: 'b', ctrl: true, shift: true }] },
  { id: 'insert-after', group: 'editing', bindings: [{ key: 'i', ctrl: true, shift: true }] },
  { id: 'delete-cue', group: 'editing', bindings: [{ key: 'Delete', ctrl: true, shift: true }] },
  { id: 'set-start', group: 'timing', bindings: [{ key: '[', ctrl: true }] },
  { id: 'set-end', group: 'timing', bindings: [{ key: ']', ctrl: true }] },
  { id: 'nudge-start-earlier', group: 'timing', bindings: [{ key: '[', alt: true }] },
  { id: 'nudge-start-later', group: 'timing', bindings: [{ key: ']', alt: true }] },
  { id: 'nudge-end-earlier', group: 'timing', bindings: [{ key: '{', alt: true, shift: true }] },
  { id: 'nudge-end-later', group: 'timing', bindings: [{ key: '}', alt: true, shift: true }] },
  { id: 'undo', group: 'editing', bindings: [{ key: 'z', ctrl: true }] },
  {
    id: 'redo',
    group: 'editing',
    bindings: [
      { key: 'y', ctrl: true },
      { key: 'z', ctrl: true, shift: true },
    ],
  },
  {
    id: 'find',
    group: 'editing',
    bindings: [
      { key: 'f', ctrl: true },
      { key: 'h', ctrl: true },
    ],
  },
  { id: 'save', group: 'file', bindings: [{ key: 's', ctrl: true }] },
  {
    id: 'shortcuts',
    group: 'navigation',
    bindings: [{ key: 'F1' }, { key: '?', notWhileTyping: true }, { key: '?', ctrl: true, shift: true }],
  },
  { id: 'settings', group: 'file', bindings: [{ key: ',', ctrl: true }] },
  { id: 'add-at-playhead', group: 'editing', bindings: [{ key: 'a', ctrl: true, shift: true }] },
  { id: 'where-am-i', group: 'navigation', bindings: [{ key: 'F2' }] },
  { id: 'snap-to-speech', group: 'timing', bindings: [{ key: 'k', ctrl: true, shift: true }] },
  ...SPEAKER_DIGITS.map((n): CommandSpec => ({
    id: `speaker-${n}`,
    group: 'speakers',
    bindings: [{ key: String(n), alt: true }],
  })),
  ...SPEAKER_DIGITS.map((n): CommandSpec => ({
    id: `speaker-run-${n}`,
    group: 'speakers',
    bindings: [{ key: String(n), alt: true, shift: true }],
  })),
]

/** The commands in the order the shortcuts sheet lists their groups. */
export const COMMAND_GROUPS: readonly CommandGroup[] = [
  'playback',
  'editing',
  'timing',
  'speakers',
  'navigation',
  'file',
]

/** The subset of a keyboard event the matcher reads (so it is testable without a DOM). */
export type KeyLike = Readonly<{
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
  code?: string
}>

/** True when the event matches the binding. `mac` makes Cmd count as `ctrl`; `typing` means focus is in a text field. */
export function matches(binding: KeyBinding, event: KeyLike, mac = false, typing = false): boolean {
  if (binding.notWhileTyping && typing) return false
  const ctrl = mac ? event.metaKey : event.ctrlKey
  // A digit is matched by its key cap too: Shift+1 types `!` and Option+1 on a Mac `¡`.
  const digitCap = /^[0-9]$/.test(binding.key) && event.code === `Digit${binding.key}`
  const sameKey =
    digitCap ||
    (binding.key.length === 1 ? binding.key.toLowerCase() === event.key.toLowerCase() : binding.key === event.key)
  // Shift is part of typing `?`, `{` and `}`, so only letters, digits and named keys compare it strictly.
  const shiftMatters = binding.key.length > 1 || /^[a-z0-9]$/i.test(binding.key)
  return (
    sameKey &&
    ctrl === (binding.ctrl ?? false) &&
    event.altKey === (binding.alt ?? false) &&
    (!shiftMatters || event.shiftKey === (binding.shift ?? false))
  )
}

/** The command a key event triggers, if any. */
export function commandFor(
  event: KeyLike,
  keymap: readonly CommandSpec[] = DEFAULT_KEYMAP,
  mac = false,
  typing = false,
): CommandId | undefined {
  return keymap.find((spec) => spec.bindings.some((b) => matches(b, event, mac, typing)))?.id
}

/** A binding written for people, e.g. `Ctrl+Shift+M` (`⌘` on macOS). */
export function describeBinding(binding: KeyBinding, mac = false): string {
  const names: Record<string, string> = {
    ' ': 'Space',
    ArrowLeft: '←',
    ArrowRight: '→',
    ArrowUp: '↑',
    ArrowDown: '↓',
    Escape: 'Esc',
  }
  const parts = [
    binding.ctrl ? (mac ? '⌘' : 'Ctrl') : '',
    binding.alt ? (mac ? '⌥' : 'Alt') : '',
    binding.shift ? 'Shift' : '',
  ]
  const key = names[binding.key] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key)
  return [...parts.filter(Boolean), key].join('+')
}
