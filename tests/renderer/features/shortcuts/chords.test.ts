import { describe, expect, it } from 'vitest'
import {
  ariaKeyShortcut,
  chordFromEvent,
  formatChord,
  parseChord,
} from '../../../../renderer/features/shortcuts/chords'
import { DEFAULT_KEYMAP, type KeyLike } from '../../../../renderer/features/shortcuts/keymap'

const press = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('key chords as settings text', () => {
  it('writes chords the way settings store them and reads them back', () => {
    expect(formatChord({ key: 'm', ctrl: true, shift: true })).toBe('Ctrl+Shift+M')
    expect(formatChord({ key: ' ', ctrl: true })).toBe('Ctrl+Space')
    expect(parseChord('Ctrl+Alt+ArrowUp')).toEqual({ key: 'ArrowUp', ctrl: true, alt: true })
    expect(parseChord('Ctrl+Plus')).toEqual({ key: '+', ctrl: true })
  })

  it('round-trips every default binding', () => {
    for (const spec of DEFAULT_KEYMAP) {
      for (const b of spec.bindings) expect(formatChord(parseChord(formatChord(b))!)).toBe(formatChord(b))
    }
  })

  it('refuses text that is not a chord', () => {
    expect(parseChord('')).toBeUndefined()
    expect(parseChord('Hyper+K')).toBeUndefined()
  })

  it('turns a key press into a binding, using Cmd as Ctrl on macOS', () => {
    expect(chordFromEvent(press('K', { ctrlKey: true, shiftKey: true }))).toEqual({
      ok: true,
      binding: { key: 'k', ctrl: true, shift: true },
    })
    expect(chordFromEvent(press('k', { metaKey: true }), true)).toEqual({ ok: true, binding: { key: 'k', ctrl: true } })
    // Shift is part of typing `{`, so it is not stored with it.
    expect(chordFromEvent(press('{', { altKey: true, shiftKey: true }))).toEqual({
      ok: true,
      binding: { key: '{', alt: true },
    })
    expect(chordFromEvent(press('F2', { shiftKey: true }))).toEqual({ ok: true, binding: { key: 'F2', shift: true } })
  })

  it('refuses chords that would steal typing or trap focus, and waits past lone modifiers', () => {
    expect(chordFromEvent(press('a'))).toEqual({ ok: false, reason: 'types-text' })
    expect(chordFromEvent(press('A', { shiftKey: true }))).toEqual({ ok: false, reason: 'types-text' })
    expect(chordFromEvent(press('Tab', { shiftKey: true }))).toEqual({ ok: false, reason: 'reserved' })
    expect(chordFromEvent(press('Control', { ctrlKey: true }))).toEqual({ ok: false, reason: 'modifier-only' })
  })

  it('writes aria-keyshortcuts values', () => {
    expect(ariaKeyShortcut({ key: 'm', ctrl: true, shift: true })).toBe('Control+Shift+M')
    expect(ariaKeyShortcut({ key: ' ', ctrl: true })).toBe('Control+Space')
  })
})
