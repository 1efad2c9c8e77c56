import { describe, expect, it } from 'vitest'
import { commandFor, DEFAULT_KEYMAP, type KeyLike } from '../../../../renderer/features/shortcuts/keymap'
import { conflictFor, effectiveKeymap, remap, resetShortcut } from '../../../../renderer/features/shortcuts/remap'

const press = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('remapped shortcuts', () => {
  it('a remapped command answers to its new chord only, and the others keep theirs', () => {
    const keymap = effectiveKeymap({ split: 'Ctrl+K' })
    expect(commandFor(press('k', { ctrlKey: true }), keymap)).toBe('split')
    expect(commandFor(press('Enter', { ctrlKey: true }), keymap)).toBeUndefined()
    expect(commandFor(press('s', { ctrlKey: true }), keymap)).toBe('save')
  })

  it('ignores stored chords it cannot read (a hand-edited settings file)', () => {
    expect(effectiveKeymap({ split: 'Hyper+K', nonsense: 'Ctrl+Q' })).toEqual(DEFAULT_KEYMAP)
  })

  it('refuses a chord another command has, naming that command', () => {
    expect(remap(undefined, 'split', { key: 's', ctrl: true })).toEqual({ ok: false, conflict: 'save' })
    expect(conflictFor(effectiveKeymap({ save: 'Ctrl+K' }), 'split', { key: 's', ctrl: true })).toBeUndefined()
    expect(remap({ save: 'Ctrl+K' }, 'split', { key: 'k', ctrl: true })).toEqual({ ok: false, conflict: 'save' })
  })

  it('re-pressing a command’s own chord is not a conflict', () => {
    expect(remap(undefined, 'save', { key: 's', ctrl: true })).toEqual({ ok: true, overrides: { save: 'Ctrl+S' } })
  })

  it('treats ? the same whether or not it is limited to outside text fields', () => {
    expect(remap(undefined, 'find', { key: '?', ctrl: true, shift: true })).toEqual({
      ok: false,
      conflict: 'shortcuts',
    })
  })

  it('resets one command or all of them', () => {
    expect(resetShortcut({ split: 'Ctrl+K', save: 'Ctrl+J' }, 'split')).toEqual({ save: 'Ctrl+J' })
    expect(resetShortcut({ split: 'Ctrl+K' })).toEqual({})
  })
})
