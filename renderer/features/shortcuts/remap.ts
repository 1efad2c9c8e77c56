/** Remapped shortcuts: the defaults with the editor's own chords (kept in settings) laid over them. */

import { formatChord, parseChord } from './chords'
import { DEFAULT_KEYMAP, type CommandId, type CommandSpec, type KeyBinding } from './keymap'

/** Command id → chord text, as stored in `Settings.shortcuts`. */
export type ShortcutOverrides = Readonly<Record<string, string>>

/** The keymap in force: a remapped command has exactly the chord the editor chose. Unknown or broken entries are ignored. */
export function effectiveKeymap(
  overrides: ShortcutOverrides | undefined,
  defaults: readonly CommandSpec[] = DEFAULT_KEYMAP,
): readonly CommandSpec[] {
  if (!overrides) return defaults
  return defaults.map((spec) => {
    const text = overrides[spec.id]
    const binding = text === undefined ? undefined : parseChord(text)
    return binding ? { ...spec, bindings: [binding] } : spec
  })
}

/** Same chord? (`notWhileTyping` aside: `?` and `Shift+?` are the same press.) */
function sameChord(a: KeyBinding, b: KeyBinding): boolean {
  return formatChord({ ...a, notWhileTyping: undefined }) === formatChord({ ...b, notWhileTyping: undefined })
}

/** The other command already using `binding`, if any (remapping to it is refused). */
export function conflictFor(
  keymap: readonly CommandSpec[],
  command: CommandId,
  binding: KeyBinding,
): CommandId | undefined {
  return keymap.find((spec) => spec.id !== command && spec.bindings.some((b) => sameChord(b, binding)))?.id
}

/** Outcome of a remap request. */
export type RemapResult =
  Readonly<{ ok: true; overrides: ShortcutOverrides }> | Readonly<{ ok: false; conflict: CommandId }>

/** Gives `command` the chord `binding`, unless another command has it. */
export function remap(overrides: ShortcutOverrides | undefined, command: CommandId, binding: KeyBinding): RemapResult {
  const conflict = conflictFor(effectiveKeymap(overrides), command, binding)
  if (conflict) return { ok: false, conflict }
  return { ok: true, overrides: { ...overrides, [command]: formatChord(binding) } }
}

/** Puts one command (or, without `command`, every command) back to its default keys. */
export function resetShortcut(overrides: ShortcutOverrides | undefined, command?: CommandId): ShortcutOverrides {
  if (!command || !overrides) return {}
  const { [command]: _removed, ...rest } = overrides
  return rest
}
