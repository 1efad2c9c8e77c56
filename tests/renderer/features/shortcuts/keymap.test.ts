import { describe, expect, it } from 'vitest'
import {
  commandFor,
  DEFAULT_KEYMAP,
  describeBinding,
  type KeyLike,
} from '../../../../renderer/features/shortcuts/keymap'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('keymap', () => {
  it('maps transcription keys that work while typing', () => {
    expect(commandFor(key('Escape'))).toBe('play-pause')
    expect(commandFor(key('ArrowLeft', { altKey: true }))).toBe('back-5s')
    expect(commandFor(key('Enter', { ctrlKey: true }))).toBe('split')
  })

  it('never binds a plain printable key that counts while typing, which would steal typing', () => {
    for (const spec of DEFAULT_KEYMAP) {
      for (const b of spec.bindings) {
        const printable = b.key.length === 1
        if (printable) expect(b.ctrl || b.alt || b.notWhileTyping, `${spec.id} ${b.key}`).toBe(true)
      }
    }
  })

  it('opens the shortcuts sheet with ? outside text fields and F1 anywhere, but ? types in a text field', () => {
    expect(commandFor(key('?', { shiftKey: true }))).toBe('shortcuts')
    expect(commandFor(key('?', { shiftKey: true }), DEFAULT_KEYMAP, false, true)).toBeUndefined()
    expect(commandFor(key('F1'), DEFAULT_KEYMAP, false, true)).toBe('shortcuts')
    expect(commandFor(key(',', { ctrlKey: true }))).toBe('settings')
  })

  it('has no binding used by two commands', () => {
    const seen = new Map<string, string>()
    for (const spec of DEFAULT_KEYMAP) {
      for (const b of spec.bindings) {
        const id = describeBinding(b)
        expect(seen.get(id), `${id} used by ${seen.get(id)} and ${spec.id}`).toBeUndefined()
        seen.set(id, spec.id)
      }
    }
  })

  it('uses Cmd on macOS', () => {
    expect(commandFor(key('s', { metaKey: true }), DEFAULT_KEYMAP, true)).toBe('save')
    expect(commandFor(key('s', { ctrlKey: true }), DEFAULT_KEYMAP, true)).toBeUndefined()
    expect(describeBinding({ key: 's', ctrl: true }, true)).toBe('⌘+S')
  })

  it('letters ignore case but respect Shift', () => {
    expect(commandFor(key('M', { ctrlKey: true, shiftKey: true }))).toBe('merge-next')
    expect(commandFor(key('m', { ctrlKey: true }))).toBeUndefined()
  })
})

describe('speaker keys', () => {
  it('Alt+1…9 give a caption to speaker 1…9, and Alt+Shift the same speaker from here until the next change', () => {
    expect(commandFor(key('1', { altKey: true, code: 'Digit1' }))).toBe('speaker-1')
    expect(commandFor(key('9', { altKey: true, code: 'Digit9' }))).toBe('speaker-9')
    // Shift+2 types `@` (or `"`): the key cap still counts, and Shift is not ignored for digits.
    expect(commandFor(key('@', { altKey: true, shiftKey: true, code: 'Digit2' }))).toBe('speaker-run-2')
    expect(commandFor(key('2', { altKey: true, shiftKey: true, code: 'Digit2' }))).toBe('speaker-run-2')
  })

  it('works on a Mac, where Option+1 types ¡', () => {
    expect(commandFor(key('¡', { altKey: true, code: 'Digit1' }), DEFAULT_KEYMAP, true)).toBe('speaker-1')
  })

  it('a plain digit still types', () => {
    expect(commandFor(key('1', { code: 'Digit1' }), DEFAULT_KEYMAP, false, true)).toBeUndefined()
  })

  it('F2 says where you are and Ctrl+Shift+A adds a caption at the playhead, while typing too', () => {
    expect(commandFor(key('F2'), DEFAULT_KEYMAP, false, true)).toBe('where-am-i')
    expect(commandFor(key('A', { ctrlKey: true, shiftKey: true }), DEFAULT_KEYMAP, false, true)).toBe('add-at-playhead')
  })
})
